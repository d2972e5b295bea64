import { toDayNumber } from '../../core/calendar.js';
import type { RotaModel } from './model.js';

/** Real minutes worked per day by one staff member: `[d - historyStart]` for d from historyStart to days-1. */
export function minutesPerDay(rm: RotaModel, s: number): Float64Array {
  const { model } = rm;
  const offset = -model.historyStart;
  const totals = new Float64Array(model.days + offset);
  for (const cell of model.staff[s]?.history ?? []) {
    if (cell.day >= model.historyStart) totals[cell.day + offset] = (totals[cell.day + offset] as number) + model.minutes(cell.shift, cell.day);
  }
  for (const cell of rm.staff[s]?.cells ?? []) totals[cell.day + offset] = (totals[cell.day + offset] as number) + model.minutes(cell.shift, cell.day);
  return totals;
}

/** One period (workweek, pay period) that meets the horizon, with the minutes worked in it. */
export interface PeriodTotal {
  /** First day (relative to the horizon start; may be negative). */
  readonly start: number;
  /** Last day (may lie past the horizon end). */
  readonly end: number;
  /** Minutes of the shifts starting in the period (history included). */
  readonly minutes: number;
  /** Whether the whole period lies inside the horizon. */
  readonly full: boolean;
}

/** Totals per period of `length` days whose boundaries fall on `anchor` (a relative day) + k x length. */
export function periodTotals(rm: RotaModel, s: number, length: number, anchor: number): PeriodTotal[] {
  const { model } = rm;
  const perDay = minutesPerDay(rm, s);
  const offset = -model.historyStart;
  const firstStart = anchor + Math.floor((0 - anchor) / length) * length;
  const periods: PeriodTotal[] = [];
  for (let start = firstStart; start < model.days; start += length) {
    const end = start + length - 1;
    let minutes = 0;
    for (let day = Math.max(start, model.historyStart); day <= Math.min(end, model.days - 1); day++) minutes += perDay[day + offset] as number;
    periods.push({ start, end, minutes, full: start >= 0 && end <= model.days - 1 });
  }
  return periods;
}

/** The relative day of a staff member's first workweek boundary (any one). */
export function workweekAnchor(rm: RotaModel, s: number): number {
  const startsOn = rm.model.staff[s]?.staff.workweekStartsOn ?? 0;
  return (startsOn - rm.model.startWeekday + 7) % 7;
}

/** The relative day of a pay-period boundary for a contract's anchor (the horizon start when none). */
export function payPeriodAnchor(rm: RotaModel, anchorDate: string | undefined): number {
  return anchorDate === undefined ? 0 : toDayNumber(anchorDate) - rm.model.startDay;
}
