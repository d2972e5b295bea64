import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkContinuingEducation, US_CREDENTIAL_TYPES } from 'practiceops/credentials';

const cma = US_CREDENTIAL_TYPES.find((t) => t.id === 'cma')!;
const cycle = { start: '2019-02-10', end: '2024-02-29' };
const credit = (credits: number, category: string, provider: string, date: string) => ({ credits, category, provider, date });

describe('checkContinuingEducation', () => {
  it('ships the AAMA CMA recertification requirement', () => {
    // AAMA recertification by continuing education: 60 points, at least 10 administrative, 10 clinical,
    // 10 general, and at least 30 AAMA-approved.
    expect(cma.continuingEducation).toMatchObject({
      total: 60,
      unit: 'points',
      categories: [
        { category: 'administrative', minimum: 10 },
        { category: 'clinical', minimum: 10 },
        { category: 'general', minimum: 10 },
      ],
      approvedProviders: { providers: ['AAMA'], minimum: 30 },
    });
  });
  it('is met with 60 points spread as required', () => {
    const r = checkContinuingEducation({
      requirement: cma.continuingEducation!,
      credits: [credit(10, 'administrative', 'AAMA', '2020-01-01'), credit(10, 'clinical', 'AAMA', '2021-01-01'), credit(10, 'general', 'AAMA', '2022-01-01'), credit(30, 'clinical', 'Other', '2023-01-01')],
      cycle,
    });
    expect(r).toMatchObject({ met: true, earned: 60, fromApprovedProviders: 30, shortfalls: [] });
  });
  it('reports a category short although the total is met', () => {
    const r = checkContinuingEducation({
      requirement: cma.continuingEducation!,
      credits: [credit(10, 'administrative', 'AAMA', '2020-01-01'), credit(45, 'clinical', 'AAMA', '2021-01-01'), credit(6, 'general', 'AAMA', '2022-01-01')],
      cycle,
    });
    expect(r.met).toBe(false);
    expect(r.earned).toBe(61);
    expect(r.shortfalls).toEqual([{ kind: 'category', category: 'general', required: 10, earned: 6, short: 4 }]);
  });
  it('does not count credits from before the cycle (no carry-over) or after it', () => {
    const r = checkContinuingEducation({
      requirement: { total: 30 },
      credits: [credit(40, 'clinical', 'X', '2019-02-09'), credit(20, 'clinical', 'X', '2019-02-10'), credit(5, 'clinical', 'X', '2024-03-01')],
      cycle,
    });
    expect(r.earned).toBe(20);
    expect(r.excluded.map((e) => e.reason)).toEqual(['before-cycle', 'after-cycle']);
    expect(r.shortfalls).toEqual([{ kind: 'total', required: 30, earned: 20, short: 10 }]);
  });
  it('reports approved-provider shortfall, matching providers without regard to case', () => {
    const r = checkContinuingEducation({
      requirement: { total: 10, approvedProviders: { providers: ['AAMA'], minimum: 6 } },
      credits: [credit(4, 'general', 'aama ', '2020-05-01'), credit(6, 'general', 'Other', '2020-05-01')],
      cycle,
    });
    expect(r.shortfalls).toEqual([{ kind: 'approved-providers', required: 6, earned: 4, short: 2 }]);
  });
  it('sums decimals exactly', () => {
    const r = checkContinuingEducation({
      requirement: { total: 0.3 },
      credits: [credit(0.1, 'a', 'x', '2020-01-01'), credit(0.2, 'a', 'x', '2020-01-02')],
      cycle,
    });
    expect(r).toMatchObject({ met: true, earned: 0.3 });
  });
  it('counted + excluded is every credit, and met iff no shortfall (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ credits: fc.integer({ min: 1, max: 20 }), category: fc.constantFrom('a', 'b'), provider: fc.constantFrom('P', 'Q'), day: fc.integer({ min: 0, max: 3000 }) }), { maxLength: 30 }),
        (raw) => {
          const credits = raw.map((c) => ({ ...c, date: new Date(Date.UTC(2018, 0, 1) + c.day * 86_400_000).toISOString().slice(0, 10), day: undefined })).map(({ day: _d, ...c }) => c);
          const r = checkContinuingEducation({ requirement: { total: 50, categories: [{ category: 'a', minimum: 10 }], approvedProviders: { providers: ['P'], minimum: 5 } }, credits, cycle });
          expect(r.counted.length + r.excluded.length).toBe(credits.length);
          expect(r.earned).toBe(r.counted.reduce((s, c) => s + c.credits, 0));
          expect(r.met).toBe(r.shortfalls.length === 0);
        },
      ),
    );
  });
  it('a cycle ending before it starts is INVALID_INPUT', () => {
    expect(() => checkContinuingEducation({ requirement: { total: 1 }, credits: [], cycle: { start: '2020-01-02', end: '2020-01-01' } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['cycle', 'end'] }),
    );
  });
});
