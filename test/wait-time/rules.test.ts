import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate } from 'practiceops/rules';
import { isPracticeOpsError } from 'practiceops';
import { waitTimeCatalog, waitTimePolicyJsonSchema, type VisitTimelineInput, type WaitTimeContext, type WaitTimeSubject } from 'practiceops/wait-time';

const zone = 'America/New_York';
const t = (date: string, hhmm: string, plus = 0): string => new Date(Date.parse(`${date}T${hhmm}:00-05:00`) + plus * 60_000).toISOString();

const yesterday: VisitTimelineInput[] = Array.from({ length: 10 }, (_, i) => ({
  id: `y${i}`,
  checkedInAt: t('2026-11-22', '08:00', i * 20),
  seenAt: t('2026-11-22', '08:00', i * 20 + (i === 0 ? 40 : i === 1 ? 25 : 10)),
}));
yesterday.push({ id: 'y-walk', checkedInAt: t('2026-11-22', '11:00'), outcome: 'left-without-being-seen', leftAt: t('2026-11-22', '11:20') });
const today: VisitTimelineInput[] = [
  { id: 't1', checkedInAt: t('2026-11-23', '09:00') },
  { id: 't2', checkedInAt: t('2026-11-23', '09:10') },
  { id: 't3', checkedInAt: t('2026-11-23', '09:18'), seenAt: t('2026-11-23', '09:20') },
];
const older: VisitTimelineInput = { id: 'old', checkedInAt: t('2026-11-20', '09:00'), seenAt: t('2026-11-20', '11:00') };
const subject: WaitTimeSubject = { zone, visits: [...yesterday, ...today, older] };
const context: WaitTimeContext = { today: '2026-11-23', now: t('2026-11-23', '09:24') };

describe('waitTimeCatalog', () => {
  it('reports yesterday’s missed goals and today’s queue, in the fixed order', () => {
    const findings = evaluate(compilePolicy(waitTimeCatalog), subject, context);
    expect(findings.map((f) => [f.ruleId, f.severity, f.subject.id])).toEqual([
      ['wait-time/queue-breach', 'error', 't1'],
      ['wait-time/max-wait', 'warn', 'y0'],
      ['wait-time/percentile-goal', 'warn', 'seen-within-17'],
      ['wait-time/queue-warning', 'warn', 't2'],
      ['wait-time/walk-outs', 'info', '2026-11-22'],
    ]);
    const goal = findings.find((f) => f.ruleId === 'wait-time/percentile-goal');
    expect(goal?.message).toBe('seen-within-17: 80% of 10 patients within 17 min on 2026-11-22 (goal 90%); the 90th percentile was 25 min');
    expect(goal?.actual).toBe(0.8);
    expect(goal?.threshold).toBe(0.9);
    const breach = findings[0];
    expect(breach?.message).toBe('Visit t1 (lobby) has waited 24 min, 7 min past the 17-minute goal seen-within-17');
    expect(findings.find((f) => f.ruleId === 'wait-time/queue-warning')?.message).toBe('Visit t2 (lobby) has 3 min left on the 17-minute goal seen-within-17');
  });

  it('takes options from a JSON policy and has a strict preset', () => {
    const lenient = compilePolicy(waitTimeCatalog, {
      rules: {
        'wait-time/percentile-goal': ['warn', { goals: [{ id: 'seen-30', targetMinutes: 30, share: 0.9 }] }],
        'wait-time/max-wait': ['warn', { goals: [{ id: 'max-45', maxMinutes: 45 }] }],
        'wait-time/walk-outs': ['info', { maxWalkOuts: 1 }],
        'wait-time/queue-warning': 'off',
      },
    });
    expect(evaluate(lenient, subject, context).map((f) => f.ruleId)).toEqual(['wait-time/queue-breach']);
    const strict = evaluate(compilePolicy(waitTimeCatalog, { extends: 'strict' }), subject, context);
    expect(strict.filter((f) => f.ruleId === 'wait-time/max-wait').map((f) => f.subject.id)).toEqual(['y0', 'y1']);
    expect(strict.find((f) => f.ruleId === 'wait-time/walk-outs')?.severity).toBe('error');
  });

  it('rejects bad options with the path and exports a JSON Schema', () => {
    try {
      compilePolicy(waitTimeCatalog, { rules: { 'wait-time/max-wait': ['warn', { goals: [{ id: 'x', maxMinutes: -1 }] }] } });
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'INVALID_INPUT')).toBe(true);
    }
    const schema = waitTimePolicyJsonSchema();
    expect(JSON.stringify(schema)).toContain('wait-time/percentile-goal');
  });

  it('rejects a bad context with a typed error', () => {
    expect(() => evaluate(compilePolicy(waitTimeCatalog), subject, { today: '23/11/2026', now: context.now })).toThrow(/context/);
  });
});

describe('wait-time/percentile-goal per visit type', () => {
  it('can check a goal met overall separately for each visit type', () => {
    const mk = (id: string, visitType: string, wait: number): VisitTimelineInput => ({
      id,
      visitType,
      checkedInAt: t('2026-11-22', '09:00'),
      seenAt: t('2026-11-22', '09:00', wait),
    });
    const visits = [
      ...Array.from({ length: 18 }, (_, i) => mk(`f${i}`, 'follow-up', 5)),
      mk('n1', 'new', 5),
      mk('n2', 'new', 25),
    ];
    const policy = (perVisitType: boolean) =>
      compilePolicy(waitTimeCatalog, { rules: { 'wait-time/percentile-goal': ['warn', { perVisitType }], 'wait-time/max-wait': 'off', 'wait-time/walk-outs': 'off' } });
    expect(evaluate(policy(false), { zone, visits }, context)).toEqual([]);
    const findings = evaluate(policy(true), { zone, visits }, context);
    expect(findings.map((f) => [f.subject.id, f.actual])).toEqual([['seen-within-17:new', 0.5]]);
  });
});
