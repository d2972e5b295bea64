import { describe, expect, it } from 'vitest';
import {
  daysInAccountsReceivable,
  fteFromHours,
  netCollectionRate,
  operatingCostPerFtePhysician,
  overheadRatio,
  staffCostPercentOfRevenue,
  totalFte,
} from 'practiceops/budget';
import { money } from 'practiceops';
import { usd } from './fixture.js';

describe('practice KPIs (MGMA formulas)', () => {
  it('counts FTE as hours over the standard week, capped at 1.0', () => {
    // Source: MGMA DataDive / Cost and Revenue survey FTE definition: a full-time person works the practice's
    // normal week; nobody counts as more than 1.0 FTE regardless of hours worked.
    expect(fteFromHours(20)).toBe('0.5');
    expect(fteFromHours(40)).toBe('1');
    expect(fteFromHours(60)).toBe('1');
    expect(fteFromHours('32', { standardWeekHours: 36 })).toBe('0.8889');
    expect(totalFte([40, 50, 20])).toBe('2.5');
  });

  it('computes operating cost per FTE physician', () => {
    // Source: MGMA "total operating cost per FTE physician" = total operating cost / physician FTE.
    expect(operatingCostPerFtePhysician(usd('1500000'), totalFte([40, 50, 20]))).toEqual(usd('600000'));
    expect(operatingCostPerFtePhysician(usd('100000'), '3')).toEqual(usd('33333.33'));
  });

  it('computes the overhead ratio and staff cost as % of revenue', () => {
    // Source: MGMA cost survey ratios: total operating cost (or support staff cost) as a percent of total medical revenue.
    expect(overheadRatio(usd('600000'), usd('1000000'))).toBe('60');
    expect(staffCostPercentOfRevenue(usd('250000'), usd('1000000'))).toBe('25');
  });

  it('computes the net (adjusted) collection rate', () => {
    // Source: MGMA adjusted collection rate = payments (net of refunds) / (gross charges - contractual adjustments).
    expect(netCollectionRate({ payments: usd('57000'), charges: usd('100000'), contractualAdjustments: usd('40000') })).toBe('95');
    expect(netCollectionRate({ payments: usd('57500'), refunds: usd('500'), charges: usd('100000'), contractualAdjustments: usd('40000') })).toBe('95');
  });

  it('computes days in accounts receivable from average daily charges', () => {
    // Source: MGMA / HFMA days in A/R = total A/R / (gross charges over the period / days in the period).
    expect(daysInAccountsReceivable({ receivables: usd('150000'), charges: usd('450000'), days: 90 })).toBe('30');
  });

  it('refuses a zero denominator or mixed currencies with a typed error', () => {
    expect(() => overheadRatio(usd('1'), usd('0'))).toThrow(expect.objectContaining({ code: 'OUT_OF_DOMAIN' }));
    expect(() => overheadRatio(usd('1'), money('1', 'EUR'))).toThrow(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
    expect(() => operatingCostPerFtePhysician(usd('1'), 0)).toThrow(expect.objectContaining({ code: 'OUT_OF_DOMAIN' }));
    expect(() => fteFromHours(-1)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
