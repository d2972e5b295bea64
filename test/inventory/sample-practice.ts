// A sample practice used by the tests: a small family practice on Monday 2026-11-23.
import { addCalendarDays } from '../../src/core/calendar.js';
import type { InventoryInput, ItemPolicyInput, StockMovementInput } from '../../src/inventory/index.js';

export const TODAY = '2026-11-23';

/** A seeded stream of daily uses: mean and spread per item, the same every run. */
function history(lotId: string, mean: number, spread: number, days: number, seed: number, patientFunding?: 'vfc' | 'private'): StockMovementInput[] {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const out: StockMovementInput[] = [];
  for (let d = days; d >= 1; d--) {
    const quantity = Math.max(0, Math.round(mean + (random() * 2 - 1) * spread));
    if (quantity > 0) {
      out.push({ type: 'use', date: addCalendarDays(TODAY, -d), lotId, quantity, ...(patientFunding === undefined ? {} : { patientFunding }) } as StockMovementInput);
    }
  }
  return out;
}

const usd = (amount: string) => ({ amount, currency: 'USD' });

export const samplePolicies: ItemPolicyInput[] = [
  { itemId: 'gloves-m', policy: { kind: 'reorder-point', orderQuantity: 'eoq', cycleServiceLevel: 0.95 } },
  { itemId: 'syringe-3ml', policy: { kind: 'min-max', min: 300, max: 900, trigger: '<' } },
  { itemId: 'exam-paper', policy: { kind: 'par-level', par: 40, reviewEveryDays: 7, firstReviewOn: '2026-11-23' } },
  { itemId: 'flu-vaccine', policy: { kind: 'order-up-to', reviewEveryDays: 7, firstReviewOn: '2026-11-16', cycleServiceLevel: 0.98 } },
  { itemId: 'flu-vaccine', funding: 'vfc', policy: { kind: 'min-max', min: 60, max: 150 } },
  { itemId: 'tb-ppd', policy: { kind: 'reorder-point', reorderPoint: 20, orderQuantity: 30 } },
  { itemId: 'sanitizer', policy: { kind: 'min-max', min: 4, max: 12 } },
];

export function samplePractice(): InventoryInput {
  return {
    currency: 'USD',
    locations: [
      { id: 'supply-room', name: 'Supply room', storage: 'room' },
      { id: 'main-fridge', name: 'Main fridge', storage: 'fridge', capacity: 60 },
      { id: 'vfc-fridge', name: 'VFC fridge', storage: 'fridge', capacity: 40 },
    ],
    vendors: [
      { id: 'acme-medical', name: 'Acme Medical', minimumOrderValue: usd('150.00'), leadTime: { meanDays: 3, sdDays: 1 }, orderCost: usd('12.00') },
      { id: 'budget-supply', name: 'Budget Supply', minimumOrderValue: usd('300.00'), leadTime: { meanDays: 6, sdDays: 2 } },
      { id: 'flu-direct', name: 'FluDirect', leadTime: { meanDays: 5, sdDays: 1 }, orderCost: usd('20.00') },
      { id: 'vfc-program', name: 'State VFC programme', leadTime: { meanDays: 10, sdDays: 3 } },
    ],
    items: [
      {
        id: 'gloves-m',
        name: 'Nitrile gloves, M',
        unit: 'glove',
        offers: [
          { vendorId: 'acme-medical', sku: 'AC-GL-M', purchaseUnit: 'box', packSize: 100, unitPrice: usd('8.50'), priceBreaks: [{ minQuantity: 10, unitPrice: usd('7.90') }], preferred: true },
          { vendorId: 'budget-supply', sku: 'BS-441', purchaseUnit: 'box', packSize: 100, unitPrice: usd('8.10') },
        ],
      },
      {
        id: 'syringe-3ml',
        name: 'Syringe 3 mL',
        unit: 'syringe',
        offers: [{ vendorId: 'acme-medical', sku: 'AC-SY3', purchaseUnit: 'box', packSize: 100, unitPrice: usd('14.00'), minimumOrderQuantity: 2 }],
      },
      {
        id: 'exam-paper',
        name: 'Exam table paper',
        unit: 'roll',
        account: 'administrative-supplies',
        offers: [{ vendorId: 'acme-medical', sku: 'AC-EP', purchaseUnit: 'case', packSize: 12, unitPrice: usd('48.00') }],
      },
      {
        id: 'flu-vaccine',
        name: 'Influenza vaccine 2026-27',
        unit: 'dose',
        storage: 'fridge',
        unitVolume: 0.1,
        account: 'drug-supplies',
        offers: [
          { vendorId: 'flu-direct', sku: 'FD-FLU', purchaseUnit: 'pack of 10', packSize: 10, unitPrice: usd('185.00'), priceBreaks: [{ minQuantity: 10, unitPrice: usd('175.00') }] },
          { vendorId: 'vfc-program', purchaseUnit: 'pack of 10', packSize: 10, unitPrice: usd('0'), funding: 'vfc' },
        ],
      },
      {
        id: 'tb-ppd',
        name: 'Tuberculin PPD (10-test vial)',
        unit: 'test',
        storage: 'fridge',
        unitVolume: 0.05,
        multiDose: { dosesPerContainer: 10 },
        account: 'drug-supplies',
        offers: [{ vendorId: 'acme-medical', sku: 'AC-PPD', purchaseUnit: 'vial', packSize: 10, unitPrice: usd('92.00') }],
      },
      {
        id: 'sanitizer',
        name: 'Hand sanitizer 500 mL',
        unit: 'bottle',
        offers: [{ vendorId: 'acme-medical', sku: 'AC-HS', purchaseUnit: 'case', packSize: 6, unitPrice: usd('30.00') }],
      },
    ],
    lots: [
      { id: 'gloves-a', itemId: 'gloves-m', locationId: 'supply-room', lotNumber: 'G2611', expiresOn: '2028-03-31', quantity: 1100 },
      { id: 'syringe-a', itemId: 'syringe-3ml', locationId: 'supply-room', lotNumber: 'S8812', expiresOn: '2029-01-31', quantity: 180 },
      { id: 'paper-a', itemId: 'exam-paper', locationId: 'supply-room', expiresOn: '2030-12-31', quantity: 20 },
      { id: 'flu-p-a', itemId: 'flu-vaccine', locationId: 'main-fridge', lotNumber: 'FL-A1', expiresOn: '2026-12-15', quantity: 40 },
      { id: 'flu-p-b', itemId: 'flu-vaccine', locationId: 'main-fridge', lotNumber: 'FL-B7', expiresOn: '2027-06-30', quantity: 120, reserved: 20 },
      { id: 'flu-v-a', itemId: 'flu-vaccine', locationId: 'vfc-fridge', funding: 'vfc', lotNumber: 'FV-C3', expiresOn: '2027-01-31', quantity: 30 },
      { id: 'flu-v-b', itemId: 'flu-vaccine', locationId: 'main-fridge', funding: 'vfc', lotNumber: 'FV-C4', expiresOn: '2027-01-31', quantity: 5 },
      { id: 'tb-ppd-a', itemId: 'tb-ppd', locationId: 'main-fridge', lotNumber: 'PPD-9', expiresOn: '2027-04-30', openedOn: '2026-10-30', quantity: 6 },
      { id: 'tb-ppd-b', itemId: 'tb-ppd', locationId: 'main-fridge', lotNumber: 'PPD-10', expiresOn: '2027-04-30', quantity: 30 },
      { id: 'sanitizer-a', itemId: 'sanitizer', locationId: 'supply-room', expiresOn: '2026-11-20', quantity: 3 },
      { id: 'sanitizer-b', itemId: 'sanitizer', locationId: 'supply-room', expiresOn: '2027-08-31', quantity: 2 },
    ],
    movements: [
      ...history('gloves-a', 150, 40, 60, 11),
      ...history('syringe-a', 25, 8, 60, 12),
      ...history('paper-a', 1.5, 1.5, 60, 13),
      ...history('flu-p-b', 6, 3, 60, 14, 'private'),
      ...history('flu-v-a', 3, 2, 60, 15, 'vfc'),
      ...history('tb-ppd-a', 0.8, 0.8, 60, 16),
      ...history('sanitizer-b', 0.4, 0.6, 60, 17),
      { type: 'use', date: '2026-11-20', lotId: 'flu-v-a', quantity: 1, patientFunding: 'private' },
    ],
    purchaseOrders: [
      {
        id: 'PO-1001',
        vendorId: 'acme-medical',
        orderedOn: '2026-11-18',
        expectedOn: '2026-11-21',
        lines: [{ itemId: 'syringe-3ml', quantity: 2, packSize: 100, unitPrice: usd('14.00') }],
      },
    ],
    policies: samplePolicies,
  };
}
