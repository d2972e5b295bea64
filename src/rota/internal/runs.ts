import { workedDays, type RotaModel } from './model.js';

/** A run of consecutive worked days or days off (relative days, both ends included). */
export interface Run {
  readonly start: number;
  readonly end: number;
  readonly worked: boolean;
  /** The run reaches the first known day (the horizon start without history, the earliest history day with it). */
  readonly touchesStart: boolean;
  /** The run reaches the last horizon day. */
  readonly touchesEnd: boolean;
}

/**
 * The runs of one staff member from the first known day to the horizon end, keeping those with at
 * least one horizon day. History before the horizon is part of the runs that touch its start.
 */
export function runsOf(rm: RotaModel, s: number): Run[] {
  const { model } = rm;
  const worked = workedDays(rm, s);
  const offset = -model.historyStart;
  const runs: Run[] = [];
  let runStart = model.historyStart;
  for (let day = model.historyStart; day < model.days; day++) {
    const here = worked[day + offset] === 1;
    const next = day + 1 < model.days ? worked[day + 1 + offset] === 1 : !here;
    if (next !== here || day === model.days - 1) {
      if (day >= 0) {
        runs.push({ start: runStart, end: day, worked: here, touchesStart: runStart === model.historyStart, touchesEnd: day === model.days - 1 });
      }
      runStart = day + 1;
    }
  }
  return runs;
}

/** The dates of a run's days, history days included. */
export function runDates(rm: RotaModel, run: Run): string[] {
  const dates: string[] = [];
  for (let day = run.start; day <= run.end; day++) dates.push(rm.model.dateOf(day));
  return dates;
}
