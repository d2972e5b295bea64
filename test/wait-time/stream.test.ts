import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimelines, createWaitHistogram, createWaitStream, summariseWaits, type VisitEvent } from 'practiceops/wait-time';
import { syntheticEvents } from './synthetic.js';

const zone = 'America/New_York';

describe('createWaitHistogram', () => {
  it('gives exact nearest-rank percentiles for second-resolution data and an exact mean', () => {
    const h = createWaitHistogram();
    const values = [0, 0.5, 3.25, 17, 17, 29.9833333333, 61];
    for (const v of values) h.add(v);
    expect(h.count()).toBe(7);
    expect(h.mean()).toBeCloseTo(values.reduce((a, b) => a + b, 0) / 7, 12);
    expect(h.percentile(50)).toBeCloseTo(17, 9);
    expect(h.percentile(90)).toBeCloseTo(61, 9);
    expect(h.shareWithin(17)).toBeCloseTo(5 / 7, 12);
    expect(h.errorBoundMinutes()).toBeCloseTo(1 / 120, 12);
  });

  it('keeps order statistics within half a bin for off-grid data (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (values, p) => {
        const h = createWaitHistogram({ resolutionSeconds: 6 });
        for (const v of values) h.add(v);
        const sorted = [...values].sort((a, b) => a - b);
        const exact = sorted[Math.ceil((p / 100) * sorted.length) - 1] as number;
        expect(Math.abs((h.percentile(p) as number) - exact)).toBeLessThanOrEqual(h.errorBoundMinutes() + 1e-9);
      }),
    );
  });

  it('merges: two halves give the same answers as the whole', () => {
    const a = createWaitHistogram({ maxMinutes: 30 });
    const b = createWaitHistogram({ maxMinutes: 30 });
    const whole = createWaitHistogram({ maxMinutes: 30 });
    [1, 2, 45, 3, 7].forEach((v, i) => {
      (i % 2 === 0 ? a : b).add(v);
      whole.add(v);
    });
    a.merge(b);
    expect(a.count()).toBe(whole.count());
    for (const p of [20, 50, 80, 100]) expect(a.percentile(p)).toBe(whole.percentile(p));
    expect(a.max()).toBe(45);
    expect(a.percentile(100)).toBe(45); // overflow kept exactly
    expect(() => a.merge(createWaitHistogram({ maxMinutes: 60 }))).toThrow(/differ/);
  });

  it('rejects a negative wait', () => {
    expect(() => createWaitHistogram().add(-1)).toThrow(/>= 0/);
  });
});

describe('createWaitStream', () => {
  it('agrees exactly with the in-memory summary on second-resolution data', () => {
    const events = [...syntheticEvents(20_000, { seed: 3, visitsPerDay: 150 })];
    const options = { zone, groupBy: ['day', 'provider'] as const, percentiles: [50, 90, 95], goalMinutes: 17 };
    const stream = createWaitStream({ ...options, groupBy: [...options.groupBy] });
    for (const e of events) stream.push(e);
    const streamed = stream.finish();
    const exact = summariseWaits(buildTimelines(events), { ...options, groupBy: [...options.groupBy] });
    expect(streamed.storage).toBe('histogram');
    expect(streamed.events).toBe(20_000);
    expect(streamed.groups.length).toBe(exact.groups.length);
    streamed.groups.forEach((g, i) => {
      const e = exact.groups[i];
      expect(g.key).toEqual(e?.key);
      expect([g.visits, g.count, g.noShows, g.walkOuts]).toEqual([e?.visits, e?.count, e?.noShows, e?.walkOuts]);
      expect(g.mean).toBeCloseTo(e?.mean as number, 9);
      for (const p of ['50', '90', '95']) expect(g.percentiles[p]).toBeCloseTo(e?.percentiles[p] as number, 9);
      expect(g.shareWithinGoal).toBeCloseTo(e?.shareWithinGoal as number, 12);
      expect(g.max).toBeCloseTo(e?.max as number, 9);
    });
    expect(streamed.peakOpenVisits).toBeLessThan(300); // one day's visits, not the whole log
  });

  it('closes idle visits after maxOpenMinutes and ignores stragglers', () => {
    const s = createWaitStream({ zone, maxOpenMinutes: 60 });
    const ev = (visitId: string, kind: VisitEvent['kind'], at: string): VisitEvent => ({ visitId, kind, at });
    s.push(ev('a', 'checked-in', '2026-11-23T08:00:00Z'));
    s.push(ev('a', 'seen', '2026-11-23T08:12:00Z'));
    for (let i = 0; i < 4096; i++) s.push(ev(`b${i}`, 'no-show', '2026-11-23T12:00:00Z'));
    expect(s.openVisits()).toBe(0);
    s.push(ev('a', 'checked-out', '2026-11-23T12:01:00Z'));
    const r = s.finish();
    expect(r.ignoredEvents).toBe(1);
    expect(r.groups[0]?.count).toBe(1);
    expect(r.groups[0]?.median).toBe(12);
  });

  it('rejects a malformed event with its path', () => {
    const s = createWaitStream({ zone });
    expect(() => s.push({ visitId: 'a', kind: 'arrived' as never, at: '2026-11-23T08:00:00Z' })).toThrow(/event #1/);
  });
});

describe('createWaitStream with linear percentiles', () => {
  it('interpolates from the histogram exactly as the in-memory path does', () => {
    const events = [...syntheticEvents(5_000, { seed: 9, visitsPerDay: 100 })];
    const options = { zone, groupBy: ['visit-type' as const], percentiles: [25, 75, 99], method: 'linear' as const };
    const stream = createWaitStream(options);
    for (const e of events) stream.push(e);
    const streamed = stream.finish();
    const exact = summariseWaits(buildTimelines(events), options);
    expect(streamed.method).toBe('linear');
    streamed.groups.forEach((g, i) => {
      for (const p of ['25', '75', '99']) expect(g.percentiles[p]).toBeCloseTo(exact.groups[i]?.percentiles[p] as number, 9);
    });
  });
});
