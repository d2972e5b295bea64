// Orders a month of supplies for a sample family practice, then runs the daily inventory review
// and compares two reorder policies on the practice's own glove history.
// Run with: npx tsx examples/inventory.ts
import { addCalendarDays, formatMoneyAmount, sumMoney } from 'practiceops';
import { compilePolicy, evaluate } from 'practiceops/rules';
import {
  economicOrderQuantity,
  estimateDemand,
  inventoryCatalog,
  parseInventory,
  reorderPoint,
  simulatePolicy,
  suggestOrders,
  type InventoryInput,
  type ItemPolicyInput,
  type StockMovementInput,
} from 'practiceops/inventory';

const today = '2026-11-23';
const usd = (amount: string) => ({ amount, currency: 'USD' });

// Sixty days of recorded use, from a fixed seed so every run prints the same.
let seed = 20261123;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
function usedFrom(lotId: string, mean: number, spread: number): StockMovementInput[] {
  const uses: StockMovementInput[] = [];
  for (let back = 60; back >= 1; back--) {
    const quantity = Math.max(0, Math.round(mean + (random() * 2 - 1) * spread));
    if (quantity > 0) uses.push({ type: 'use', date: addCalendarDays(today, -back), lotId, quantity });
  }
  return uses;
}

const policies: ItemPolicyInput[] = [
  { itemId: 'gloves-m', policy: { kind: 'reorder-point', orderQuantity: 'eoq', cycleServiceLevel: 0.95 } },
  { itemId: 'syringe-3ml', policy: { kind: 'min-max', min: 300, max: 900, trigger: '<' } },
  { itemId: 'gauze', policy: { kind: 'reorder-point', fillRate: 0.99, orderQuantity: 400 } },
  { itemId: 'exam-paper', policy: { kind: 'par-level', par: 40, reviewEveryDays: 7, firstReviewOn: today } },
  { itemId: 'flu-vaccine', policy: { kind: 'order-up-to', reviewEveryDays: 7, firstReviewOn: '2026-11-16', cycleServiceLevel: 0.98 } },
  { itemId: 'flu-vaccine', funding: 'vfc', policy: { kind: 'min-max', min: 60, max: 150 } },
  { itemId: 'tb-ppd', policy: { kind: 'reorder-point', reorderPoint: 20, orderQuantity: 30 } },
];

const practice: InventoryInput = {
  currency: 'USD',
  locations: [
    { id: 'supply-room', name: 'Supply room' },
    { id: 'main-fridge', name: 'Main fridge', storage: 'fridge', capacity: 60 },
    { id: 'vfc-fridge', name: 'VFC fridge', storage: 'fridge', capacity: 40 },
  ],
  vendors: [
    { id: 'acme', name: 'Acme Medical', minimumOrderValue: usd('250.00'), leadTime: { meanDays: 3, sdDays: 1 }, orderCost: usd('12.00') },
    { id: 'fludirect', name: 'FluDirect', leadTime: { meanDays: 5, sdDays: 1 }, orderCost: usd('20.00') },
    { id: 'vfc', name: 'State VFC programme', leadTime: { meanDays: 10, sdDays: 3 } },
  ],
  items: [
    { id: 'gloves-m', name: 'Nitrile gloves M', unit: 'glove', offers: [{ vendorId: 'acme', purchaseUnit: 'box', packSize: 100, unitPrice: usd('8.50'), priceBreaks: [{ minQuantity: 10, unitPrice: usd('7.90') }] }] },
    { id: 'syringe-3ml', name: 'Syringe 3 mL', unit: 'syringe', offers: [{ vendorId: 'acme', purchaseUnit: 'box', packSize: 100, unitPrice: usd('14.00'), minimumOrderQuantity: 2 }] },
    { id: 'gauze', name: 'Gauze pads 4x4', unit: 'pad', offers: [{ vendorId: 'acme', purchaseUnit: 'sleeve', packSize: 200, unitPrice: usd('6.40') }] },
    { id: 'exam-paper', name: 'Exam table paper', unit: 'roll', account: 'administrative-supplies', offers: [{ vendorId: 'acme', purchaseUnit: 'case', packSize: 12, unitPrice: usd('48.00') }] },
    {
      id: 'flu-vaccine', name: 'Influenza vaccine', unit: 'dose', storage: 'fridge', account: 'drug-supplies',
      offers: [
        { vendorId: 'fludirect', purchaseUnit: 'pack', packSize: 10, unitPrice: usd('185.00'), priceBreaks: [{ minQuantity: 10, unitPrice: usd('175.00') }] },
        { vendorId: 'vfc', purchaseUnit: 'pack', packSize: 10, unitPrice: usd('0'), funding: 'vfc' },
      ],
    },
    { id: 'tb-ppd', name: 'Tuberculin PPD', unit: 'test', storage: 'fridge', account: 'drug-supplies', multiDose: { dosesPerContainer: 10 }, offers: [{ vendorId: 'acme', purchaseUnit: 'vial', packSize: 10, unitPrice: usd('92.00') }] },
  ],
  lots: [
    { id: 'gloves-1', itemId: 'gloves-m', locationId: 'supply-room', expiresOn: '2028-03-31', quantity: 1100 },
    { id: 'syringe-1', itemId: 'syringe-3ml', locationId: 'supply-room', expiresOn: '2029-01-31', quantity: 180 },
    { id: 'gauze-1', itemId: 'gauze', locationId: 'supply-room', expiresOn: '2030-01-31', quantity: 900 },
    { id: 'paper-1', itemId: 'exam-paper', locationId: 'supply-room', expiresOn: '2030-12-31', quantity: 20 },
    { id: 'flu-1', itemId: 'flu-vaccine', locationId: 'main-fridge', lotNumber: 'FL-A1', expiresOn: '2026-12-15', quantity: 40 },
    { id: 'flu-2', itemId: 'flu-vaccine', locationId: 'main-fridge', lotNumber: 'FL-B7', expiresOn: '2027-06-30', quantity: 60 },
    { id: 'flu-vfc-1', itemId: 'flu-vaccine', locationId: 'vfc-fridge', funding: 'vfc', lotNumber: 'FV-C3', expiresOn: '2027-01-31', quantity: 30 },
    { id: 'ppd-1', itemId: 'tb-ppd', locationId: 'main-fridge', lotNumber: 'PPD-9', expiresOn: '2027-04-30', openedOn: '2026-10-30', quantity: 6 },
    { id: 'ppd-2', itemId: 'tb-ppd', locationId: 'main-fridge', lotNumber: 'PPD-10', expiresOn: '2027-04-30', quantity: 20 },
  ],
  movements: [
    ...usedFrom('gloves-1', 150, 40),
    ...usedFrom('syringe-1', 25, 8),
    ...usedFrom('gauze-1', 45, 20),
    ...usedFrom('paper-1', 1.5, 1.5),
    ...usedFrom('flu-2', 6, 3),
    ...usedFrom('flu-vfc-1', 3, 2),
    ...usedFrom('ppd-1', 0.8, 0.8),
  ],
  purchaseOrders: [
    { id: 'PO-1001', vendorId: 'acme', orderedOn: '2026-11-18', expectedOn: '2026-11-25', lines: [{ itemId: 'syringe-3ml', quantity: 2, packSize: 100, unitPrice: usd('14.00') }] },
  ],
  policies,
};

const inventory = parseInventory(practice);

// 1. The month's purchase plan: every order that falls due in the next 30 days, grouped by vendor.
const plan = suggestOrders(inventory, policies, today, { horizonDays: 30 });
console.log(`Purchase plan for ${today} (next 30 days)\n`);
for (const order of plan.orders) {
  const minimum = order.minimumOrderValue ? `, minimum ${order.minimumOrderValue.amount}${order.meetsMinimum ? ' met' : ' NOT met'}` : '';
  console.log(`${order.vendorName} (${order.funding}) - order by ${order.orderBy}: ${order.total.amount} ${order.total.currency}${minimum}`);
  for (const line of order.lines) {
    const extra = line.reason.toppedUpPacks > 0 ? ` (+${line.reason.toppedUpPacks} to reach the minimum)` : '';
    console.log(`  ${String(line.packs).padStart(3)} ${line.purchaseUnit.padEnd(6)} ${line.itemName.padEnd(20)} ${line.lineTotal.amount.padStart(8)}  by ${line.orderBy}${extra}`);
    console.log(`      why: ${line.reason.text}`);
  }
}
const spend = sumMoney(plan.projectedSpend.map((entry) => entry.amount), 'USD');
console.log(`\nProjected spend: ${formatMoneyAmount(spend)} USD; committed on open orders: ${plan.committedSpend.map((e) => `${e.reference} ${e.amount.amount}`).join(', ')}`);
for (const lot of plan.lotsExpiringBeforeUse) {
  console.log(`Lot ${lot.lotId} will have ${lot.projectedWaste.toFixed(1)} units left unused on ${lot.usableUntil}`);
}

// 2. The daily review: the inventory rule catalog at its recommended settings.
const findings = evaluate(compilePolicy(inventoryCatalog, { extends: 'recommended' }), inventory, { today });
console.log(`\nDaily review: ${findings.length} findings`);
for (const finding of findings) console.log(`  [${finding.severity}] ${finding.ruleId}: ${finding.message}`);

// 3. The formulas behind the levels.
const gloves = estimateDemand(inventory, { itemId: 'gloves-m', policy: { kind: 'min-max', min: 0, max: 0 } }, today);
const eoq = economicOrderQuantity({ annualDemand: gloves.perDay * 365, orderCost: 12, holdingCost: 0.085 * 0.25 });
const rop = reorderPoint({ demandMean: gloves.perDay, demandSd: gloves.sdPerDay, leadTimeMean: 3, leadTimeSd: 1, cycleServiceLevel: 0.95 });
console.log(`\nGloves: ${gloves.perDay.toFixed(1)}/day (sd ${gloves.sdPerDay.toFixed(1)}); EOQ ${eoq.quantity.toFixed(0)} gloves; reorder point ${rop.reorderPoint.toFixed(0)} (safety stock ${rop.safetyStock.toFixed(0)})`);

// 4. Two policies replayed on the same 60 days of glove use (seeded, so repeatable).
const demand = inventory.movements.filter((m) => m.type === 'use' && m.lotId === 'gloves-1').map((m) => (m.type === 'use' ? m.quantity : 0));
const common = { demand, start: '2026-09-24', leadTime: { meanDays: 3, sdDays: 1 }, initialStock: 1500, packSize: 100, seed: 7 };
const minMax = simulatePolicy({ ...common, policy: { kind: 'min-max', min: 500, max: 1500 } });
const rp = simulatePolicy({ ...common, policy: { kind: 'reorder-point', orderQuantity: Math.round(eoq.quantity), cycleServiceLevel: 0.95 } });
for (const [name, r] of [['min-max 500/1500', minMax], ['reorder point + EOQ', rp]] as const) {
  console.log(`  ${name.padEnd(20)} fill rate ${(r.fillRate * 100).toFixed(1)}%, stock-out days ${r.stockOutDays}, average on hand ${r.averageOnHand.toFixed(0)}, orders ${r.ordersPlaced}`);
}
