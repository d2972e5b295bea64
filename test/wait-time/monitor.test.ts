import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkGoals, DEFAULT_WAIT_GOALS, monitorQueue, type VisitTimelineInput, type WaitGoalInput } from 'practiceops/wait-time';
import { isPracticeOpsError } from 'practiceops';

const at = (hhmm: string): string => `2026-11-23T${hhmm}:00-05:00`;

const visits: VisitTimelineInput[] = [
  { id: 'ana', visitType: 'follow-up', scheduledAt: at('09:00'), checkedInAt: at('08:40') }, // early, lobby
  { id: 'ben', visitType: 'new', checkedInAt: at('08:50'), roomedAt: at('09:05') }, // roomed, waiting for provider
  { id: 'cy', visitType: 'follow-up', checkedInAt: at('09:02') },
  { id: 'dee', checkedInAt: at('08:30'), roomedAt: at('08:35'), seenAt: at('08:45') }, // with the provider
  { id: 'eve', checkedInAt: at('08:20'), seenAt: at('08:30'), checkedOutAt: at('08:50') }, // gone
  { id: 'fay', scheduledAt: at('09:00'), outcome: 'no-show' },
  { id: 'gus', checkedInAt: at('08:45'), outcome: 'left-without-being-seen', leftAt: at('09:20') }, // still here at 09:10
  { id: 'hal', checkedInAt: at('09:30') }, // not yet arrived at 09:10
];

describe('monitorQueue', () => {
  it('lists waiting patients most urgent first with elapsed, left and state', () => {
    const list = monitorQueue(visits, at('09:10'), DEFAULT_WAIT_GOALS, { warnLeadMinutes: 5 });
    expect(list.map((e) => [e.visitId, e.state, e.stage, e.goalId, e.elapsedMinutes, e.minutesLeft])).toEqual([
      ['ana', 'breach', 'lobby', 'seen-within-17', 30, -13],
      ['gus', 'breach', 'lobby', 'seen-within-17', 25, -8],
      ['ben', 'breach', 'room', 'seen-within-17', 20, -3],
      ['cy', 'ok', 'lobby', 'seen-within-17', 8, 9],
    ]);
  });

  it('with the later-of clock an early patient is not waiting before the appointment', () => {
    const goals: WaitGoalInput[] = [{ kind: 'percentile', id: 'appt-17', targetMinutes: 17, clockStart: 'later-of-check-in-and-appointment' }];
    const [ana] = monitorQueue([visits[0] as VisitTimelineInput], at('08:55'), goals);
    expect(ana).toMatchObject({ elapsedMinutes: 0, minutesLeft: 22, state: 'ok', clockStartedAt: '2026-11-23T14:00:00.000Z' });
  });

  it('turns warn within the lead and breach only past the limit', () => {
    const one: VisitTimelineInput[] = [{ id: 'x', checkedInAt: at('09:00') }];
    const state = (now: string): string | undefined => monitorQueue(one, now, DEFAULT_WAIT_GOALS, { warnLeadMinutes: 5 })[0]?.state;
    expect(state(at('09:11'))).toBe('ok');
    expect(state(at('09:12'))).toBe('warn');
    expect(state(at('09:17'))).toBe('warn'); // at the limit, not over it
    expect(state('2026-11-23T09:17:01-05:00')).toBe('breach');
  });

  it('applies goals by visit type and picks the timer that runs out first', () => {
    const goals: WaitGoalInput[] = [
      { kind: 'max', id: 'new-25', maxMinutes: 25, visitTypes: ['new'] },
      { kind: 'percentile', id: 'room-10', measure: 'room-to-provider', targetMinutes: 10 },
    ];
    const list = monitorQueue(visits, at('09:10'), goals);
    expect(list.find((e) => e.visitId === 'ben')).toMatchObject({ goalId: 'new-25', minutesLeft: 5 });
    expect(list.find((e) => e.visitId === 'cy')).toBeUndefined(); // follow-up, not roomed: no timer runs
  });

  it('is a pure function of the clock: replaying never depends on later milestones (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 180 }), (minute) => {
        const now = new Date(Date.parse(at('08:00')) + minute * 60_000).toISOString();
        const before = JSON.stringify(visits);
        const list = monitorQueue(visits, now, DEFAULT_WAIT_GOALS);
        expect(JSON.stringify(visits)).toBe(before);
        for (let i = 1; i < list.length; i++) expect((list[i - 1]?.minutesLeft as number) <= (list[i]?.minutesLeft as number)).toBe(true);
        for (const e of list) expect(Date.parse(e.clockStartedAt)).toBeLessThanOrEqual(Date.parse(now) + 60 * 60_000);
      }),
    );
  });

  it('rejects a bad now with its path', () => {
    try {
      monitorQueue(visits, 'now', DEFAULT_WAIT_GOALS);
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'INVALID_INPUT')).toBe(true);
      expect((error as { path: unknown }).path).toEqual(['now']);
    }
  });
});

describe('checkGoals', () => {
  const day: VisitTimelineInput[] = Array.from({ length: 10 }, (_, i) => ({
    id: `p${i}`,
    checkedInAt: at('08:00'),
    seenAt: new Date(Date.parse(at('08:00')) + (i === 9 ? 35 : i === 8 ? 20 : 5 + i) * 60_000).toISOString(),
  }));

  it('reports share, percentile at the goal share and the visits over', () => {
    const [p, m] = checkGoals([...day, { id: 'walk', checkedInAt: at('08:00'), outcome: 'left-without-being-seen', leftAt: at('08:40') }], DEFAULT_WAIT_GOALS);
    expect(p).toMatchObject({ goalId: 'seen-within-17', count: 10, share: 0.8, percentileMinutes: 20, met: false });
    expect(p?.over.map((o) => o.visitId)).toEqual(['p8', 'p9']);
    expect(m).toMatchObject({ goalId: 'no-wait-over-30', met: false });
    expect(m?.over).toEqual([
      { visitId: 'p9', minutes: 35 },
      { visitId: 'walk', minutes: 40 },
    ]);
  });
});
