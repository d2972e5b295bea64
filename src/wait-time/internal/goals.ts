import type { GoalResult, WaitGoal } from '../schemas.js';
import { goalApplies } from './monitor.js';
import { clockStartOf, measureMinutes, type VisitTimes } from './times.js';

/** Goal attainment from epoch views. */
export function checkGoalTimes(visits: readonly VisitTimes[], goal: WaitGoal): GoalResult {
  const values: { id: string; minutes: number }[] = [];
  const censored: { id: string; minutes: number }[] = [];
  for (const t of visits) {
    if (!goalApplies(goal, t.visitType)) continue;
    const minutes = measureMinutes(t, goal.measure, goal.clockStart);
    if (minutes !== null) {
      values.push({ id: t.id, minutes });
    } else if (t.outcome === 'left-without-being-seen' && !Number.isNaN(t.left) && goal.measure !== 'lateness') {
      // A walk-out waited at least until leaving: counts against a maximum.
      const start = goal.measure === 'room-to-provider' ? t.roomed : goal.measure === 'lobby-wait' || goal.measure === 'cycle-time' ? t.checkIn : clockStartOf(t, goal.clockStart);
      if (!Number.isNaN(start) && t.left >= start) censored.push({ id: t.id, minutes: (t.left - start) / 60_000 });
    }
  }
  const n = values.length;
  const sorted = values.map((v) => v.minutes).sort((a, b) => a - b);
  const max = n === 0 ? null : (sorted[n - 1] as number);
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (goal.kind === 'percentile') {
    const over = values.filter((v) => v.minutes > goal.targetMinutes);
    const share = n === 0 ? null : (n - over.length) / n;
    const rank = Math.min(n, Math.max(1, Math.ceil(goal.share * n - 1e-9)));
    return {
      goalId: goal.id,
      kind: 'percentile',
      count: n,
      share,
      percentileMinutes: n === 0 ? null : (sorted[rank - 1] as number),
      maxMinutes: max,
      met: share === null || share >= goal.share - 1e-12,
      over: over.sort(byId).map((v) => ({ visitId: v.id, minutes: v.minutes })),
    };
  }
  const over = [...values, ...censored].filter((v) => v.minutes > goal.maxMinutes);
  const total = n + censored.length;
  return {
    goalId: goal.id,
    kind: 'max',
    count: n,
    share: total === 0 ? null : (total - over.length) / total,
    percentileMinutes: null,
    maxMinutes: max,
    met: over.length === 0,
    over: over.sort(byId).map((v) => ({ visitId: v.id, minutes: v.minutes })),
  };
}
