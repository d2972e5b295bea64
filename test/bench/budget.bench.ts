/**
 * Budget benchmark: a year of a 40-account, 4-cost-centre practice with 50,000 cost entries.
 * Measures budgetReport (exact decimals, roll-ups, proration) and one evaluation of the strict
 * policy, against a peer: a hand-rolled float aggregation of the same entries (what an app might
 * write without a library; it is faster and inexact). Prints the ratio.
 *
 * Run: npx tsx test/bench/budget.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { moneyFromMinorUnits, type CostEntry } from '../../src/index.js';
import { compilePolicy, evaluate } from '../../src/rules/index.js';
import { budgetCatalog, budgetReport, BudgetSnapshotSchema, fiscalPeriods, type BudgetContext, type BudgetInput, type BudgetSnapshot, type BudgetSnapshotInput } from '../../src/budget/index.js';

const periods = fiscalPeriods('2026-01-01');
const centres = ['c1', 'c2', 'c3', 'c4'];
const accounts = [
  { id: 'costs', name: 'Costs', kind: 'cost' as const },
  ...Array.from({ length: 39 }, (_, i) => ({ id: `a${i}`, name: `Account ${i}`, kind: 'cost' as const, parent: i < 3 ? 'costs' : `a${i % 3}` })),
];
const budget: BudgetInput = {
  name: 'bench',
  currency: 'USD',
  fiscalYearStart: '2026-01-01',
  accounts,
  costCentres: centres.map((id) => ({ id, name: id })),
  lines: periods.flatMap((p) => accounts.slice(4).flatMap((a) => centres.map((c) => ({ account: a.id, costCentre: c, period: p.id, amount: '1234.56' })))),
};
let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const entries: CostEntry[] = Array.from({ length: 50_000 }, () => ({
  source: 'bench',
  account: `a${4 + rand(35)}`,
  costCentre: centres[rand(4)] ?? 'c1',
  date: `2026-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`,
  amount: moneyFromMinorUnits(rand(50_000) + 1, 'USD'),
  layer: rand(10) === 0 ? 'committed' : 'actual',
}));
const snapshot = { budget, entries } as unknown as BudgetSnapshot;

function time(label: string, runs: number, run: () => unknown): number {
  run();
  const start = performance.now();
  for (let i = 0; i < runs; i++) run();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms`);
  return ms;
}

const ours = time('budgetReport, year to date (exact decimals)', 5, () => budgetReport(snapshot, { asOf: '2026-09-15' }));
time('  of which: zod parse of the snapshot (boundary)', 5, () => BudgetSnapshotSchema.parse(snapshot));
const peer = time('peer: float Map aggregation of the same entries', 5, () => {
  const sums = new Map<string, number>();
  for (const e of entries) if (e.date <= '2026-09-30') sums.set(e.account, (sums.get(e.account) ?? 0) + Number(e.amount.amount));
  return sums;
});
const compiled = compilePolicy<BudgetSnapshotInput, BudgetContext>(budgetCatalog, { extends: 'strict' });
time('evaluate strict policy (6 rules, fresh snapshot)', 3, () => evaluate(compiled, { ...snapshot }, { today: '2026-09-15' }));
console.log(`ratio ours / peer: ${(ours / peer).toFixed(1)}x (the peer is inexact: floats, no roll-ups, no proration)`);
