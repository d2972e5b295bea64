import type { RotaModel } from './model.js';
import { workweekAnchor } from './minutes.js';

/** Paid minutes of one staff member on one horizon day, split by pay category. */
export interface DayPay {
  readonly staff: number;
  readonly day: number;
  readonly regular: number;
  readonly overtime: number;
  readonly doubleTime: number;
}

const WEEKLY_REGULAR = 40 * 60;
const DAILY_REGULAR = 8 * 60;
const DAILY_DOUBLE = 12 * 60;

/** Paid minutes per day (elapsed minutes less unpaid breaks) over [historyStart, days). */
function paidPerDay(rm: RotaModel, s: number): Float64Array {
  const { model } = rm;
  const offset = -model.historyStart;
  const paid = new Float64Array(model.days + offset);
  const add = (shift: number, day: number): void => {
    const minutes = Math.max(0, model.minutes(shift, day) - (model.shifts[shift]?.unpaidBreakMinutes ?? 0));
    paid[day + offset] = (paid[day + offset] as number) + minutes;
  };
  for (const cell of model.staff[s]?.history ?? []) if (cell.day >= model.historyStart) add(cell.shift, cell.day);
  for (const cell of rm.staff[s]?.cells ?? []) add(cell.shift, cell.day);
  return paid;
}

/**
 * Splits each worked horizon day of one staff member into regular, overtime (1.5x) and double-time
 * (2x) minutes. Exempt staff and the rule `none`: all regular. FLSA: paid minutes beyond 40 h in the
 * staff member's workweek are overtime (history in the same workweek counts toward the 40 h).
 * California: beyond 8 h a day overtime, beyond 12 h double time; on the seventh consecutive day of
 * a workweek (all seven worked) the first 8 h are overtime and the rest double time; regular minutes
 * beyond 40 h in the workweek become overtime. Minutes fall on the day the shift starts.
 */
export function payOf(rm: RotaModel, s: number): DayPay[] {
  const { model } = rm;
  const member = model.staff[s]?.staff;
  if (member === undefined) return [];
  const paid = paidPerDay(rm, s);
  const offset = -model.historyStart;
  const at = (day: number): number => (day >= model.historyStart && day < model.days ? (paid[day + offset] as number) : 0);
  const result: DayPay[] = [];
  const rule = member.exempt ? 'none' : member.overtimeRule;
  if (rule === 'none') {
    for (let day = 0; day < model.days; day++) {
      const minutes = at(day);
      if (minutes > 0) result.push({ staff: s, day, regular: minutes, overtime: 0, doubleTime: 0 });
    }
    return result;
  }
  const anchor = workweekAnchor(rm, s);
  for (let weekStart = anchor + Math.floor((0 - anchor) / 7) * 7; weekStart < model.days; weekStart += 7) {
    let regularSoFar = 0;
    let allWorked = true;
    for (let k = 0; k < 7; k++) {
      const day = weekStart + k;
      const minutes = at(day);
      if (minutes <= 0) allWorked = false;
      let regular = 0;
      let overtime = 0;
      let doubleTime = 0;
      if (rule === 'flsa') {
        regular = minutes;
      } else if (k === 6 && allWorked) {
        overtime = Math.min(minutes, DAILY_REGULAR);
        doubleTime = minutes - overtime;
      } else {
        regular = Math.min(minutes, DAILY_REGULAR);
        overtime = Math.min(Math.max(minutes - DAILY_REGULAR, 0), DAILY_DOUBLE - DAILY_REGULAR);
        doubleTime = Math.max(minutes - DAILY_DOUBLE, 0);
      }
      const allowed = Math.min(regular, Math.max(0, WEEKLY_REGULAR - regularSoFar));
      overtime += regular - allowed;
      regular = allowed;
      regularSoFar += regular;
      if (day >= 0 && day < model.days && minutes > 0) result.push({ staff: s, day, regular, overtime, doubleTime });
    }
  }
  return result;
}
