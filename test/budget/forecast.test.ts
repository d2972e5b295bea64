import { describe, expect, it } from 'vitest';
import { costEntriesToLayers, forecastYearEnd } from 'practiceops/budget';
import { aprilSnapshot, clinicBudget, entry } from './fixture.js';

describe('forecastYearEnd', () => {
  const snapshot = {
    budget: clinicBudget(),
    entries: [entry('staff', '2026-01-15', '9000', { costCentre: 'north' }), entry('staff', '2026-02-15', '9100', { costCentre: 'north' }), entry('it', '2026-02-01', '590')],
  };

  it('extends actuals at run rate: actual / elapsed days x days in the year', () => {
    // 2026-01-01..2026-02-28 is 59 days; 18,100 x 365 / 59 = 111,974.576... -> 111,974.58.
    const f = forecastYearEnd(snapshot, { asOf: '2026-02-28' });
    expect(f.elapsedDays).toBe(59);
    expect(f.yearDays).toBe(365);
    const staff = f.rows.find((r) => r.account === 'staff');
    expect(staff?.forecast.amount).toBe('111974.58');
    expect(staff?.budget.amount).toBe('120000');
    expect(staff?.status).toBe('favourable');
  });

  it('uses rules by account subtree: remaining budget, full budget, nearest rule wins', () => {
    const f = forecastYearEnd(snapshot, {
      asOf: '2026-02-28',
      rules: [
        { account: 'costs', method: 'full-budget' },
        { account: 'staff', method: 'remaining-budget' },
      ],
    });
    const staff = f.rows.find((r) => r.account === 'staff');
    // 18,100 actual + 10 months x 10,000 still to come = 118,100.
    expect(staff?.method).toBe('remaining-budget');
    expect(staff?.forecast.amount).toBe('118100');
    const it = f.rows.find((r) => r.account === 'it');
    expect(it?.method).toBe('full-budget');
    expect(it?.forecast.amount).toBe('590'); // no budget: the year ends at the actual
    const costs = f.rows.find((r) => r.account === 'costs');
    expect(costs?.forecast.amount).toBe(String(118100 + 590 + 12 * 2220));
  });

  it('adds commitments with committed-and-remaining', () => {
    const f = forecastYearEnd(aprilSnapshot(), { asOf: '2026-04-30', rules: [{ account: 'supplies', method: 'committed-and-remaining' }] });
    // 900 actual + 700 committed + 8 months x 2,220 = 19,360.
    expect(f.rows.find((r) => r.account === 'supplies')?.forecast.amount).toBe('19360');
  });

  it('rejects a rule for an unknown account and a date outside the year', () => {
    expect(() => forecastYearEnd(snapshot, { asOf: '2026-02-28', rules: [{ account: 'nope', method: 'run-rate' }] })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: ['rules', 0, 'account'] }),
    );
    expect(() => forecastYearEnd(snapshot, { asOf: '2025-12-31' })).toThrow(expect.objectContaining({ code: 'OUT_OF_DOMAIN' }));
  });
});

describe('costEntriesToLayers', () => {
  it('keeps actual, committed and projected apart, by account, cost centre and month', () => {
    const layers = costEntriesToLayers(
      [
        entry('staff', '2026-04-03', '100.10', { costCentre: 'north', quantity: 8 }),
        entry('staff', '2026-04-04', '200.20', { costCentre: 'north', quantity: 7.5 }),
        entry('staff', '2026-05-01', '5', { costCentre: 'north' }),
        entry('supplies', '2026-04-06', '700', { layer: 'committed' }),
        entry('supplies', '2026-04-06', '50', { layer: 'projected' }),
      ],
      'USD',
    );
    expect(layers.actual).toEqual([
      { account: 'staff', costCentre: 'north', period: '2026-04', amount: { amount: '300.3', currency: 'USD' }, count: 2, quantity: 15.5 },
      { account: 'staff', costCentre: 'north', period: '2026-05', amount: { amount: '5', currency: 'USD' }, count: 1 },
    ]);
    expect(layers.committed.map((l) => l.amount.amount)).toEqual(['700']);
    expect(layers.projected.map((l) => l.amount.amount)).toEqual(['50']);
  });

  it('refuses an entry in another currency', () => {
    expect(() => costEntriesToLayers([{ ...entry('a', '2026-01-01', '1'), amount: { amount: '1', currency: 'EUR' } }], 'USD')).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH', path: ['entries', 0, 'amount', 'currency'] }),
    );
  });
});
