import { describe, expect, it } from 'vitest';
import { scoreRota, type RotaProblemInput } from '../../src/rota/index.js';
import { a, practiceProblem } from './helpers/practice.js';

interface Case {
  readonly rule: string;
  readonly problem: RotaProblemInput;
  readonly assignments: readonly ReturnType<typeof a>[];
  readonly penalty: number;
  readonly actual: number;
  readonly threshold: number;
  readonly dates: readonly string[];
  readonly subject?: string;
  readonly off?: readonly string[];
}

// Monday 2026-03-02 .. Sunday 2026-03-08 (DST starts on the Sunday at 02:00 in New York; no case touches it).
const cases: Case[] = [
  { rule: 'rota/one-shift-per-day', problem: practiceProblem(), assignments: [a('ana', '2026-03-03', 'early'), a('ana', '2026-03-03', 'late')], penalty: 1, actual: 2, threshold: 1, dates: ['2026-03-03'] },
  // night 22:00 + 10 h ends 08:00 Wednesday; early starts 06:00 Wednesday: 120 min overlap
  { rule: 'rota/no-overlap', problem: practiceProblem(), assignments: [a('ana', '2026-03-03', 'night'), a('ana', '2026-03-04', 'early')], penalty: 1, actual: 120, threshold: 0, dates: ['2026-03-03', '2026-03-04'] },
  // late ends 22:00, the next day's day shift starts 08:00: 600 min < 660
  { rule: 'rota/min-rest', problem: practiceProblem({}, { minRestMinutes: 660 }), assignments: [a('ana', '2026-03-03', 'late'), a('ana', '2026-03-04', 'day')], penalty: 1, actual: 600, threshold: 660, dates: ['2026-03-03', '2026-03-04'] },
  { rule: 'rota/forbidden-succession', problem: practiceProblem(), assignments: [a('ana', '2026-03-03', 'late'), a('ana', '2026-03-04', 'early')], penalty: 1, actual: 1, threshold: 0, dates: ['2026-03-03', '2026-03-04'] },
  { rule: 'rota/max-shifts-per-type', problem: practiceProblem({}, { maxShiftsPerType: { early: 1 } }), assignments: [a('ana', '2026-03-03', 'early'), a('ana', '2026-03-05', 'early')], penalty: 1, actual: 2, threshold: 1, dates: ['2026-03-03', '2026-03-05'] },
  { rule: 'rota/daily-minutes', problem: practiceProblem({}, { maxMinutesPerDay: 300 }), assignments: [a('ana', '2026-03-03', 'late')], penalty: 180, actual: 480, threshold: 300, dates: ['2026-03-03'] },
  // ana's workweek starts on Sunday: 2026-03-01 .. 2026-03-07
  { rule: 'rota/weekly-minutes', problem: practiceProblem({}, { maxMinutesPerWeek: 480 }), assignments: [a('ana', '2026-03-03', 'late'), a('ana', '2026-03-05', 'late')], penalty: 480, actual: 960, threshold: 480, dates: ['2026-03-01', '2026-03-07'] },
  { rule: 'rota/pay-period-minutes', problem: practiceProblem({}, { payPeriodDays: 7, maxMinutesPerPayPeriod: 600 }), assignments: [a('ana', '2026-03-03', 'late'), a('ana', '2026-03-05', 'early')], penalty: 120, actual: 720, threshold: 600, dates: ['2026-03-02', '2026-03-08'] },
  { rule: 'rota/total-minutes', problem: practiceProblem({ staff: [{ id: 'ana', contractId: 'flex' }] }, { minTotalMinutes: 960 }), assignments: [a('ana', '2026-03-03', 'late')], penalty: 480, actual: 480, threshold: 960, dates: ['2026-03-02', '2026-03-08'] },
  { rule: 'rota/max-consecutive-work-days', problem: practiceProblem({}, { maxConsecutiveWorkDays: 2 }), assignments: [a('ana', '2026-03-03', 'day'), a('ana', '2026-03-04', 'day'), a('ana', '2026-03-05', 'day')], penalty: 1, actual: 3, threshold: 2, dates: ['2026-03-03', '2026-03-04', '2026-03-05'] },
  { rule: 'rota/min-consecutive-work-days', problem: practiceProblem({ staff: [{ id: 'ana', contractId: 'flex' }] }, { minConsecutiveWorkDays: 2 }), assignments: [a('ana', '2026-03-04', 'day')], penalty: 1, actual: 1, threshold: 2, dates: ['2026-03-04'] },
  { rule: 'rota/min-consecutive-days-off', problem: practiceProblem({ staff: [{ id: 'ana', contractId: 'flex' }] }, { minConsecutiveDaysOff: 2 }), assignments: [a('ana', '2026-03-02', 'day'), a('ana', '2026-03-03', 'day'), a('ana', '2026-03-05', 'day')], penalty: 1, actual: 1, threshold: 2, dates: ['2026-03-04'] },
  { rule: 'rota/max-weekends', problem: practiceProblem({}, { maxWeekends: 0 }), assignments: [a('ana', '2026-03-07', 'day')], penalty: 1, actual: 1, threshold: 0, dates: ['2026-03-07'] },
  { rule: 'rota/days-off', problem: practiceProblem({ fixedDaysOff: [{ staffId: 'ana', date: '2026-03-04' }] }), assignments: [a('ana', '2026-03-04', 'day')], penalty: 1, actual: 1, threshold: 0, dates: ['2026-03-04'] },
  { rule: 'rota/days-off', problem: practiceProblem({ leave: [{ id: 'l1', staffId: 'ana', start: '2026-03-04', end: '2026-03-06', status: 'approved' }] }), assignments: [a('ana', '2026-03-05', 'day')], penalty: 1, actual: 1, threshold: 0, dates: ['2026-03-05'] },
  { rule: 'rota/required-skill', problem: practiceProblem(), assignments: [a('ben', '2026-03-04', 'lab')], penalty: 1, actual: 1, threshold: 0, dates: ['2026-03-04'], subject: 'ben' },
  {
    rule: 'rota/cover-minimum',
    problem: practiceProblem({ cover: [{ date: '2026-03-04', shiftTypeId: 'day', role: 'rn', min: 2, ideal: 2 }] }),
    assignments: [a('ana', '2026-03-04', 'day'), a('ben', '2026-03-04', 'day')],
    penalty: 1,
    actual: 1,
    threshold: 2,
    dates: ['2026-03-04'],
    subject: '2026-03-04/day/rn',
    off: ['rota/cover-ideal'],
  },
];

describe('each hard rule, broken alone, gives exactly its one finding', () => {
  it.each(cases)('$rule', (c) => {
    const rules: Record<string, 'off'> = {};
    for (const id of c.off ?? []) rules[id] = 'off';
    const score = scoreRota(c.problem, { assignments: c.assignments }, { policy: { extends: 'benchmark', rules } });
    expect(score.findings.map((f) => f.ruleId)).toEqual([c.rule]);
    const [finding] = score.findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.subject.id).toBe(c.subject ?? 'ana');
    expect(finding?.subject.dates).toEqual(c.dates);
    expect(finding?.actual).toBe(c.actual);
    expect(finding?.threshold).toBe(c.threshold);
    expect(finding?.data['penalty']).toBe(c.penalty);
    expect(score.hard).toBe(c.penalty);
    expect(score.soft).toBe(0);
    expect(score.feasible).toBe(false);
    expect(finding?.message).toMatch(/\S/);
    // without its last assignment the rota breaks nothing (except where fewer shifts break the same minimum)
    if (c.rule !== 'rota/total-minutes' && c.rule !== 'rota/cover-minimum') {
      const fixed = scoreRota(c.problem, { assignments: c.assignments.slice(0, -1) }, { policy: { extends: 'benchmark', rules } });
      expect(fixed.findings).toEqual([]);
    }
  });

  it('covers every hard rule of the catalog', async () => {
    const { rotaCatalog } = await import('../../src/rota/index.js');
    const hard = [...rotaCatalog.rules.values()].filter((rule) => rule.meta.defaultSeverity === 'error').map((rule) => rule.id);
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(hard));
  });

  it('weights multiply the penalty', () => {
    const c = cases.find((x) => x.rule === 'rota/daily-minutes') as Case;
    const score = scoreRota(c.problem, { assignments: c.assignments }, { policy: { rules: { 'rota/daily-minutes': ['error', { weight: 2 }] } } });
    expect(score.hard).toBe(360);
  });
});
