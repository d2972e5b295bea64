import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CostEntrySchema, sumMoney, type CostEntry } from '../../src/core/index.js';
import { labourCost } from '../../src/rota/index.js';
import { a, practiceProblem } from './helpers/practice.js';

const MON_TO_SUN = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];

function totals(entries: ReturnType<typeof labourCost>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const category of ['regular', 'overtime', 'double-time']) {
    out[category] = sumMoney(entries.filter((e) => e.category === category).map((e) => e.amount), 'USD').amount;
  }
  return out;
}

describe('labourCost', () => {
  it('FLSA: hours over 40 in the workweek are paid at 1.5x (29 CFR 778.107)', () => {
    // Ben, 22.50/h, workweek Sunday-Saturday: six 8-hour late shifts Monday-Saturday = 48 h
    const entries = labourCost(practiceProblem(), { assignments: MON_TO_SUN.slice(0, 6).map((d) => a('ben', d, 'late')) });
    expect(totals(entries)).toEqual({ regular: '900', overtime: '270', 'double-time': '0' });
    const saturday = entries.filter((e) => e.date === '2026-03-07');
    expect(saturday.map((e) => [e.category, e.quantity, e.amount.amount])).toEqual([['overtime', 8, '270']]);
    const forBudget: readonly CostEntry[] = entries; // a LabourCostEntry is a core CostEntry
    for (const entry of forBudget) {
      expect(CostEntrySchema.parse(entry)).toEqual(entry);
      expect(entry).toMatchObject({ source: 'rota', layer: 'projected', account: 'support-staff-salaries', reference: 'ben' });
    }
  });

  it('FLSA: history earlier in the workweek counts toward the 40 hours', () => {
    // Sunday 2026-03-01 is in the workweek but before the horizon
    const problem = practiceProblem({ history: [a('ben', '2026-03-01', 'late')] });
    const entries = labourCost(problem, { assignments: MON_TO_SUN.slice(0, 5).map((d) => a('ben', d, 'late')) });
    expect(totals(entries)).toEqual({ regular: '720', overtime: '270', 'double-time': '0' });
  });

  it('California: over 8 h a day at 1.5x, over 12 h at 2x (Labor Code 510)', () => {
    const problem = practiceProblem({ shiftTypes: [{ id: 'long', start: '06:00', durationMinutes: 13 * 60 }] });
    const entries = labourCost(problem, { assignments: [a('cy', '2026-03-03', 'long')] });
    // Cy, 19.00/h: 8 h x 19 = 152, 4 h x 28.50 = 114, 1 h x 38 = 38
    expect(entries.map((e) => [e.category, e.quantity, e.amount.amount])).toEqual([
      ['regular', 8, '152'],
      ['overtime', 4, '114'],
      ['double-time', 1, '38'],
    ]);
  });

  it('California: the seventh consecutive day of the workweek, and the weekly 40 h', () => {
    const problem = practiceProblem({
      staff: [{ id: 'cy', contractId: 'flex', payRate: '19.00', overtimeRule: 'california', workweekStartsOn: 1 }],
    });
    // Monday-Saturday 8 h late shifts, Sunday a 10 h night: day 6 pushes past 40 h, day 7 is the seventh day
    const assignments = [...MON_TO_SUN.slice(0, 6).map((d) => a('cy', d, 'late')), a('cy', '2026-03-08', 'night')];
    const entries = labourCost(problem, { assignments });
    expect(entries.filter((e) => e.date >= '2026-03-07').map((e) => [e.date, e.category, e.quantity, e.amount.amount])).toEqual([
      ['2026-03-07', 'overtime', 8, '228'],
      ['2026-03-08', 'overtime', 8, '228'],
      ['2026-03-08', 'double-time', 2, '76'],
    ]);
    expect(totals(entries)).toEqual({ regular: '760', overtime: '456', 'double-time': '76' });
  });

  it('exempt staff and unpaid breaks; exact money rounded half-even per entry', () => {
    const problem = practiceProblem({
      staff: [{ id: 'dee', contractId: 'flex', payRate: '17.33', exempt: true }],
      currency: 'USD',
    });
    // day shift: 480 min less a 30-min unpaid break = 7.5 h x 17.33 = 129.975 -> 129.98 (half-even)
    const entries = labourCost(problem, { assignments: MON_TO_SUN.map((d) => a('dee', d, 'day')) }, { layer: 'actual', account: 'clinical-salaries', costCentre: 'main' });
    expect(entries).toHaveLength(7);
    expect(entries[0]).toMatchObject({ category: 'regular', quantity: 7.5, amount: { amount: '129.98', currency: 'USD' }, layer: 'actual', account: 'clinical-salaries', costCentre: 'main' });
  });

  it('accounts by role; staff without a pay rate give no entries', () => {
    const problem = practiceProblem({
      staff: [
        { id: 'ana', roles: ['rn'], contractId: 'flex', payRate: '40' },
        { id: 'vol', contractId: 'flex' },
      ],
    });
    const entries = labourCost(problem, { assignments: [a('ana', '2026-03-02', 'late'), a('vol', '2026-03-02', 'late')] }, { accountsByRole: { rn: 'nursing-salaries' } });
    expect(entries.map((e) => [e.reference, e.account, e.amount.amount])).toEqual([['ana', 'nursing-salaries', '320']]);
  });

  it('property: paid hours are conserved across categories', () => {
    const shifts = ['early', 'day', 'late', 'night'] as const;
    const paid: Record<string, number> = { early: 4, day: 7.5, late: 8, night: 10 };
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ date: fc.constantFrom(...MON_TO_SUN), shift: fc.constantFrom(...shifts) }), { selector: (x) => x.date, maxLength: 7 }),
        fc.constantFrom('ana', 'ben', 'cy'),
        (picks, who) => {
          const entries = labourCost(practiceProblem(), { assignments: picks.map((p) => a(who, p.date, p.shift)) });
          const hours = entries.reduce((s, e) => s + (e.quantity ?? 0), 0);
          // the night starting Saturday 2026-03-07 spans the DST jump: 10 wall hours are 9 real hours
          const expected = picks.reduce((s, p) => s + (paid[p.shift] ?? 0) - (p.shift === 'night' && p.date === '2026-03-07' ? 1 : 0), 0);
          expect(hours).toBeCloseTo(expected, 6);
        },
      ),
      { numRuns: 100 },
    );
  });
});
