import { z } from 'zod';
import { InstantSchema, parseInput } from '../core/index.js';
import { monitorTimes } from './internal/monitor.js';
import { toTimes } from './internal/times.js';
import {
  MonitorOptionsSchema,
  VisitTimelineSchema,
  WaitGoalSchema,
  type MonitorEntry,
  type MonitorOptionsInput,
  type VisitTimelineInput,
  type WaitGoalInput,
} from './schemas.js';

/**
 * The live front-desk list: every patient whose goal timer is running at `now`, with the minutes
 * elapsed, the minutes left and a state (`ok`, `warn` within the warning lead, `breach` past the
 * limit), most urgent first (least time left, then earliest clock start, then id). A pure function
 * of the clock: milestones stamped after `now` are treated as not yet happened, so the same
 * timelines can be replayed at any moment of the day. Each patient appears once, under the goal
 * whose timer runs out first (a percentile goal's target is the per-patient timer: "seen within
 * 17 minutes"). No-shows, cancellations, walk-outs who have left and checked-out patients are off
 * the list.
 *
 * @param visits - today's visit timelines
 * @param now - the current instant
 * @param goals - the goals (see {@link DEFAULT_WAIT_GOALS})
 * @param options - `warnLeadMinutes` (default 5)
 * @returns the waiting patients, most urgent first
 * @throws PracticeOpsError `INVALID_INPUT` for bad visits, instant, goals or options
 * @example
 * ```ts
 * const list = monitorQueue(visits, '2026-11-23T09:40:00-05:00', DEFAULT_WAIT_GOALS, { warnLeadMinutes: 5 });
 * list[0]?.state; // 'breach' | 'warn' | 'ok'
 * ```
 * @category Monitor
 */
export function monitorQueue(
  visits: readonly VisitTimelineInput[],
  now: string,
  goals: readonly WaitGoalInput[],
  options: MonitorOptionsInput = {},
): MonitorEntry[] {
  const list = parseInput(z.array(VisitTimelineSchema), visits, { label: 'visits', basePath: ['visits'] });
  const at = Date.parse(parseInput(InstantSchema, now, { label: 'now', basePath: ['now'] }));
  const parsedGoals = parseInput(z.array(WaitGoalSchema), goals, { label: 'goals', basePath: ['goals'] });
  const o = parseInput(MonitorOptionsSchema, options, { label: 'monitor options', basePath: ['options'] });
  return monitorTimes(list.map(toTimes), at, parsedGoals, o.warnLeadMinutes);
}
