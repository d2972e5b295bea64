/**
 * The sample practice's supplies: gloves, syringes, table paper, vaccines (privately bought and
 * VFC), tuberculin, sanitizer and specimen cups, with lots, sixty days of use, vendors with pack
 * sizes and minimums, an open purchase order and the reorder policy of each item. Used by
 * build-sample-practice.ts.
 */
import { addCalendarDays } from 'practiceops';
import type { InventoryInput, StockMovementInput } from 'practiceops/inventory';

/** Sixty days of seeded daily use of one lot. */
function usage(today: string, lotId: string, mean: number, spread: number, seed: number, patientFunding?: 'vfc' | 'private'): StockMovementInput[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const out: StockMovementInput[] = [];
  for (let d = 60; d >= 1; d--) {
    const date = addCalendarDays(today, -d);
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 0) continue;
    const quantity = Math.max(0, Math.round(mean + (random() * 2 - 1) * spread));
    if (quantity > 0) out.push({ type: 'use', date, lotId, quantity, ...(patientFunding === undefined ? {} : { patientFunding }) } as StockMovementInput);
  }
  return out;
}

const usd = (amount: string) => ({ amount, currency: 'USD' });

/** Builds the inventory snapshot as of `today`. */
export function sampleInventory(today: string): InventoryInput {
  return {
    currency: 'USD',
    locations: [
      { id: 'supply-room', name: 'Supply room', storage: 'room' },
      { id: 'vaccine-fridge', name: 'Vaccine fridge', storage: 'fridge', capacity: 80 },
      { id: 'vfc-fridge', name: 'VFC fridge', storage: 'fridge', capacity: 50 },
    ],
    vendors: [
      { id: 'henley-medical', name: 'Henley Medical Supply', minimumOrderValue: usd('200.00'), leadTime: { meanDays: 3, sdDays: 1 }, orderCost: usd('15.00') },
      { id: 'northeast-pharma', name: 'Northeast Pharma', leadTime: { meanDays: 5, sdDays: 1.5 }, orderCost: usd('25.00') },
      { id: 'ny-vfc', name: 'NY State VFC programme', leadTime: { meanDays: 10, sdDays: 3 } },
    ],
    items: [
      {
        id: 'gloves-nitrile-m',
        name: 'Nitrile exam gloves, M',
        unit: 'glove',
        account: 'medical-surgical-supplies',
        offers: [{ vendorId: 'henley-medical', sku: 'HM-NG-M', purchaseUnit: 'box', packSize: 100, unitPrice: usd('9.20'), priceBreaks: [{ minQuantity: 10, unitPrice: usd('8.60') }], preferred: true }],
      },
      {
        id: 'syringe-3ml',
        name: 'Syringe 3 mL Luer-Lok',
        unit: 'syringe',
        account: 'medical-surgical-supplies',
        offers: [{ vendorId: 'henley-medical', sku: 'HM-SY3', purchaseUnit: 'box', packSize: 100, unitPrice: usd('15.50'), minimumOrderQuantity: 2 }],
      },
      {
        id: 'table-paper',
        name: 'Exam table paper, 21 in',
        unit: 'roll',
        account: 'administrative-supplies',
        offers: [{ vendorId: 'henley-medical', sku: 'HM-TP21', purchaseUnit: 'case', packSize: 12, unitPrice: usd('52.00') }],
      },
      {
        id: 'specimen-cup',
        name: 'Specimen cup, sterile',
        unit: 'cup',
        account: 'medical-surgical-supplies',
        offers: [{ vendorId: 'henley-medical', sku: 'HM-SC', purchaseUnit: 'case', packSize: 100, unitPrice: usd('21.00') }],
      },
      {
        id: 'flu-vaccine',
        name: 'Influenza vaccine 2026-27, prefilled syringe',
        unit: 'dose',
        storage: 'fridge',
        unitVolume: 0.1,
        account: 'drug-supplies',
        offers: [
          { vendorId: 'northeast-pharma', sku: 'NP-FLU-PFS', purchaseUnit: 'pack of 10', packSize: 10, unitPrice: usd('192.00'), priceBreaks: [{ minQuantity: 10, unitPrice: usd('181.00') }] },
          { vendorId: 'ny-vfc', purchaseUnit: 'pack of 10', packSize: 10, unitPrice: usd('0'), funding: 'vfc' },
        ],
      },
      {
        id: 'tuberculin',
        name: 'Tuberculin PPD, 10-test vial',
        unit: 'test',
        storage: 'fridge',
        unitVolume: 0.05,
        multiDose: { dosesPerContainer: 10 },
        account: 'drug-supplies',
        offers: [{ vendorId: 'northeast-pharma', sku: 'NP-PPD10', purchaseUnit: 'vial', packSize: 10, unitPrice: usd('96.00') }],
      },
      {
        id: 'sanitizer',
        name: 'Hand sanitizer 500 mL',
        unit: 'bottle',
        account: 'medical-surgical-supplies',
        offers: [{ vendorId: 'henley-medical', sku: 'HM-HS500', purchaseUnit: 'case', packSize: 6, unitPrice: usd('33.00') }],
      },
    ],
    lots: [
      { id: 'gloves-1', itemId: 'gloves-nitrile-m', locationId: 'supply-room', lotNumber: 'NG-2609', expiresOn: '2028-09-30', quantity: 1400 },
      { id: 'syringe-1', itemId: 'syringe-3ml', locationId: 'supply-room', lotNumber: 'SY-8841', expiresOn: '2029-03-31', quantity: 210 },
      { id: 'paper-1', itemId: 'table-paper', locationId: 'supply-room', expiresOn: '2031-12-31', quantity: 16 },
      { id: 'cups-1', itemId: 'specimen-cup', locationId: 'supply-room', lotNumber: 'SC-1190', expiresOn: '2027-02-28', quantity: 340 },
      { id: 'flu-priv-1', itemId: 'flu-vaccine', locationId: 'vaccine-fridge', lotNumber: 'FLU-A22', expiresOn: '2026-12-10', quantity: 60 },
      { id: 'flu-priv-2', itemId: 'flu-vaccine', locationId: 'vaccine-fridge', lotNumber: 'FLU-B07', expiresOn: '2027-06-30', quantity: 90, reserved: 10 },
      { id: 'flu-vfc-1', itemId: 'flu-vaccine', locationId: 'vfc-fridge', funding: 'vfc', lotNumber: 'VFC-C31', expiresOn: '2027-01-31', quantity: 24 },
      { id: 'ppd-1', itemId: 'tuberculin', locationId: 'vaccine-fridge', lotNumber: 'PPD-77', expiresOn: '2027-05-31', openedOn: '2026-10-29', quantity: 5 },
      { id: 'ppd-2', itemId: 'tuberculin', locationId: 'vaccine-fridge', lotNumber: 'PPD-78', expiresOn: '2027-05-31', quantity: 20 },
      { id: 'sanitizer-1', itemId: 'sanitizer', locationId: 'supply-room', expiresOn: '2026-11-15', quantity: 2 },
      { id: 'sanitizer-2', itemId: 'sanitizer', locationId: 'supply-room', expiresOn: '2027-10-31', quantity: 3 },
    ],
    movements: [
      ...usage(today, 'gloves-1', 170, 45, 101),
      ...usage(today, 'syringe-1', 28, 9, 102),
      ...usage(today, 'paper-1', 1.6, 1.4, 103),
      ...usage(today, 'cups-1', 11, 5, 104),
      ...usage(today, 'flu-priv-2', 7, 3, 105, 'private'),
      ...usage(today, 'flu-vfc-1', 2, 2, 106, 'vfc'),
      ...usage(today, 'ppd-1', 0.7, 0.8, 107),
      ...usage(today, 'sanitizer-2', 0.3, 0.5, 108),
    ],
    purchaseOrders: [
      {
        id: 'PO-2611',
        vendorId: 'henley-medical',
        orderedOn: addCalendarDays(today, -4),
        expectedOn: addCalendarDays(today, 1),
        lines: [{ itemId: 'syringe-3ml', quantity: 3, packSize: 100, unitPrice: usd('15.50') }],
      },
    ],
    policies: [
      { itemId: 'gloves-nitrile-m', policy: { kind: 'reorder-point', orderQuantity: 'eoq', cycleServiceLevel: 0.95 } },
      { itemId: 'syringe-3ml', policy: { kind: 'min-max', min: 350, max: 1000, trigger: '<' } },
      { itemId: 'table-paper', policy: { kind: 'par-level', par: 36, reviewEveryDays: 7, firstReviewOn: '2026-11-16' } },
      { itemId: 'specimen-cup', policy: { kind: 'reorder-point', cycleServiceLevel: 0.95, orderQuantity: 'eoq' } },
      { itemId: 'flu-vaccine', policy: { kind: 'order-up-to', reviewEveryDays: 7, firstReviewOn: '2026-11-17', cycleServiceLevel: 0.98 } },
      { itemId: 'flu-vaccine', funding: 'vfc', policy: { kind: 'min-max', min: 40, max: 100 } },
      { itemId: 'tuberculin', policy: { kind: 'reorder-point', reorderPoint: 15, orderQuantity: 30 } },
      { itemId: 'sanitizer', policy: { kind: 'min-max', min: 4, max: 12 } },
    ],
  };
}
