// Inventory benchmark: run with `npx tsx test/bench/inventory.bench.ts`.
// 1. The standard normal quantile: ours (Acklam + Halley + one 34-digit Newton step, correctly rounded)
//    against the peer, Acklam's rational approximation alone (the common textbook choice), same inputs.
// 2. suggestOrders and the daily review on a synthetic 1,000-item practice with 90 days of use history.
import { addCalendarDays } from '../../src/core/calendar.js';
import { compilePolicy, evaluate } from '../../src/rules/index.js';
import { inventoryCatalog, parseInventory, standardNormalQuantile, suggestOrders, type InventoryInput, type ItemPolicyInput, type StockMovementInput } from '../../src/inventory/index.js';

function acklam(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  if (p <= 1 - 0.02425) {
    const q = p - 0.5;
    const r = q * q;
    return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
  }
  const q = Math.sqrt(-2 * Math.log(1 - p));
  return -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
}

function time(label: string, runs: number, fn: () => void): number {
  fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(44)} ${ms.toFixed(3).padStart(10)} ms`);
  return ms;
}

const ps = Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);
const ours = time('quantile x1000, ours (correctly rounded)', 5, () => ps.forEach((p) => standardNormalQuantile(p)));
const peer = time('quantile x1000, peer (Acklam alone)', 50, () => ps.forEach((p) => acklam(p)));
const maxGap = Math.max(...ps.map((p) => Math.abs(acklam(p) - standardNormalQuantile(p))));
console.log(`ratio ours/peer: ${(ours / peer).toFixed(1)}x slower; largest peer error vs ours: ${maxGap.toExponential(2)}\n`);

// a synthetic practice
const today = '2026-11-23';
const items = 1000;
const input: InventoryInput = {
  currency: 'USD',
  locations: [{ id: 'room', name: 'Room' }],
  vendors: Array.from({ length: 10 }, (_, v) => ({ id: `v${v}`, name: `Vendor ${v}`, minimumOrderValue: { amount: '200', currency: 'USD' }, orderCost: { amount: '15', currency: 'USD' } })),
  items: Array.from({ length: items }, (_, i) => ({ id: `i${i}`, name: `Item ${i}`, offers: [{ vendorId: `v${i % 10}`, packSize: 1 + (i % 12), unitPrice: { amount: (1 + (i % 40)).toFixed(2), currency: 'USD' } }] })),
  lots: Array.from({ length: items * 2 }, (_, k) => ({ id: `l${k}`, itemId: `i${k % items}`, locationId: 'room', expiresOn: addCalendarDays(today, 10 + ((k * 37) % 400)), quantity: (k * 13) % 200 })),
  movements: [] as StockMovementInput[],
};
const movements = input.movements as StockMovementInput[];
for (let day = 90; day >= 1; day--) for (let i = 0; i < items; i += 1) if ((i + day) % 3 === 0) movements.push({ type: 'use', date: addCalendarDays(today, -day), lotId: `l${i}`, quantity: 1 + ((i * day) % 5) });
const policies: ItemPolicyInput[] = Array.from({ length: items }, (_, i) =>
  i % 2 === 0 ? { itemId: `i${i}`, policy: { kind: 'reorder-point', cycleServiceLevel: 0.95, orderQuantity: 'eoq' } } : { itemId: `i${i}`, policy: { kind: 'min-max', min: 40, max: 160 } },
);
console.log(`synthetic practice: ${items} items, ${items * 2} lots, ${movements.length} movements`);
Object.assign(input, { policies });
const parsed = parseInventory(input);
time('parseInventory', 3, () => parseInventory(input));
time('suggestOrders (1,000 policies)', 3, () => suggestOrders(parsed, policies, today));
const compiled = compilePolicy(inventoryCatalog);
time('daily review (evaluate, recommended)', 3, () => evaluate(compiled, parseInventory(input), { today }));
