/**
 * A practice's April: the budget for the fiscal year that starts in July, labour cost from the
 * rota (as core CostEntry records), a month of supply orders, the variance report, the flexible
 * budget for supplies, the daily review's decisions and a few MGMA KPIs.
 *
 * Run: npx tsx examples/budget.ts
 */
import { eachDate, money, multiplyMoney, weekdayOf, type CostEntry } from 'practiceops';
import { compilePolicy, evaluate } from 'practiceops/rules';
import {
  budgetCatalog,
  budgetReport,
  checkSpend,
  decideBudget,
  fiscalPeriods,
  flexibleBudget,
  formatBudgetReport,
  forecastYearEnd,
  MGMA_CHART_OF_ACCOUNTS,
  operatingCostPerFtePhysician,
  overheadRatio,
  parseBudget,
  spreadLines,
  staffCostPercentOfRevenue,
  totalFte,
  type BudgetContext,
  type BudgetLine,
  type SpreadOptions,
  type BudgetSnapshot,
  type BudgetSnapshotInput,
} from 'practiceops/budget';

const USD = 'USD';
const usd = (amount: string) => money(amount, USD);
const periods = fiscalPeriods('2025-07-01');

// 1. The budget: annual amounts spread over the fiscal months.
const annual = (account: string, amount: string, spread: SpreadOptions = {}): readonly BudgetLine[] =>
  spreadLines({ account, costCentre: 'main-street', total: usd(amount), periods, spread });

const lines: BudgetLine[] = [
  ...annual('support-staff-salaries', '330000.00'),
  ...annual('support-staff-benefits', '96000.00'),
  ...annual('building-occupancy', '90000.00', { method: 'days' }),
  ...annual('information-technology', '30000.00'),
  ...annual('malpractice-insurance', '36000.00'),
  // Revenue: busier in winter (8% a month, 10% in December, January; weights need not add to 100).
  ...annual('fee-for-service-revenue', '1500000.00', { weights: [8, 8, 8, 8, 8, 10, 10, 8, 8, 8, 8, 8] }),
  // Supplies are driven by visits: $1,200 fixed plus $5.50 a visit.
  ...periods.map((p) => ({ account: 'medical-surgical-supplies', costCentre: 'main-street', period: p.id, driven: { driver: 'visits', fixed: '1200', rate: '5.50' } })),
];
const budget = parseBudget({
  name: 'Main Street Family Practice FY2026',
  currency: USD,
  fiscalYearStart: '2025-07-01',
  accounts: MGMA_CHART_OF_ACCOUNTS,
  costCentres: [{ id: 'main-street', name: 'Main Street clinic' }],
  lines,
  volumes: periods.map((p) => ({ driver: 'visits', period: p.id, volume: '1500' })),
});

// 2. Labour from the rota: one CostEntry per shift (what the rota domain's labour cost produces).
const staff = [
  { id: 'rn-ana', rate: '41.25', hours: '8' },
  { id: 'ma-ben', rate: '22.50', hours: '8' },
  { id: 'ma-cho', rate: '22.50', hours: '8' },
  { id: 'fd-dee', rate: '19.75', hours: '7.5' },
  { id: 'billing-eli', rate: '26.00', hours: '8' },
  { id: 'lab-fay', rate: '28.40', hours: '6' },
];
const labour: CostEntry[] = [];
for (const date of eachDate('2026-04-01', '2026-04-30')) {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) continue;
  for (const person of staff) {
    labour.push({
      source: 'rota',
      account: 'support-staff-salaries',
      costCentre: 'main-street',
      date,
      amount: multiplyMoney(usd(person.rate), person.hours),
      layer: 'actual',
      reference: person.id,
      quantity: Number(person.hours),
      category: 'regular',
    });
  }
}
// Flu-clinic overtime on two Saturdays, at time and a half.
for (const date of ['2026-04-11', '2026-04-18']) {
  for (const person of staff.slice(0, 3)) {
    labour.push({
      source: 'rota',
      account: 'support-staff-salaries',
      costCentre: 'main-street',
      date,
      amount: multiplyMoney(usd(person.rate), '6', {}),
      layer: 'actual',
      reference: person.id,
      quantity: 4,
      category: 'overtime',
      description: '4 h at 1.5x',
    });
  }
}

// 3. A month of supply orders (what the inventory domain produces): received orders are actuals, open ones commitments.
const order = (date: string, reference: string, amount: string, layer: 'actual' | 'committed', description: string): CostEntry => ({
  source: 'inventory',
  account: 'medical-surgical-supplies',
  costCentre: 'main-street',
  date,
  amount: usd(amount),
  layer,
  reference,
  description,
});
const orders: CostEntry[] = [
  order('2026-04-02', 'PO-2041', '3185.40', 'actual', 'Exam gloves, table paper, syringes'),
  order('2026-04-07', 'PO-2047', '2410.00', 'actual', 'Influenza vaccine, 10 x 10-dose vials'),
  order('2026-04-14', 'PO-2053', '1876.25', 'actual', 'Wound care and suture kits'),
  order('2026-04-21', 'PO-2060', '2950.00', 'actual', 'Influenza vaccine top-up'),
  order('2026-04-27', 'PO-2066', '1640.80', 'committed', 'Specimen containers, swabs (open)'),
  order('2026-04-29', 'PO-2069', '980.00', 'committed', 'Sharps containers (open)'),
];

// 4. The rest of the month's books: benefits, rent, IT, insurance, an unbudgeted repair, revenue.
const posted = (account: string, amount: string, date = '2026-04-30', source = 'ledger'): CostEntry => ({
  source,
  account,
  costCentre: 'main-street',
  date,
  amount: usd(amount),
  layer: 'actual',
});
const books: CostEntry[] = [
  posted('support-staff-benefits', '8150.00'),
  posted('building-occupancy', '7400.00', '2026-04-01'),
  posted('information-technology', '2730.00', '2026-04-05'),
  posted('malpractice-insurance', '3000.00', '2026-04-01'),
  posted('furniture-equipment', '645.00', '2026-04-16'),
  posted('fee-for-service-revenue', '118400.00'),
];

// 5. July to March, as the ledger closed them: one total per account and month, near budget.
const factors = ['0.97', '1.01', '0.99', '1.03', '0.98', '1.02', '1.00', '0.96', '1.04'];
const closedMonths: CostEntry[] = budget.lines
  .filter((line) => line.period < '2026-04')
  .map((line) => {
    const planned = line.amount ?? '9450';
    const factor = factors[periods.findIndex((p) => p.id === line.period) % factors.length] ?? '1';
    return posted(line.account, multiplyMoney(usd(planned), factor).amount, `${line.period}-28`);
  });

const snapshot: BudgetSnapshot = { budget, entries: [...closedMonths, ...labour, ...orders, ...books], actualVolumes: [{ driver: 'visits', period: '2026-04', volume: '1720' }] };
const today = '2026-04-30';

// 6. The variance report for April.
const april = budgetReport(snapshot, { asOf: today, from: '2026-04', to: '2026-04' });
console.log(formatBudgetReport(april));

// 7. The flexible budget for supplies: 1,720 visits instead of 1,500.
const supplies = april.rows.find((row) => row.account === 'medical-surgical-supplies');
const flex = flexibleBudget({ fixed: usd('1200'), variableRate: usd('5.50'), plannedVolume: 1500, actualVolume: 1720, actual: supplies?.actual ?? usd('0') });
console.log(
  `\nSupplies: static ${flex.staticBudget.amount}, flexible ${flex.flexibleBudget.amount}, ` +
    `volume variance ${flex.volumeVariance.amount.amount} (${flex.volumeVariance.status}), ` +
    `spending variance ${flex.spendingVariance?.amount.amount ?? '-'} (${flex.spendingVariance?.status ?? '-'})`,
);

// 8. The daily review: this month's thresholds, decisions with reasons, an approver's override.
const compiled = compilePolicy<BudgetSnapshotInput, BudgetContext>(budgetCatalog, {
  extends: 'recommended',
  rules: {
    'budget/account-over-budget': ['error', { window: 'month', warnAtPercent: 100, stopAtPercent: 105 }],
    'budget/total-over-budget': ['error', { window: 'year-to-date', warnAtPercent: 100, stopAtPercent: 103 }],
    'budget/unbudgeted-spend': ['warn', { window: 'month', stopAtAmount: '1000' }],
    'budget/forecast-over-budget': ['info', { level: 'total' }],
  },
});
const findings = evaluate(compiled, snapshot, { today });
console.log('\nDaily review:');
for (const f of findings) console.log(`  [${f.severity}] ${f.message}`);
const decision = decideBudget(findings, {
  today,
  overrides: [
    { ruleId: 'budget/account-over-budget', subjectId: 'medical-surgical-supplies', approver: 'Dr. Lee', reason: 'Flu season: extra vaccine approved', approvedOn: '2026-04-20' },
  ],
});
console.log('');
console.log(`Decision: ${decision.outcome}`);
for (const r of decision.reasons) console.log(`  ${r.decision} -> ${r.effective}${r.override ? ` (override by ${r.override.approver}: ${r.override.reason})` : ''}: ${r.subject.label ?? r.subject.id}`);

// 9. Before placing more orders: would they pass? (The supplies override still holds.)
const overrides = [
  { ruleId: 'budget/account-over-budget', subjectId: 'medical-surgical-supplies', approver: 'Dr. Lee', reason: 'Flu season: extra vaccine approved', approvedOn: '2026-04-20' },
];
for (const [po, account, amount, what] of [
  ['PO-2071', 'medical-surgical-supplies', '450.00', 'otoscope tips'],
  ['PO-2072', 'information-technology', '300.00', 'a scanner licence'],
  ['PO-2073', 'building-occupancy', '120.00', 'a door closer'],
] as const) {
  const proposal = checkSpend(compiled, snapshot, [{ ...order('2026-04-30', po, amount, 'committed', what), account }], { today }, { overrides });
  const reason = proposal.reasons[0];
  console.log(`${po} ($${amount}, ${what}): ${proposal.outcome}${reason ? ` (${reason.message}${reason.override ? `; overridden by ${reason.override.approver}` : ''})` : ''}`);
}

// 10. KPIs for the month and a year-end forecast for supplies.
const cost = april.totals.cost.actual;
const revenue = april.totals.revenue.actual;
const staffRow = april.rows.find((row) => row.account === 'support-staff');
const physicianFte = totalFte([40, 40, 24, 50]);
console.log(`\nOverhead ratio: ${overheadRatio(cost, revenue)}% of revenue`);
console.log(`Support staff cost: ${staffCostPercentOfRevenue(staffRow?.actual ?? usd('0'), revenue)}% of revenue`);
console.log(`Physician FTE (MGMA, 40-hour week, capped at 1.0): ${physicianFte}; operating cost per FTE physician: ${operatingCostPerFtePhysician(cost, physicianFte).amount}`);
const forecast = forecastYearEnd(snapshot, {
  asOf: today,
  rules: [
    { account: 'support-staff', method: 'remaining-budget' },
    { account: 'malpractice-insurance', method: 'full-budget' },
    { account: 'medical-surgical-supplies', method: 'committed-and-remaining' },
  ],
});
console.log('\nYear-end forecast (run rate unless a rule says otherwise):');
for (const row of forecast.rows.filter((r) => r.budget.amount !== '0' && (r.depth <= 1 || r.account === 'medical-surgical-supplies'))) {
  console.log(`  ${row.name.padEnd(30)} ${row.method.padEnd(24)} forecast ${row.forecast.amount.padStart(11)}  budget ${row.budget.amount.padStart(11)}  ${row.status}`);
}
