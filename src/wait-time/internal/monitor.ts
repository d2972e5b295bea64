import type { MonitorEntry, MonitorState, Measure, WaitGoal } from '../schemas.js';
import { clockStartOf, type VisitTimes } from './times.js';

const MINUTE = 60_000;

/** A milestone counts only once it has happened by `now`. */
const by = (epoch: number, now: number): number => (epoch <= now ? epoch : Number.NaN);

/** Whether a goal applies to a visit type. */
export function goalApplies(goal: WaitGoal, visitType: string | undefined): boolean {
  return goal.visitTypes === undefined || (visitType !== undefined && goal.visitTypes.includes(visitType));
}

/** Start and (still missing) end of a running measure as seen at `now`; null when not running. */
function running(t: VisitTimes, measure: Measure, goal: WaitGoal, now: number): number | null {
  const checkIn = by(t.checkIn, now);
  if (Number.isNaN(checkIn)) return null;
  const roomed = by(t.roomed, now);
  const seen = by(t.seen, now);
  const out = by(t.checkOut, now);
  const clock = clockStartOf(t, goal.clockStart); // may lie in the future (appointment later than now)
  switch (measure) {
    case 'lobby-wait':
      return Number.isNaN(roomed) && Number.isNaN(seen) ? checkIn : null;
    case 'door-to-room':
      return Number.isNaN(roomed) && Number.isNaN(seen) ? clock : null;
    case 'room-to-provider':
      return !Number.isNaN(roomed) && Number.isNaN(seen) ? roomed : null;
    case 'door-to-provider':
      return Number.isNaN(seen) ? clock : null;
    case 'provider-time':
      return !Number.isNaN(seen) && Number.isNaN(out) ? seen : null;
    case 'cycle-time':
      return Number.isNaN(out) ? checkIn : null;
    case 'lateness':
      return null;
  }
}

/** The front-desk list from epoch views. */
export function monitorTimes(
  visits: readonly VisitTimes[],
  now: number,
  goals: readonly WaitGoal[],
  warnLeadMinutes: number,
): MonitorEntry[] {
  const entries: { entry: MonitorEntry; start: number }[] = [];
  for (const t of visits) {
    if (t.outcome === 'no-show' || t.outcome === 'cancelled') continue;
    if (t.outcome === 'left-without-being-seen' && (Number.isNaN(t.left) || t.left <= now)) continue;
    if (!Number.isNaN(by(t.checkOut, now))) continue;
    let best: { entry: MonitorEntry; start: number } | undefined;
    for (const goal of goals) {
      if (!goalApplies(goal, t.visitType)) continue;
      const start = running(t, goal.measure, goal, now);
      if (start === null || Number.isNaN(start)) continue;
      const limit = goal.kind === 'percentile' ? goal.targetMinutes : goal.maxMinutes;
      const minutesLeft = (start + limit * MINUTE - now) / MINUTE;
      if (best !== undefined && (best.entry.minutesLeft < minutesLeft || (best.entry.minutesLeft === minutesLeft && best.entry.goalId <= goal.id))) continue;
      const state: MonitorState = minutesLeft < 0 ? 'breach' : minutesLeft <= warnLeadMinutes ? 'warn' : 'ok';
      const stage = !Number.isNaN(by(t.seen, now)) ? 'provider' : !Number.isNaN(by(t.roomed, now)) ? 'room' : 'lobby';
      best = {
        start,
        entry: {
          visitId: t.id,
          ...(t.visitType === undefined ? {} : { visitType: t.visitType }),
          ...(t.provider === undefined ? {} : { provider: t.provider }),
          stage,
          goalId: goal.id,
          measure: goal.measure,
          clockStartedAt: new Date(start).toISOString(),
          elapsedMinutes: Math.max(0, (now - start) / MINUTE),
          limitMinutes: limit,
          minutesLeft,
          state,
        },
      };
    }
    if (best !== undefined) entries.push(best);
  }
  entries.sort(
    (a, b) =>
      a.entry.minutesLeft - b.entry.minutesLeft ||
      a.start - b.start ||
      (a.entry.visitId < b.entry.visitId ? -1 : a.entry.visitId > b.entry.visitId ? 1 : 0),
  );
  return entries.map((e) => e.entry);
}
