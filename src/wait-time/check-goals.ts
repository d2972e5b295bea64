import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { checkGoalTimes } from './internal/goals.js';
import { toTimes } from './internal/times.js';
import { VisitTimelineSchema, WaitGoalSchema, type GoalResult, type VisitTimelineInput, type WaitGoalInput } from './schemas.js';

/**
 * Checks goals against finished visits (a day, a week): for a percentile goal the share within
 * the target, the nearest-rank percentile at the goal's share and the visits over the target; for
 * a maximum goal the visits over the maximum, counting walk-outs who left after waiting longer
 * than the maximum (their wait is at least that long).
 *
 * @param visits - visit timelines
 * @param goals - the goals
 * @returns one result per goal, in the goals' order
 * @throws PracticeOpsError `INVALID_INPUT` for bad visits or goals
 * @example
 * ```ts
 * const [seen17] = checkGoals(visits, DEFAULT_WAIT_GOALS);
 * seen17?.met; // true when 90% were seen within 17 minutes
 * ```
 * @category Goals
 */
export function checkGoals(visits: readonly VisitTimelineInput[], goals: readonly WaitGoalInput[]): GoalResult[] {
  const list = parseInput(z.array(VisitTimelineSchema), visits, { label: 'visits', basePath: ['visits'] });
  const parsedGoals = parseInput(z.array(WaitGoalSchema), goals, { label: 'goals', basePath: ['goals'] });
  const times = list.map(toTimes);
  return parsedGoals.map((goal) => checkGoalTimes(times, goal));
}
