import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { groupKeyOf } from './internal/groups.js';
import { localClock } from './internal/local-clock.js';
import { percentileFromOrder } from './internal/order.js';
import { anchorOf, measureMinutes, toTimes } from './internal/times.js';
import {
  SummaryOptionsSchema,
  VisitTimelineSchema,
  type GroupKey,
  type SummaryOptionsInput,
  type VisitTimelineInput,
  type WaitSummary,
  type WaitSummaryGroup,
} from './schemas.js';

interface Acc {
  key: GroupKey;
  text: string;
  visits: number;
  noShows: number;
  walkOuts: number;
  values: number[];
}

/**
 * Wait metrics over a set of visits, exactly (every value kept and sorted): per group (by day, hour,
 * provider and/or visit type, local to the site's zone) the count, mean, median, chosen percentiles
 * (nearest-rank by default, the method named in the result), maximum, share within the goal,
 * no-shows and walk-outs. For very large volumes use {@link createWaitStream}.
 *
 * @param visits - visit timelines
 * @param options - zone, measure, clock start, grouping, percentiles, method and goal
 * @returns the summary, groups sorted by key
 * @throws PracticeOpsError `INVALID_INPUT` for bad visits or options
 * @example
 * ```ts
 * const summary = summariseWaits(visits, { zone: 'America/New_York', groupBy: ['provider'], goalMinutes: 17 });
 * summary.groups[0]?.percentiles['90'];
 * ```
 * @category Metrics
 */
export function summariseWaits(visits: readonly VisitTimelineInput[], options: SummaryOptionsInput): WaitSummary {
  const list = parseInput(z.array(VisitTimelineSchema), visits, { label: 'visits' });
  const o = parseInput(SummaryOptionsSchema, options, { label: 'summary options' });
  const clock = localClock(o.zone);
  const groups = new Map<string, Acc>();
  for (const visit of list) {
    const t = toTimes(visit);
    const { key, text } = groupKeyOf(o.groupBy, clock, anchorOf(t), t.provider, t.visitType);
    let acc = groups.get(text);
    if (acc === undefined) {
      acc = { key, text, visits: 0, noShows: 0, walkOuts: 0, values: [] };
      groups.set(text, acc);
    }
    acc.visits += 1;
    if (t.outcome === 'no-show') acc.noShows += 1;
    if (t.outcome === 'left-without-being-seen') acc.walkOuts += 1;
    const minutes = measureMinutes(t, o.measure, o.clockStart);
    if (minutes !== null) acc.values.push(minutes);
  }
  const out: WaitSummaryGroup[] = [...groups.values()]
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map((acc) => {
      const sorted = Float64Array.from(acc.values).sort();
      const n = sorted.length;
      const order = (k: number): number => sorted[k - 1] as number;
      let sum = 0;
      for (const v of sorted) sum += v;
      const percentiles: Record<string, number | null> = {};
      for (const p of o.percentiles) percentiles[String(p)] = percentileFromOrder(n, p, o.method, order);
      let within: number | null = null;
      if (o.goalMinutes !== undefined && n > 0) {
        let count = 0;
        for (const v of sorted) if (v <= o.goalMinutes) count += 1;
        within = count / n;
      }
      return {
        key: acc.key,
        visits: acc.visits,
        count: n,
        mean: n === 0 ? null : sum / n,
        median: percentileFromOrder(n, 50, o.method, order),
        percentiles,
        max: n === 0 ? null : order(n),
        shareWithinGoal: within,
        noShows: acc.noShows,
        walkOuts: acc.walkOuts,
      };
    });
  return { measure: o.measure, method: o.method, storage: 'exact', percentileErrorMinutes: 0, groups: out };
}
