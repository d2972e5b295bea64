import { ERROR_CODES, PracticeOpsError, toErrorIssues } from '../core/index.js';
import { parseInput } from '../core/index.js';
import { z } from 'zod';
import { createWaitHistogram, HistogramOptionsSchema, type WaitHistogram } from './create-wait-histogram.js';
import { groupKeyOf } from './internal/groups.js';
import { localClock } from './internal/local-clock.js';
import { anchorOf, measureMinutes, type VisitTimes } from './internal/times.js';
import {
  SummaryOptionsSchema,
  VisitEventSchema,
  type GroupKey,
  type VisitEvent,
  type VisitOutcome,
  type WaitSummary,
  type WaitSummaryGroup,
} from './schemas.js';

/**
 * Options for {@link createWaitStream}: the summary options plus the histogram's resolution and
 * range, and how long a visit may stay open without an event before it is closed as it stands.
 *
 * @example
 * ```ts
 * WaitStreamOptionsSchema.parse({ zone: 'Europe/London', groupBy: ['day'], goalMinutes: 17 });
 * ```
 * @category Metrics
 */
export const WaitStreamOptionsSchema = SummaryOptionsSchema.extend(HistogramOptionsSchema.shape).extend({
  /** Close a visit this many minutes after its last event (relative to the newest event seen). */
  maxOpenMinutes: z.number().positive().default(12 * 60),
});

/**
 * Stream options as accepted.
 *
 * @category Metrics
 */
export type WaitStreamOptionsInput = z.input<typeof WaitStreamOptionsSchema>;

/**
 * A stream summary: the {@link WaitSummary} plus the stream's own counters.
 *
 * @category Metrics
 */
export interface WaitStreamSummary extends WaitSummary {
  /** Events accepted. */
  readonly events: number;
  /** Events for visits already closed (ignored). */
  readonly ignoredEvents: number;
  /** The most visits open at once: the stream's memory high-water mark. */
  readonly peakOpenVisits: number;
}

/**
 * A one-pass, bounded-memory wait summariser (see {@link createWaitStream}).
 *
 * @category Metrics
 */
export interface WaitStream {
  /** Adds one event (validated). Events should arrive roughly in time order. */
  readonly push: (event: VisitEvent) => void;
  /** Visits currently open. */
  readonly openVisits: () => number;
  /** Closes every open visit and returns the summary. The stream may be fed further afterwards. */
  readonly finish: () => WaitStreamSummary;
}

interface Open {
  visitType: string | undefined;
  provider: string | undefined;
  scheduled: number;
  checkIn: number;
  roomed: number;
  seen: number;
  checkOut: number;
  left: number;
  outcome: VisitOutcome | undefined;
  last: number;
}

interface Group {
  key: GroupKey;
  text: string;
  visits: number;
  noShows: number;
  walkOuts: number;
  histogram: WaitHistogram;
}

const SWEEP_EVERY = 4096;

const earliest = (current: number, at: number): number => (Number.isNaN(current) || at < current ? at : current);

/**
 * Creates a streaming wait summariser for very large event logs (a million events and more) in
 * one pass with bounded memory. Events are joined per visit in a table of open visits; a visit is
 * closed on check-out, no-show or walk-out, or when no event has come for `maxOpenMinutes`, and
 * its measure goes into its group's fixed-width histogram ({@link createWaitHistogram}). Memory is
 * the open visits (the clinic's concurrency, not the log's length) plus one histogram per group.
 * Percentiles are within half a bin of exact (exact for second-resolution timestamps with 1-second
 * bins); means, counts, no-shows and walk-outs are exact.
 *
 * @param options - summary options, histogram resolution and range, open-visit timeout
 * @returns the stream
 * @throws PracticeOpsError `INVALID_INPUT` for bad options (and from `push` for a bad event)
 * @example
 * ```ts
 * const stream = createWaitStream({ zone: 'America/New_York', groupBy: ['day'], goalMinutes: 17 });
 * for (const event of events) stream.push(event);
 * const summary = stream.finish();
 * ```
 * @category Metrics
 */
export function createWaitStream(options: WaitStreamOptionsInput): WaitStream {
  const o = parseInput(WaitStreamOptionsSchema, options, { label: 'stream options' });
  const clock = localClock(o.zone);
  const open = new Map<string, Open>();
  const closed = new Map<string, number>(); // id -> epoch closed, to ignore stragglers
  const groups = new Map<string, Group>();
  const maxOpenMs = o.maxOpenMinutes * 60_000;
  let watermark = Number.NEGATIVE_INFINITY;
  let events = 0;
  let ignored = 0;
  let peak = 0;

  const close = (id: string, v: Open): void => {
    open.delete(id);
    closed.set(id, v.last);
    const times: VisitTimes = { id, ...v };
    const { key, text } = groupKeyOf(o.groupBy, clock, anchorOf(times), v.provider, v.visitType);
    let group = groups.get(text);
    if (group === undefined) {
      group = { key, text, visits: 0, noShows: 0, walkOuts: 0, histogram: createWaitHistogram(o) };
      groups.set(text, group);
    }
    group.visits += 1;
    if (v.outcome === 'no-show') group.noShows += 1;
    else if (v.outcome === 'left-without-being-seen') group.walkOuts += 1;
    const minutes = measureMinutes(times, o.measure, o.clockStart);
    if (minutes !== null && minutes >= 0) group.histogram.add(minutes);
  };

  const sweep = (): void => {
    const limit = watermark - maxOpenMs;
    for (const [id, v] of open) if (v.last < limit) close(id, v);
    for (const [id, at] of closed) {
      if (at < limit) closed.delete(id);
      else break; // closed in roughly time order
    }
  };

  const push = (event: VisitEvent): void => {
    const parsed = VisitEventSchema.safeParse(event, { reportInput: true });
    if (!parsed.success) {
      const issues = toErrorIssues(parsed.error.issues, ['event']);
      throw new PracticeOpsError({
        code: ERROR_CODES.invalidInput,
        message: `Invalid visit event #${events + ignored + 1}: ${issues[0]?.message ?? 'does not match its schema'}`,
        issues,
      });
    }
    const e = parsed.data;
    const at = Date.parse(e.at);
    // A `scheduled` event carries the appointment time, not the time it happened: it does not move the clock.
    const happened = e.kind !== 'scheduled';
    if (happened && at > watermark) watermark = at;
    if (closed.has(e.visitId)) {
      ignored += 1;
      return;
    }
    events += 1;
    let v = open.get(e.visitId);
    if (v === undefined) {
      v = {
        visitType: undefined,
        provider: undefined,
        scheduled: Number.NaN,
        checkIn: Number.NaN,
        roomed: Number.NaN,
        seen: Number.NaN,
        checkOut: Number.NaN,
        left: Number.NaN,
        outcome: undefined,
        last: at,
      };
      open.set(e.visitId, v);
      if (open.size > peak) peak = open.size;
    }
    if (e.visitType !== undefined) v.visitType = e.visitType;
    if (e.provider !== undefined) v.provider = e.provider;
    if (at > v.last) v.last = at; // an appointment stays open until maxOpenMinutes past its time
    let done = false;
    switch (e.kind) {
      case 'scheduled':
        v.scheduled = earliest(v.scheduled, at);
        break;
      case 'checked-in':
        v.checkIn = earliest(v.checkIn, at);
        break;
      case 'roomed':
        v.roomed = earliest(v.roomed, at);
        break;
      case 'seen':
        v.seen = earliest(v.seen, at);
        break;
      case 'checked-out':
        v.checkOut = earliest(v.checkOut, at);
        done = true;
        break;
      case 'no-show':
        v.outcome = 'no-show';
        done = true;
        break;
      case 'left-without-being-seen':
        v.outcome = 'left-without-being-seen';
        v.left = earliest(v.left, at);
        done = true;
        break;
    }
    if (done) close(e.visitId, v);
    if ((events + ignored) % SWEEP_EVERY === 0) sweep();
  };

  const finish = (): WaitStreamSummary => {
    for (const [id, v] of [...open]) close(id, v);
    let error = 0;
    const out: WaitSummaryGroup[] = [...groups.values()]
      .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
      .map((g) => {
        const h = g.histogram;
        error = Math.max(error, h.errorBoundMinutes());
        const percentiles: Record<string, number | null> = {};
        for (const p of o.percentiles) percentiles[String(p)] = h.percentile(p, o.method);
        return {
          key: g.key,
          visits: g.visits,
          count: h.count(),
          mean: h.mean(),
          median: h.percentile(50, o.method),
          percentiles,
          max: h.max(),
          shareWithinGoal: o.goalMinutes === undefined ? null : h.shareWithin(o.goalMinutes),
          noShows: g.noShows,
          walkOuts: g.walkOuts,
        };
      });
    return {
      measure: o.measure,
      method: o.method,
      storage: 'histogram',
      percentileErrorMinutes: groups.size === 0 ? 0 : error,
      groups: out,
      events,
      ignoredEvents: ignored,
      peakOpenVisits: peak,
    };
  };

  return { push, openVisits: () => open.size, finish };
}
