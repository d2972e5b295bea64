import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimelines, percentile, summariseWaits, visitIntervals, type VisitTimelineInput } from 'practiceops/wait-time';
import { isPracticeOpsError } from 'practiceops';

describe('buildTimelines', () => {
  it('joins events per visit, keeps the earliest of a repeated milestone and records sources', () => {
    const timelines = buildTimelines([
      { visitId: 'a', kind: 'scheduled', at: '2026-11-23T09:00:00-05:00', visitType: 'follow-up' },
      { visitId: 'b', kind: 'checked-in', at: '2026-11-23T09:05:00-05:00' },
      { visitId: 'a', kind: 'checked-in', at: '2026-11-23T08:56:00-05:00', provider: 'dr-lee' },
      { visitId: 'a', kind: 'checked-in', at: '2026-11-23T08:58:00-05:00' },
      { visitId: 'a', kind: 'seen', at: '2026-11-23T09:12:00-05:00' },
      { visitId: 'b', kind: 'left-without-being-seen', at: '2026-11-23T09:50:00-05:00' },
      { visitId: 'c', kind: 'no-show', at: '2026-11-23T09:30:00-05:00' },
    ]);
    expect(timelines.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = timelines;
    expect(a).toMatchObject({ visitType: 'follow-up', provider: 'dr-lee', checkedInAt: '2026-11-23T08:56:00-05:00', seenAt: '2026-11-23T09:12:00-05:00' });
    expect(a?.sources?.['checkedInAt']).toBe('event[2]');
    expect(b).toMatchObject({ outcome: 'left-without-being-seen', leftAt: '2026-11-23T09:50:00-05:00' });
    expect(c?.outcome).toBe('no-show');
  });

  it('names the bad event in its error', () => {
    try {
      buildTimelines([{ visitId: 'a', kind: 'checked-in', at: '2026-11-23 09:00' }]);
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'INVALID_INPUT')).toBe(true);
      expect((error as { path: unknown }).path).toEqual([0, 'at']);
    }
  });
});

describe('visitIntervals', () => {
  const visit: VisitTimelineInput = {
    id: 'v1',
    scheduledAt: '2026-11-23T09:00:00-05:00',
    checkedInAt: '2026-11-23T08:50:00-05:00',
    roomedAt: '2026-11-23T09:04:00-05:00',
    seenAt: '2026-11-23T09:15:30-05:00',
    checkedOutAt: '2026-11-23T09:35:30-05:00',
  };

  it('computes every interval from check-in', () => {
    expect(visitIntervals(visit)).toEqual({
      id: 'v1',
      lobbyWait: 14,
      doorToRoom: 14,
      roomToProvider: 11.5,
      doorToProvider: 25.5,
      providerTime: 20,
      cycleTime: 45.5,
      lateness: -10,
      anomalies: [],
    });
  });

  it('starts the door clock at the appointment for early patients when asked', () => {
    const r = visitIntervals(visit, { clockStart: 'later-of-check-in-and-appointment' });
    expect(r.doorToRoom).toBe(4);
    expect(r.doorToProvider).toBe(15.5);
    expect(r.lobbyWait).toBe(14); // physical time in the lobby is unchanged
    // seen before the appointment time: no wait
    expect(visitIntervals({ ...visit, seenAt: '2026-11-23T08:58:00-05:00', roomedAt: '2026-11-23T08:55:00-05:00' }, { clockStart: 'later-of-check-in-and-appointment' }).doorToProvider).toBe(0);
  });

  it('counts real elapsed time across the autumn DST change (America/New_York, 1 Nov 2026)', () => {
    // 01:50 EDT (UTC−4) to 01:10 EST (UTC−5) is 20 real minutes although the wall clock went back.
    const r = visitIntervals({ id: 'night', checkedInAt: '2026-11-01T01:50:00-04:00', seenAt: '2026-11-01T01:10:00-05:00' });
    expect(r.doorToProvider).toBe(20);
  });

  it('flags milestones out of order and returns null for them', () => {
    const r = visitIntervals({ ...visit, roomedAt: '2026-11-23T08:40:00-05:00' });
    expect(r.lobbyWait).toBeNull();
    expect(r.anomalies).toEqual(['roomed-before-check-in']);
  });
});

describe('percentile', () => {
  const data = [15, 20, 35, 40, 50];
  it('matches the nearest-rank worked example', () => {
    // Source: Wikipedia, "Percentile", nearest-rank method worked example on {15, 20, 35, 40, 50}:
    // 5th → 15, 30th → 20, 40th → 20, 50th → 35, 100th → 50.
    expect([5, 30, 40, 50, 100].map((p) => percentile(data, p))).toEqual([15, 20, 20, 35, 50]);
  });

  it('matches the linear-interpolation (C = 1, Hyndman & Fan type 7) worked example', () => {
    // Source: Wikipedia, "Percentile", linear interpolation between closest ranks, C = 1 variant: 40th percentile of {15, 20, 35, 40, 50} = 29.
    expect(percentile(data, 40, 'linear')).toBeCloseTo(29, 12);
    expect(percentile(data, 100, 'linear')).toBe(50);
  });

  it('nearest-rank is an observed value, rises with p and leaves the input alone (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.double({ min: 0.01, max: 100, noNaN: true }), (values, p) => {
        const copy = [...values];
        const v = percentile(values, p);
        expect(values).toEqual(copy);
        expect(values).toContain(v);
        expect(percentile(values, Math.min(100, p + 5)) as number).toBeGreaterThanOrEqual(v as number);
        const below = values.filter((x) => x <= (v as number)).length;
        expect(below / values.length).toBeGreaterThanOrEqual(p / 100 - 1e-9);
      }),
    );
  });

  it('returns null for no data and rejects p outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], 0)).toThrow(/percentile/);
  });
});

describe('summariseWaits', () => {
  const zone = 'America/New_York';
  const at = (hhmm: string): string => `2026-11-23T${hhmm}:00-05:00`;
  const visits: VisitTimelineInput[] = [
    { id: '1', provider: 'lee', checkedInAt: at('08:00'), seenAt: at('08:10') },
    { id: '2', provider: 'lee', checkedInAt: at('08:20'), seenAt: at('08:45') },
    { id: '3', provider: 'lee', checkedInAt: at('09:05'), seenAt: at('09:20') },
    { id: '4', provider: 'ng', checkedInAt: at('08:30'), seenAt: at('08:35') },
    { id: '5', provider: 'ng', checkedInAt: at('09:10'), outcome: 'left-without-being-seen', leftAt: at('09:50') },
    { id: '6', provider: 'ng', scheduledAt: at('09:30'), outcome: 'no-show' },
  ];

  it('groups by provider with percentiles, goal share, no-shows and walk-outs', () => {
    const s = summariseWaits(visits, { zone, groupBy: ['provider'], goalMinutes: 17, percentiles: [50, 90] });
    expect(s.method).toBe('nearest-rank');
    expect(s.storage).toBe('exact');
    expect(s.groups.map((g) => g.key.provider)).toEqual(['lee', 'ng']);
    const [lee, ng] = s.groups;
    expect(lee).toMatchObject({ visits: 3, count: 3, mean: 50 / 3, median: 15, max: 25, noShows: 0, walkOuts: 0 });
    expect(lee?.percentiles).toEqual({ '50': 15, '90': 25 });
    expect(lee?.shareWithinGoal).toBeCloseTo(2 / 3, 12);
    expect(ng).toMatchObject({ visits: 3, count: 1, median: 5, noShows: 1, walkOuts: 1, shareWithinGoal: 1 });
  });

  it('groups by local day and hour', () => {
    const s = summariseWaits(visits, { zone, groupBy: ['day', 'hour'] });
    expect(s.groups.map((g) => [g.key.day, g.key.hour, g.visits])).toEqual([
      ['2026-11-23', 8, 3],
      ['2026-11-23', 9, 3],
    ]);
  });
});

describe('local days and hours across DST changes', () => {
  it('groups by the wall clock in Europe/London on the spring-forward night', () => {
    // 2026-03-29: 01:00 GMT becomes 02:00 BST.
    const s = summariseWaits(
      [
        { id: 'a', checkedInAt: '2026-03-29T00:30:00Z', seenAt: '2026-03-29T00:40:00Z' },
        { id: 'b', checkedInAt: '2026-03-29T01:30:00Z', seenAt: '2026-03-29T01:40:00Z' },
      ],
      { zone: 'Europe/London', groupBy: ['hour'] },
    );
    expect(s.groups.map((g) => g.key.hour)).toEqual([0, 2]);
  });

  it('follows Lord Howe’s half-hour shift (UTC+10:30 → +11 at 02:00 on 4 Oct 2026)', () => {
    const s = summariseWaits(
      [
        { id: 'a', checkedInAt: '2026-10-03T15:20:00Z', seenAt: '2026-10-03T15:25:00Z' }, // 01:50 +10:30
        { id: 'b', checkedInAt: '2026-10-03T15:40:00Z', seenAt: '2026-10-03T15:45:00Z' }, // 02:40 +11:00
        { id: 'c', checkedInAt: '2026-10-03T13:20:00Z', seenAt: '2026-10-03T13:25:00Z' }, // 23:50 on the 3rd
      ],
      { zone: 'Australia/Lord_Howe', groupBy: ['day', 'hour'] },
    );
    expect(s.groups.map((g) => [g.key.day, g.key.hour])).toEqual([
      ['2026-10-03', 23],
      ['2026-10-04', 1],
      ['2026-10-04', 2],
    ]);
  });
});
