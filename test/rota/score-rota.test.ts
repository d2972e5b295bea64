import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate } from '../../src/rules/index.js';
import { explainRotaScore, parseRotaProblem, rotaCatalog, rotaPolicyJsonSchema, rotaSubject, scoreRota } from '../../src/rota/index.js';
import { a, practiceProblem } from './helpers/practice.js';

const BENCH = { policy: { extends: 'benchmark' } } as const;

describe('soft rules', () => {
  it('cover under and over the ideal cost their weights, with a suggested fill', () => {
    const problem = practiceProblem({
      cover: [
        { date: '2026-03-02', shiftTypeId: 'day', ideal: 2, underWeight: 100, overWeight: 1 },
        { date: '2026-03-03', shiftTypeId: 'day', ideal: 1, underWeight: 100, overWeight: 3 },
      ],
    });
    const score = scoreRota(problem, { assignments: [a('ana', '2026-03-02', 'day'), a('ana', '2026-03-03', 'day'), a('ben', '2026-03-03', 'day'), a('cy', '2026-03-03', 'day')] }, BENCH);
    expect(score.hard).toBe(0);
    expect(score.soft).toBe(100 + 2 * 3);
    const under = score.findings.find((f) => f.messageId === 'under');
    expect(under?.subject).toMatchObject({ type: 'cover', id: '2026-03-02/day', dates: ['2026-03-02'] });
    expect(under?.suggestedAction).toMatchObject({ kind: 'fill-shift', data: { missing: 1, candidates: ['ben', 'cy'] } });
    expect(under?.message).toBe('2026-03-02/day: 1 on duty, 1 under the ideal 2');
  });

  it('window cover counts shifts covering the whole window, filtered by role', () => {
    const problem = practiceProblem({ cover: [{ date: '2026-03-04', window: { start: '09:00', end: '12:00' }, role: 'rn', min: 1, ideal: 1 }] });
    const covered = scoreRota(problem, { assignments: [a('ana', '2026-03-04', 'day')] }, BENCH);
    expect(covered.findings).toEqual([]);
    const wrongRole = scoreRota(problem, { assignments: [a('ben', '2026-03-04', 'day')] }, BENCH);
    expect(wrongRole.findings.map((f) => f.ruleId)).toEqual(['rota/cover-minimum', 'rota/cover-ideal']);
    // the night before (22:00 + 10 h) ends at 08:00: does not cover 09:00-12:00
    const night = scoreRota(problem, { assignments: [a('ana', '2026-03-03', 'night')] }, BENCH);
    expect(night.hard).toBe(1);
  });

  it('requests: shift-on not met, shift-off and day-off not honoured cost their weights', () => {
    const problem = practiceProblem({
      requests: [
        { staffId: 'ana', date: '2026-03-02', kind: 'shift-on', shiftTypeId: 'day', weight: 3 },
        { staffId: 'ben', date: '2026-03-02', kind: 'shift-off', shiftTypeId: 'late', weight: 2 },
        { staffId: 'cy', date: '2026-03-03', kind: 'day-off', weight: 5 },
        { staffId: 'cy', date: '2026-03-04', kind: 'day-off', weight: 7 },
      ],
    });
    const score = scoreRota(problem, { assignments: [a('ana', '2026-03-02', 'late'), a('ben', '2026-03-02', 'late'), a('cy', '2026-03-03', 'early')] }, BENCH);
    expect(score.soft).toBe(3 + 2 + 5);
    expect(score.byStaff.map((s) => [s.staffId, s.soft])).toEqual([
      ['ana', 3],
      ['ben', 2],
      ['cy', 5],
    ]);
  });

  it('pending leave worked costs its weight per day; approved leave is hard', () => {
    const problem = practiceProblem({
      leave: [
        { id: 'p', staffId: 'ana', start: '2026-03-02', end: '2026-03-03', status: 'pending', weight: 4 },
        { id: 'q', staffId: 'ben', start: '2026-03-02', end: '2026-03-03', status: 'approved' },
      ],
    });
    const score = scoreRota(problem, { assignments: [a('ana', '2026-03-02', 'day'), a('ana', '2026-03-03', 'day'), a('ben', '2026-03-03', 'day')] }, BENCH);
    expect([score.hard, score.soft]).toEqual([1, 8]);
  });
});

describe('history and horizon edges', () => {
  const runs = { minConsecutiveWorkDays: 2, minConsecutiveDaysOff: 2, maxConsecutiveWorkDays: 3 };
  it('runs touching the start without history are exempt from minimums; touching the end too', () => {
    const problem = practiceProblem({ staff: [{ id: 'ana', contractId: 'flex' }] }, runs);
    // worked: day 0 (alone, touches start), days 2-3, day 6 (alone, touches end); off day 1 (alone, interior)
    const rota = { assignments: [a('ana', '2026-03-02', 'day'), a('ana', '2026-03-04', 'day'), a('ana', '2026-03-05', 'day'), a('ana', '2026-03-08', 'day')] };
    const score = scoreRota(problem, rota, BENCH);
    expect(score.findings.map((f) => [f.ruleId, f.subject.dates])).toEqual([['rota/min-consecutive-days-off', ['2026-03-03']]]);
  });

  it('history extends runs at the start: judged for minimums, counted for maximums', () => {
    const history = [a('ana', '2026-02-27', 'day'), a('ana', '2026-02-28', 'day'), a('ana', '2026-03-01', 'day')];
    const problem = practiceProblem({ staff: [{ id: 'ana', contractId: 'flex' }], history }, runs);
    // Friday-Sunday history + Monday = 4 days in a row (> 3); then one day off (Tuesday) is judged
    const score = scoreRota(problem, { assignments: [a('ana', '2026-03-02', 'day'), a('ana', '2026-03-04', 'day'), a('ana', '2026-03-05', 'day')] }, BENCH);
    expect(score.findings.map((f) => [f.ruleId, f.actual])).toEqual([
      ['rota/max-consecutive-work-days', 4],
      ['rota/min-consecutive-days-off', 1],
    ]);
    // a one-day run right after the history's off day is judged too
    const history2 = [a('ana', '2026-02-27', 'day')];
    const problem2 = practiceProblem({ staff: [{ id: 'ana', contractId: 'flex' }], history: history2 }, { minConsecutiveWorkDays: 2 });
    const score2 = scoreRota(problem2, { assignments: [a('ana', '2026-03-02', 'day')] }, BENCH);
    expect(score2.findings.map((f) => [f.ruleId, f.subject.dates])).toEqual([['rota/min-consecutive-work-days', ['2026-03-02']]]);
  });

  it('history counts for rest and forbidden successions', () => {
    const problem = practiceProblem({ history: [a('ana', '2026-03-01', 'late')] }, { minRestMinutes: 720 });
    const score = scoreRota(problem, { assignments: [a('ana', '2026-03-02', 'early')] }, BENCH);
    expect(score.findings.map((f) => f.ruleId)).toEqual(['rota/forbidden-succession', 'rota/min-rest']);
  });

  it('a weekend starting before the horizon counts through the history', () => {
    const problem = practiceProblem({ horizon: { start: '2026-03-08', days: 7 }, history: [a('ana', '2026-03-07', 'day')] }, { maxWeekends: 0 });
    const score = scoreRota(problem, { assignments: [] }, BENCH);
    expect(score.findings.map((f) => [f.ruleId, f.subject.dates])).toEqual([['rota/max-weekends', ['2026-03-07']]]);
  });
});

describe('the score explains itself', () => {
  const problem = practiceProblem({ cover: [{ date: '2026-03-02', shiftTypeId: 'day', ideal: 1, min: 1 }] }, { maxMinutesPerDay: 300 });
  const rota = { assignments: [a('ana', '2026-03-03', 'late'), a('ana', '2026-03-03', 'early')] };

  it('breaks down per rule and per staff member', () => {
    const score = scoreRota(problem, rota);
    const paying = score.byRule.filter((r) => r.penalty > 0).map((r) => [r.ruleId, r.level, r.penalty]);
    expect(paying).toEqual([
      ['rota/cover-minimum', 'hard', 1],
      ['rota/daily-minutes', 'hard', 420],
      ['rota/one-shift-per-day', 'hard', 1],
      ['rota/cover-ideal', 'soft', 1],
    ]);
    expect(score.hard).toBe(422);
    expect(score.byStaff[0]).toMatchObject({ staffId: 'ana', hard: 421, soft: 0 });
    expect(score.byStaff[0]?.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['rota/daily-minutes', 'rota/one-shift-per-day']);
    const text = explainRotaScore(score).join('\n');
    expect(text).toContain('hard 422, soft 1 (infeasible)');
    expect(text).toContain('Ana has 2 shifts on 2026-03-03 (at most 1)');
  });

  it('follows the policy: a hard rule set to warn counts as soft; off drops it', () => {
    const score = scoreRota(problem, rota, { policy: { rules: { 'rota/daily-minutes': 'warn', 'rota/cover-minimum': 'off' } } });
    expect([score.hard, score.soft]).toEqual([1, 421]);
  });

  it('runs through the rule engine for the daily review, with a JSON Schema for the policy', () => {
    const compiled = compilePolicy(rotaCatalog, { extends: 'strict' });
    const findings = evaluate(compiled, rotaSubject(problem, rota), { today: '2026-03-02' });
    expect(findings.length).toBeGreaterThan(3);
    expect(JSON.stringify(rotaPolicyJsonSchema())).toContain('rota/min-rest');
    expect(() => compilePolicy(rotaCatalog, { rules: { 'rota/min-rest': ['error', { minutes: -1 }] } })).toThrow();
  });

  it('eligibility windows from credentials take a role away', () => {
    const withRoles = practiceProblem({ shiftTypes: [{ id: 'triage', start: '08:00', durationMinutes: 480, roles: ['rn'] }] });
    const rotaR = { assignments: [a('ana', '2026-03-04', 'triage')] };
    expect(scoreRota(withRoles, rotaR, BENCH).hard).toBe(0);
    const eligibility = [{ staffId: 'ana', roleId: 'rn', from: '2026-03-04', eligible: false, reason: 'licence expired' }];
    const score = scoreRota(withRoles, rotaR, { ...BENCH, context: { eligibility } });
    expect(score.findings.map((f) => f.messageId)).toEqual(['role']);
  });

  it('fairness and overtime report as info with no penalty by default', () => {
    const week = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'];
    const score = scoreRota(practiceProblem(), { assignments: week.map((d) => a('ben', d, 'late')) });
    expect(score.findings.some((f) => f.ruleId === 'rota/overtime' && f.severity === 'info')).toBe(true);
    expect(score.findings.some((f) => f.ruleId === 'rota/fairness')).toBe(true);
    expect([score.hard, score.soft]).toEqual([0, 0]);
    const strict = scoreRota(practiceProblem(), { assignments: week.map((d) => a('ben', d, 'late')) }, { policy: { extends: 'strict' } });
    expect(strict.soft).toBeGreaterThan(0);
  });
});

describe('properties', () => {
  const problem = parseRotaProblem(
    practiceProblem(
      {
        cover: [{ date: '2026-03-03', shiftTypeId: 'day', min: 1, ideal: 2, underWeight: 10, overWeight: 2 }],
        requests: [{ staffId: 'ben', date: '2026-03-04', kind: 'day-off', weight: 3 }],
        fixedDaysOff: [{ staffId: 'cy', date: '2026-03-05' }],
        history: [a('ana', '2026-03-01', 'night')],
      },
      { minRestMinutes: 600, maxConsecutiveWorkDays: 3, minConsecutiveDaysOff: 2, maxWeekends: 0, maxMinutesPerWeek: 1800 },
    ),
  );
  const dates = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];
  const arbAssignment = fc.record({
    staffId: fc.constantFrom('ana', 'ben', 'cy'),
    date: fc.constantFrom(...dates),
    shiftTypeId: fc.constantFrom('early', 'day', 'late', 'night', 'lab'),
  });
  const arbRota = fc.array(arbAssignment, { maxLength: 25 }).map((assignments) => ({ assignments }));

  it('per-rule penalties sum to the totals; hard is 0 exactly when no error finding remains', () => {
    fc.assert(
      fc.property(arbRota, (rota) => {
        const score = scoreRota(problem, rota);
        const hard = score.byRule.filter((r) => r.level === 'hard').reduce((s, r) => s + r.penalty, 0);
        const soft = score.byRule.filter((r) => r.level === 'soft').reduce((s, r) => s + r.penalty, 0);
        expect(hard).toBeCloseTo(score.hard, 9);
        expect(soft).toBeCloseTo(score.soft, 9);
        expect(score.hard >= 0 && score.soft >= 0).toBe(true);
        expect(score.feasible).toBe(!score.findings.some((f) => f.severity === 'error' && (f.data['penalty'] as number) > 0));
      }),
      { numRuns: 150 },
    );
  });

  it('the order of assignments does not matter, and inputs are not mutated', () => {
    fc.assert(
      fc.property(arbRota, fc.integer(), (rota, seed) => {
        const frozen = JSON.stringify(rota);
        const shuffled = { assignments: [...rota.assignments].sort((x, y) => ((JSON.stringify(x).length * 31 + seed) % 7) - ((JSON.stringify(y).length * 31 + seed) % 7)) };
        const one = scoreRota(problem, rota);
        const two = scoreRota(problem, shuffled);
        expect([two.hard, two.soft]).toEqual([one.hard, one.soft]);
        expect(JSON.stringify(rota)).toBe(frozen);
      }),
      { numRuns: 100 },
    );
  });

  it('removing every assignment of a staff member never adds hard penalty about others', () => {
    fc.assert(
      fc.property(arbRota, fc.constantFrom('ana', 'ben', 'cy'), (rota, who) => {
        const before = scoreRota(problem, rota);
        const after = scoreRota(problem, { assignments: rota.assignments.filter((x) => x.staffId !== who) });
        for (const staff of after.byStaff) {
          if (staff.staffId === who) continue;
          expect(staff.hard).toBe(before.byStaff.find((s) => s.staffId === staff.staffId)?.hard);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('reporting rules', () => {
  it('rota/pinned reports broken pins without a penalty by default; strict makes them hard', () => {
    const problem = practiceProblem({
      pinned: [
        { staffId: 'ana', date: '2026-03-02', shiftTypeId: 'day' },
        { staffId: 'ben', date: '2026-03-03', shiftTypeId: null },
      ],
    });
    const rota = { assignments: [a('ana', '2026-03-02', 'late'), a('ben', '2026-03-03', 'day')] };
    const score = scoreRota(problem, rota);
    expect(score.findings.filter((f) => f.ruleId === 'rota/pinned').map((f) => [f.messageId, f.subject.id])).toEqual([
      ['missing', 'ana'],
      ['worked', 'ben'],
    ]);
    expect(score.hard).toBe(0);
    expect(scoreRota(problem, rota, { policy: { extends: 'strict' } }).hard).toBe(2);
  });

  it('rota/site-closed reports shifts on closures, holidays and closed weekdays unless cover is planned', () => {
    const problem = practiceProblem({
      site: {
        id: 'main',
        timeZone: 'America/New_York',
        openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1 | 2 | 3 | 4 | 5, open: '08:00', close: '18:00' })),
        closures: [{ date: '2026-03-04', reason: 'training day' }],
        publicHolidays: [{ date: '2026-03-05', name: 'Founders Day' }],
      },
      cover: [{ date: '2026-03-08', shiftTypeId: 'day', ideal: 1 }],
    });
    const rota = { assignments: [a('ana', '2026-03-03', 'day'), a('ana', '2026-03-04', 'day'), a('ana', '2026-03-05', 'day'), a('ben', '2026-03-07', 'day'), a('ben', '2026-03-08', 'day')] };
    const found = scoreRota(problem, rota).findings.filter((f) => f.ruleId === 'rota/site-closed');
    expect(found.map((f) => f.message)).toEqual([
      'Ana works day on 2026-03-04, when the site is closed (training day)',
      'Ana works day on 2026-03-05, when the site is closed (public holiday: Founders Day)',
      'Ben works day on 2026-03-07, when the site is closed (no opening hours that weekday)',
    ]);
    expect(found.every((f) => f.data['penalty'] === 0)).toBe(true);
  });
});

describe('findRotaGaps', () => {
  it('lists this week\'s cover gaps, hard before soft, with candidates', async () => {
    const { findRotaGaps } = await import('../../src/rota/index.js');
    const problem = practiceProblem({
      horizon: { start: '2026-03-02', days: 14 },
      cover: [
        { date: '2026-03-03', shiftTypeId: 'day', role: 'rn', min: 1, ideal: 1 },
        { date: '2026-03-03', shiftTypeId: 'late', ideal: 2 },
        { date: '2026-03-04', shiftTypeId: 'day', ideal: 1 },
        { date: '2026-03-10', shiftTypeId: 'day', ideal: 1 },
      ],
    });
    const rota = { assignments: [a('ben', '2026-03-03', 'late'), a('ana', '2026-03-04', 'day')] };
    const gaps = findRotaGaps(problem, rota, { from: '2026-03-02' });
    expect(gaps.map((g) => [g.ruleId, g.subject.id])).toEqual([
      ['rota/cover-minimum', '2026-03-03/day/rn'],
      ['rota/cover-ideal', '2026-03-03/day/rn'],
      ['rota/cover-ideal', '2026-03-03/late'],
    ]);
    expect(gaps[0]?.suggestedAction?.data?.['candidates']).toEqual(['ana']);
    expect(findRotaGaps(problem, rota, { from: '2026-03-09', includeIdeal: false })).toEqual([]);
    expect(findRotaGaps(problem, rota, { from: '2026-03-09' }).map((g) => g.subject.id)).toEqual(['2026-03-10/day']);
  });
});
