import { wallClockToEpoch, wallTimeToMinutes } from '../../core/time.js';
import type { CoverFacts, RotaModel } from './model.js';

/** How many people each cover demand gets, with who they are. */
export interface CoverCount {
  readonly facts: CoverFacts;
  readonly staff: readonly number[];
}

const counts = new WeakMap<RotaModel, readonly CoverCount[]>();

function qualifies(rm: RotaModel, s: number, facts: CoverFacts): boolean {
  const member = rm.model.staff[s];
  if (member === undefined) return false;
  if (facts.demand.role !== undefined && !member.roles.has(facts.demand.role)) return false;
  if (facts.demand.skill !== undefined && !member.skills.has(facts.demand.skill)) return false;
  return true;
}

/**
 * The distinct people counted by each cover demand: for a shift type, those with that shift on the
 * date; for a window, those with a shift (started that day or the day before) covering the whole
 * window. Role and skill filters apply.
 */
export function coverCounts(rm: RotaModel): readonly CoverCount[] {
  const cached = counts.get(rm);
  if (cached !== undefined) return cached;
  const { model } = rm;
  const byDay: { s: number; shift: number }[][] = Array.from({ length: model.days }, () => []);
  rm.staff.forEach((staffRota, s) => {
    for (const cell of staffRota.cells) byDay[cell.day]?.push({ s, shift: cell.shift });
  });
  const result = model.cover.map((facts): CoverCount => {
    const people = new Set<number>();
    if (facts.shift >= 0) {
      for (const entry of byDay[facts.day] ?? []) if (entry.shift === facts.shift && qualifies(rm, entry.s, facts)) people.add(entry.s);
    } else if (facts.demand.window !== undefined) {
      const date = model.dateOf(facts.day);
      const startMinutes = wallTimeToMinutes(facts.demand.window.start);
      let endMinutes = wallTimeToMinutes(facts.demand.window.end);
      if (endMinutes <= startMinutes) endMinutes += 1440;
      const zone = model.problem.site.timeZone;
      const from = wallClockToEpoch(date, startMinutes, zone);
      const to = wallClockToEpoch(date, endMinutes, zone);
      for (const day of [facts.day - 1, facts.day]) {
        for (const entry of byDay[day] ?? []) {
          const interval = model.interval(entry.shift, day);
          if (interval.start <= from && interval.end >= to && qualifies(rm, entry.s, facts)) people.add(entry.s);
        }
      }
    }
    return { facts, staff: [...people].sort((a, b) => a - b) };
  });
  counts.set(rm, result);
  return result;
}

/** A readable id for a demand: `2026-03-02/day`, `2026-03-02/08:00-12:00/rn`. */
export function coverLabel(rm: RotaModel, facts: CoverFacts): string {
  const { demand } = facts;
  const what = demand.shiftTypeId ?? `${demand.window?.start ?? ''}-${demand.window?.end ?? ''}`;
  const filter = demand.role ?? demand.skill;
  return `${rm.model.dateOf(facts.day)}/${what}${filter === undefined ? '' : `/${filter}`}`;
}

/** Up to `limit` people who could fill a gap: off that day, qualified, not on a fixed day off or leave. */
export function candidatesFor(rm: RotaModel, facts: CoverFacts, limit: number): string[] {
  const result: string[] = [];
  for (const member of rm.model.staff) {
    if (result.length >= limit) break;
    const s = member.index;
    if ((rm.staff[s]?.perDay[facts.day] ?? 0) > 0) continue;
    if (member.fixedOff.has(facts.day) || member.approvedLeave.has(facts.day)) continue;
    if (!qualifies(rm, s, facts)) continue;
    const shift = facts.shift >= 0 ? rm.model.shifts[facts.shift] : undefined;
    if (shift !== undefined && shift.requiredSkills.some((skill) => !member.skills.has(skill))) continue;
    if (shift !== undefined && shift.roles.length > 0 && !shift.roles.some((role) => member.roles.has(role))) continue;
    result.push(member.staff.id);
  }
  return result;
}
