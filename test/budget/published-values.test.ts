import { describe, expect, it } from 'vitest';
import { money } from 'practiceops';
import { budgetReport, budgetReportByPeriod, budgetVariance, fiscalPeriods, flexibleBudget, flexibleVariances, prorateBudget, spreadAmount, spreadLines } from 'practiceops/budget';
import { Dec } from '../../src/core/internal/decimal.js';

const usd = (amount: string) => money(amount, 'USD');
const wholePercent = (p: string | null | undefined) => (p == null ? null : new Dec(p).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber());

describe('spreadAmount', () => {
  it('spreads 100,000.00 over twelve months as four of 8,333.34 and eight of 8,333.33', () => {
    // Source: issue 7 of practiceops (largest remainder over twelve months).
    const parts = spreadAmount(usd('100000.00'), fiscalPeriods('2026-01-01')).map((p) => p.amount.amount);
    expect(parts.filter((a) => a === '8333.34')).toHaveLength(4);
    expect(parts.filter((a) => a === '8333.33')).toHaveLength(8);
    expect(parts.slice(0, 4)).toEqual(['8333.34', '8333.34', '8333.34', '8333.34']);
  });

  it('spreads by a custom distribution: 8% January to October, 10% November and December', () => {
    // Source: issue 7 of practiceops (custom distribution example).
    const weights = [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 10];
    const parts = spreadAmount(usd('120000'), fiscalPeriods('2026-01-01'), { weights });
    expect(parts.map((p) => p.amount.amount)).toEqual([...Array(10).fill('9600'), '12000', '12000']);
  });

  it('turns an annual amount into budget lines that sum exactly', () => {
    // Source: issue 7 of practiceops (100,000.00 over twelve months), as lines of a July fiscal year.
    const lines = spreadLines({ account: 'it', costCentre: 'north', total: usd('100000.00'), periods: fiscalPeriods('2025-07-01') });
    expect(lines[0]).toEqual({ account: 'it', costCentre: 'north', period: '2025-07', amount: '8333.34' });
    expect(lines[11]).toEqual({ account: 'it', costCentre: 'north', period: '2026-06', amount: '8333.33' });
  });

  it('spreads by days: 365,000 over 2026 gives 31,000 for January and 28,000 for February', () => {
    // Source: days-in-month arithmetic (1,000 a day in a 365-day year).
    const parts = spreadAmount(usd('365000'), fiscalPeriods('2026-01-01'), { method: 'days' });
    expect(parts[0]?.amount.amount).toBe('31000');
    expect(parts[1]?.amount.amount).toBe('28000');
  });
});

describe('prorateBudget', () => {
  it('prorates 3,000 for April to April 10 as 1,000 (both first and last day counted)', () => {
    // Source: issue 7 of practiceops.
    expect(prorateBudget(usd('3000'), { start: '2026-04-01', end: '2026-04-30' }, '2026-04-10').amount).toBe('1000');
  });

  it('counts the whole period once started, or only once ended', () => {
    const april = { start: '2026-04-01', end: '2026-04-30' };
    expect(prorateBudget(usd('3000'), april, '2026-04-01', { method: 'whole' }).amount).toBe('3000');
    expect(prorateBudget(usd('3000'), april, '2026-04-29', { method: 'ended' }).amount).toBe('0');
    expect(prorateBudget(usd('3000'), april, '2026-04-30', { method: 'ended' }).amount).toBe('3000');
    expect(prorateBudget(usd('3000'), april, '2026-03-31').amount).toBe('0');
  });
});

describe('flexibleBudget', () => {
  it('gives a static budget of $22,200 for 300 patients and a flexible budget of $26,520 for 380', () => {
    // Source: issue 7 of practiceops ($54 variable cost per patient, $6,000 fixed; healthcare-finance textbook flexible budget).
    const f = flexibleBudget({ fixed: usd('6000'), variableRate: usd('54'), plannedVolume: 300, actualVolume: 380 });
    expect(f.staticBudget.amount).toBe('22200');
    expect(f.flexibleBudget.amount).toBe('26520');
    expect(f.volumeVariance.amount.amount).toBe('4320');
    expect(f.volumeVariance.status).toBe('unfavourable');
  });

  it('splits the spending variance into price at actual volume', () => {
    // Worked from the same example: actual $57 per patient on 380 patients, $6,000 fixed -> $27,660.
    const f = flexibleBudget({
      fixed: usd('6000'),
      variableRate: usd('54'),
      plannedVolume: '300',
      actualVolume: '380',
      actual: usd('27660'),
      actualRate: usd('57'),
    });
    expect(f.spendingVariance?.amount.amount).toBe('1140');
    expect(f.priceVariance?.amount.amount).toBe('1140');
    expect(f.totalVariance?.amount.amount).toBe('5460');
  });

  it('reproduces Gapenski, Healthcare Finance, problem 8.1 (Newark General Hospital, $ millions)', () => {
    // Source: Gapenski, Healthcare Finance: An Introduction to Accounting and Financial Management, problem 8.1:
    // revenues static 4.7, flexible 4.8, actual 4.5; costs static 4.1, flexible 4.1, actual 4.2.
    const revenue = flexibleVariances({ staticBudget: usd('4.7'), flexibleBudget: usd('4.8'), actual: usd('4.5'), kind: 'revenue' });
    expect(revenue.totalVariance).toEqual({ amount: usd('-0.2'), status: 'unfavourable' });
    expect(revenue.volumeVariance).toEqual({ amount: usd('0.1'), status: 'favourable' });
    expect(revenue.spendingVariance).toEqual({ amount: usd('-0.3'), status: 'unfavourable' }); // the price variance
    const cost = flexibleVariances({ staticBudget: usd('4.1'), flexibleBudget: usd('4.1'), actual: usd('4.2') });
    expect(cost.totalVariance).toEqual({ amount: usd('0.1'), status: 'unfavourable' });
    expect(cost.volumeVariance).toEqual({ amount: usd('0'), status: 'on-budget' });
    expect(cost.spendingVariance).toEqual({ amount: usd('0.1'), status: 'unfavourable' }); // the management variance
  });
});

describe('flexibleBudget on the Carroll Clinic problem', () => {
  // Source: Gapenski, Healthcare Finance (Carroll Clinic operating budget vs actual results problem):
  // budget: payer A 9,000 visits at $100, payer B 12,000 visits at $90, supplies $315,000 variable (21,000 visits);
  // actual: payer A 11,000 visits at $95, payer B 12,000 visits at $95, supplies $350,000.
  it('splits revenue variances into volume and price by payer', () => {
    const a = flexibleBudget({ fixed: usd('0'), variableRate: usd('100'), plannedVolume: 9000, actualVolume: 11000, actual: usd('1045000'), actualRate: usd('95'), kind: 'revenue' });
    expect(a.staticBudget.amount).toBe('900000');
    expect(a.flexibleBudget.amount).toBe('1100000');
    expect(a.volumeVariance).toEqual({ amount: usd('200000'), status: 'favourable' });
    expect(a.priceVariance).toEqual({ amount: usd('-55000'), status: 'unfavourable' });
    const b = flexibleBudget({ fixed: usd('0'), variableRate: usd('90'), plannedVolume: 12000, actualVolume: 12000, actual: usd('1140000'), kind: 'revenue' });
    expect(b.volumeVariance.status).toBe('on-budget');
    expect(b.spendingVariance).toEqual({ amount: usd('60000'), status: 'favourable' });
    // Total revenue: static 1,980,000, flexible 2,180,000, actual 2,185,000.
    const total = flexibleVariances({ staticBudget: usd('1980000'), flexibleBudget: usd('2180000'), actual: usd('2185000'), kind: 'revenue' });
    expect(total.volumeVariance.amount.amount).toBe('200000');
    expect(total.spendingVariance.amount.amount).toBe('5000');
    expect(total.totalVariance).toEqual({ amount: usd('205000'), status: 'favourable' });
  });

  it('flexes the variable supplies cost ($15 a visit) to 23,000 visits', () => {
    const supplies = flexibleBudget({ fixed: usd('0'), variableRate: usd('15'), plannedVolume: 21000, actualVolume: 23000, actual: usd('350000') });
    expect(supplies.staticBudget.amount).toBe('315000');
    expect(supplies.flexibleBudget.amount).toBe('345000');
    expect(supplies.volumeVariance).toEqual({ amount: usd('30000'), status: 'unfavourable' });
    expect(supplies.spendingVariance).toEqual({ amount: usd('5000'), status: 'unfavourable' });
  });
});

describe('budgetVariance', () => {
  it('is unfavourable for a cost over budget and favourable for revenue over budget', () => {
    const cost = budgetVariance({ budget: usd('400'), actual: usd('412') });
    expect(cost.variance.amount).toBe('12');
    expect(cost.variancePercent).toBe('3');
    expect(cost.status).toBe('unfavourable');
    const revenue = budgetVariance({ budget: usd('2000'), actual: usd('2100'), kind: 'revenue' });
    expect(revenue.status).toBe('favourable');
    expect(revenue.percentOfBudget).toBe('105'); // hledger manual, budget report: income $2100 [105% of $2000]
  });

  it('compares with the prorated budget to date', () => {
    const v = budgetVariance({ budget: usd('3000'), actual: usd('1200'), prorated: usd('1000') });
    expect(v.status).toBe('favourable');
    expect(v.statusToDate).toBe('unfavourable');
    expect(v.varianceToProrated?.amount).toBe('200');
    expect(v.percentOfProrated).toBe('120');
  });
});

// The hledger manual's budget report example ("Budget report" section of the balance command):
// ~ monthly: income $2000, expenses:food $400, expenses:bus $50, expenses:movies $30;
// Nov: income $1950, food $396, bus $49, movies $30, supplies $20; Dec: income $2100, food $412, bus $53, gifts $100.
const hledgerBudget = {
  name: 'hledger manual',
  currency: 'USD',
  fiscalYearStart: '2017-01-01',
  accounts: [
    { id: 'income', name: 'income', kind: 'revenue' },
    { id: 'expenses', name: 'expenses', kind: 'cost' },
    { id: 'expenses:bus', name: 'bus', kind: 'cost', parent: 'expenses' },
    { id: 'expenses:food', name: 'food', kind: 'cost', parent: 'expenses' },
    { id: 'expenses:gifts', name: 'gifts', kind: 'cost', parent: 'expenses' },
    { id: 'expenses:movies', name: 'movies', kind: 'cost', parent: 'expenses' },
    { id: 'expenses:supplies', name: 'supplies', kind: 'cost', parent: 'expenses' },
  ],
  lines: ['2017-11', '2017-12'].flatMap((period) => [
    { account: 'income', period, amount: '2000' },
    { account: 'expenses:food', period, amount: '400' },
    { account: 'expenses:bus', period, amount: '50' },
    { account: 'expenses:movies', period, amount: '30' },
  ]),
} as const;
const posted = (date: string, account: string, amount: string) => ({ source: 'journal', account, date, amount: usd(amount), layer: 'actual' as const });
const hledgerEntries = [
  posted('2017-11-01', 'income', '1950'),
  posted('2017-11-01', 'expenses:food', '396'),
  posted('2017-11-01', 'expenses:bus', '49'),
  posted('2017-11-01', 'expenses:movies', '30'),
  posted('2017-11-01', 'expenses:supplies', '20'),
  posted('2017-12-01', 'income', '2100'),
  posted('2017-12-01', 'expenses:food', '412'),
  posted('2017-12-01', 'expenses:bus', '53'),
  posted('2017-12-01', 'expenses:gifts', '100'),
];

describe('budgetReport against the hledger manual', () => {
  const row = (report: ReturnType<typeof budgetReport>, id: string) => report.rows.find((r) => r.account === id);

  it('matches the November column: expenses $495 [103% of $480], bus $49 [98% of $50], food $396 [99% of $400]', () => {
    const nov = budgetReport({ budget: hledgerBudget, entries: hledgerEntries }, { asOf: '2017-11-30', from: '2017-11', to: '2017-11' });
    expect(row(nov, 'expenses')?.actual.amount).toBe('495');
    expect(row(nov, 'expenses')?.budget.amount).toBe('480');
    expect(wholePercent(row(nov, 'expenses')?.variance.percentOfBudget)).toBe(103);
    expect(wholePercent(row(nov, 'expenses:bus')?.variance.percentOfBudget)).toBe(98);
    expect(wholePercent(row(nov, 'expenses:food')?.variance.percentOfBudget)).toBe(99);
    expect(wholePercent(row(nov, 'expenses:movies')?.variance.percentOfBudget)).toBe(100);
    expect(wholePercent(row(nov, 'income')?.variance.percentOfBudget)).toBe(98);
    // <unbudgeted>: $20 in November
    expect(nov.unbudgeted.actual.amount).toBe('20');
    expect(nov.unbudgeted.rows.map((r) => r.account)).toEqual(['expenses:supplies']);
  });

  it('matches the December column: expenses $565 [118% of $480], bus $53 [106%], food $412 [103%], movies 0 [0% of $30]', () => {
    const dec = budgetReport({ budget: hledgerBudget, entries: hledgerEntries }, { asOf: '2017-12-31', from: '2017-12', to: '2017-12' });
    expect(row(dec, 'expenses')?.actual.amount).toBe('565');
    expect(wholePercent(row(dec, 'expenses')?.variance.percentOfBudget)).toBe(118);
    expect(wholePercent(row(dec, 'expenses:bus')?.variance.percentOfBudget)).toBe(106);
    expect(wholePercent(row(dec, 'expenses:food')?.variance.percentOfBudget)).toBe(103);
    expect(wholePercent(row(dec, 'expenses:movies')?.variance.percentOfBudget)).toBe(0);
    expect(wholePercent(row(dec, 'income')?.variance.percentOfBudget)).toBe(105);
    expect(dec.unbudgeted.actual.amount).toBe('100');
  });

  it('matches the cumulative report: expenses $1060 [110% of $960], movies $30 [50% of $60], food $808 [101% of $800]', () => {
    const both = budgetReport({ budget: hledgerBudget, entries: hledgerEntries }, { asOf: '2017-12-31', from: '2017-11', to: '2017-12' });
    expect(row(both, 'expenses')?.actual.amount).toBe('1060');
    expect(row(both, 'expenses')?.budget.amount).toBe('960');
    expect(wholePercent(row(both, 'expenses')?.variance.percentOfBudget)).toBe(110);
    expect(wholePercent(row(both, 'expenses:movies')?.variance.percentOfBudget)).toBe(50);
    expect(wholePercent(row(both, 'expenses:food')?.variance.percentOfBudget)).toBe(101);
    expect(wholePercent(row(both, 'income')?.variance.percentOfBudget)).toBe(101);
  });

  it('gives the monthly columns in one call (hledger balance --budget -M)', () => {
    // Source: hledger manual budget report: expenses $495 [103% of $480] in Nov, $565 [118% of $480] in Dec.
    const months = budgetReportByPeriod({ budget: hledgerBudget, entries: hledgerEntries }, { asOf: '2017-12-31', from: '2017-11', to: '2017-12' });
    expect(months.map((m) => m.from)).toEqual(['2017-11', '2017-12']);
    expect(months.map((m) => row(m, 'expenses')?.actual.amount)).toEqual(['495', '565']);
    expect(months.map((m) => wholePercent(row(m, 'expenses')?.variance.percentOfBudget))).toEqual([103, 118]);
  });

  it('adds a parent budget to its children budgets and rolls unbudgeted children into the nearest budgeted parent', () => {
    // Source: hledger manual, "Budgets and subaccounts": expenses:personal $1,000 and expenses:personal:electronics $100;
    // postings electronics $90, electronics:upgrades $10, personal:train tickets $153, personal $30
    // -> expenses:personal $283 [26% of $1100], electronics $100 [100% of $100], nothing unbudgeted.
    const budget = {
      name: 'subaccounts',
      currency: 'USD',
      fiscalYearStart: '2019-01-01',
      accounts: [
        { id: 'expenses', name: 'expenses', kind: 'cost' },
        { id: 'expenses:personal', name: 'personal', kind: 'cost', parent: 'expenses' },
        { id: 'expenses:personal:electronics', name: 'electronics', kind: 'cost', parent: 'expenses:personal' },
        { id: 'expenses:personal:electronics:upgrades', name: 'upgrades', kind: 'cost', parent: 'expenses:personal:electronics' },
        { id: 'expenses:personal:train tickets', name: 'train tickets', kind: 'cost', parent: 'expenses:personal' },
      ],
      lines: [
        { account: 'expenses:personal', period: '2019-01', amount: '1000.00' },
        { account: 'expenses:personal:electronics', period: '2019-01', amount: '100.00' },
      ],
    } as const;
    const entries = [
      posted('2019-01-01', 'expenses:personal:electronics', '90.00'),
      posted('2019-01-02', 'expenses:personal:electronics:upgrades', '10.00'),
      posted('2019-01-02', 'expenses:personal:train tickets', '153.00'),
      posted('2019-01-03', 'expenses:personal', '30.00'),
    ];
    const jan = budgetReport({ budget, entries }, { asOf: '2019-01-31', from: '2019-01', to: '2019-01' });
    expect(row(jan, 'expenses')?.actual.amount).toBe('283');
    expect(row(jan, 'expenses')?.budget.amount).toBe('1100');
    expect(row(jan, 'expenses:personal')?.budget.amount).toBe('1100');
    expect(wholePercent(row(jan, 'expenses:personal')?.variance.percentOfBudget)).toBe(26);
    expect(row(jan, 'expenses:personal:electronics')?.actual.amount).toBe('100');
    expect(wholePercent(row(jan, 'expenses:personal:electronics')?.variance.percentOfBudget)).toBe(100);
    expect(jan.unbudgeted.rows).toEqual([]);
  });
});
