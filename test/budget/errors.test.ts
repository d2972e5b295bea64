import { describe, expect, it } from 'vitest';
import { isPracticeOpsError } from 'practiceops';
import { budgetReport, budgetVariance, fiscalPeriods, flexibleBudget, parseBudget, prorateBudget, spreadAmount } from 'practiceops/budget';
import { aprilSnapshot, clinicBudget, usd } from './fixture.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isPracticeOpsError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe('bad input gets a typed PracticeOpsError, never a TypeError', () => {
  it('checks the budget: unknown accounts, cycles, mixed kinds, lines outside the year, missing volumes', () => {
    const base = clinicBudget();
    try {
      parseBudget({ ...base, lines: [{ account: 'ghost', period: '2026-04', amount: '1' }] });
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'UNKNOWN_REFERENCE')).toBe(true);
      if (isPracticeOpsError(error)) expect(error.path).toEqual(['lines', 0, 'account']);
    }
    const cyclic = {
      ...base,
      accounts: [
        { id: 'a', name: 'A', kind: 'cost', parent: 'b' },
        { id: 'b', name: 'B', kind: 'cost', parent: 'a' },
      ],
      lines: [],
      volumes: [],
    };
    expect(codeOf(() => parseBudget(cyclic))).toBe('CONFLICT');
    const mixed = { ...base, accounts: [...(base.accounts ?? []), { id: 'odd', name: 'Odd', kind: 'revenue', parent: 'costs' }] };
    expect(codeOf(() => parseBudget(mixed))).toBe('CONFLICT');
    expect(codeOf(() => parseBudget({ ...base, lines: [{ account: 'it', period: '2027-01', amount: '1' }] }))).toBe('CONFLICT');
    expect(codeOf(() => parseBudget({ ...base, volumes: [] }))).toBe('CONFLICT');
    expect(codeOf(() => parseBudget({ ...base, fiscalYearStart: '2026-01-15' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseBudget({ ...base, lines: [{ account: 'it', period: '2026-04', amount: 12.5 }] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseBudget(null))).toBe('INVALID_INPUT');
  });

  it('checks money, periods and ranges', () => {
    expect(codeOf(() => spreadAmount(usd('100.005'), 3))).toBe('INVALID_INPUT');
    expect(codeOf(() => spreadAmount(usd('100'), 3, { method: 'days' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => spreadAmount(usd('100'), fiscalPeriods('2026-01-01'), { weights: [1, 2] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => spreadAmount({ amount: 100 } as never, 3))).toBe('INVALID_INPUT');
    expect(codeOf(() => prorateBudget(usd('1'), { start: '2026-04-30', end: '2026-04-01' }, '2026-04-10'))).toBe('INVALID_INPUT');
    expect(codeOf(() => budgetVariance({ budget: usd('1'), actual: { amount: '1', currency: 'EUR' } }))).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => flexibleBudget({ fixed: usd('1'), variableRate: usd('1'), plannedVolume: -3, actualVolume: 1 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => budgetReport(aprilSnapshot(), { asOf: '2026-04-10', from: '2025-12' }))).toBe('OUT_OF_DOMAIN');
    expect(codeOf(() => budgetReport(aprilSnapshot(), { asOf: '2026-04-10', from: '2026-05', to: '2026-04' }))).toBe('OUT_OF_DOMAIN');
    const foreign = { ...aprilSnapshot(), entries: [{ source: 's', account: 'it', date: '2026-04-01', amount: { amount: '1', currency: 'EUR' }, layer: 'actual' as const }] };
    expect(codeOf(() => budgetReport(foreign, { asOf: '2026-04-10' }))).toBe('CURRENCY_MISMATCH');
  });
});

describe('budgetReport', () => {
  it('limits to a cost centre, keeps layers apart and computes remaining', () => {
    const north = budgetReport(aprilSnapshot(), { asOf: '2026-04-10', from: '2026-04', to: '2026-04', costCentre: 'north' });
    const supplies = north.rows.find((r) => r.account === 'supplies');
    expect(supplies?.budget.amount).toBe('2220'); // 600 + 5.40 x 300 (issue 7's driven line: fixed + rate x volume)
    expect(supplies?.prorated.amount).toBe('740');
    expect(supplies?.actual.amount).toBe('900');
    expect(supplies?.committed.amount).toBe('700');
    expect(supplies?.remaining.amount).toBe('620');
    expect(north.rows.find((r) => r.account === 'staff')?.budget.amount).toBe('6000');
    expect(north.totals.revenue.actual.amount).toBe('0'); // revenue entry has no cost centre
  });

  it('flexes driven lines to the actual volume', () => {
    const report = budgetReport({ ...aprilSnapshot(), actualVolumes: [{ driver: 'patients', period: '2026-04', volume: '380' }] }, { asOf: '2026-04-30', from: '2026-04', to: '2026-04' });
    expect(report.rows.find((r) => r.account === 'supplies')?.flexible.amount).toBe('2652'); // 600 + 5.40 x 380
  });

  it('defaults to the fiscal year to date and does not mutate its input', () => {
    const snapshot = aprilSnapshot();
    const copy = structuredClone(snapshot);
    const ytd = budgetReport(snapshot, { asOf: '2026-04-10' });
    expect([ytd.from, ytd.to]).toEqual(['2026-01', '2026-04']);
    expect(ytd.rows.find((r) => r.account === 'revenue')?.budget.amount).toBe('120000');
    expect(snapshot).toEqual(copy);
  });
});

describe('a fiscal year that starts in July', () => {
  it('runs July to June and reports the year to date across the calendar year', () => {
    expect(fiscalPeriods('2025-07-01').map((p) => p.id)).toEqual([
      '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06',
    ]);
    const budget = { ...clinicBudget(), fiscalYearStart: '2025-07-01', lines: [{ account: 'it', period: '2025-07', amount: '100' }, { account: 'it', period: '2026-02', amount: '100' }], volumes: [] };
    const report = budgetReport({ budget }, { asOf: '2026-02-14' });
    expect([report.from, report.to]).toEqual(['2025-07', '2026-02']);
    expect(report.rows.find((r) => r.account === 'it')?.prorated.amount).toBe('150'); // 100 + 100 x 14/28
  });
});
