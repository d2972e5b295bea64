import { addCalendarDays, toDayNumber, weekdayOf } from '../../core/calendar.js';
import { wallClockInterval, wallTimeToMinutes } from '../../core/time.js';
import type { Contract, CoverDemand, Rota, RotaProblem, RotaRequest, ShiftType, Staff } from '../schemas.js';

/** Facts about one staff member, indexed once per problem. Day indexes are relative to the horizon start. */
export interface StaffFacts {
  readonly index: number;
  readonly staff: Staff;
  readonly contract: Contract;
  readonly skills: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  /** Horizon days that are fixed days off. */
  readonly fixedOff: ReadonlySet<number>;
  /** Horizon days of approved leave, with the leave id. */
  readonly approvedLeave: ReadonlyMap<number, string>;
  /** Horizon days of pending leave, with the leave id and weight. */
  readonly pendingLeave: ReadonlyMap<number, { readonly id: string; readonly weight: number }>;
  /** Requests, with their day index. */
  readonly requests: readonly { readonly request: RotaRequest; readonly day: number; readonly shift: number }[];
  /** History shifts (negative days), in day order. */
  readonly history: readonly Cell[];
}

/** One shift worked: day index (relative to the horizon start) and shift type index. */
export interface Cell {
  readonly day: number;
  readonly shift: number;
}

/** A cover demand with its day and shift indexes. */
export interface CoverFacts {
  readonly index: number;
  readonly demand: CoverDemand;
  readonly day: number;
  /** Shift type index, or -1 for a window demand. */
  readonly shift: number;
}

/** The problem indexed once: staff by id, shift types by id, day arrays, interval cache. */
export interface ProblemModel {
  readonly problem: RotaProblem;
  readonly startDay: number;
  readonly days: number;
  /** Dates of horizon days (index 0..days-1). */
  readonly dates: readonly string[];
  /** Weekday (0 = Sunday) of horizon day 0. */
  readonly startWeekday: number;
  readonly staff: readonly StaffFacts[];
  readonly staffById: ReadonlyMap<string, number>;
  readonly shifts: readonly ShiftType[];
  readonly shiftById: ReadonlyMap<string, number>;
  /** forbidden[a][b]: shift b may not be worked the day after shift a. */
  readonly forbidden: readonly (readonly boolean[])[];
  /** The earliest history day (negative), or 0 when there is no history: days from here to -1 are known. */
  readonly historyStart: number;
  readonly cover: readonly CoverFacts[];
  /** The date of a day index (negative for history). */
  dateOf(day: number): string;
  /** Real start and end (epoch ms) of a shift type worked on a day index. */
  interval(shift: number, day: number): { readonly start: number; readonly end: number };
  /** Real elapsed minutes of a shift type worked on a day index. */
  minutes(shift: number, day: number): number;
}

const problemModels = new WeakMap<RotaProblem, ProblemModel>();

/** The model of a parsed problem, built once and cached. */
export function problemModel(problem: RotaProblem): ProblemModel {
  const cached = problemModels.get(problem);
  if (cached !== undefined) return cached;
  const built = buildProblemModel(problem);
  problemModels.set(problem, built);
  return built;
}

function buildProblemModel(problem: RotaProblem): ProblemModel {
  const startDay = toDayNumber(problem.horizon.start);
  const days = problem.horizon.days;
  const dates = Array.from({ length: days }, (_, i) => addCalendarDays(problem.horizon.start, i));
  const shiftById = new Map(problem.shiftTypes.map((shift, i) => [shift.id, i]));
  const staffById = new Map(problem.staff.map((member, i) => [member.id, i]));
  const contracts = new Map(problem.contracts.map((contract) => [contract.id, contract]));
  const forbidden = problem.shiftTypes.map((shift) => {
    const row = new Array<boolean>(problem.shiftTypes.length).fill(false);
    for (const id of shift.forbiddenSuccessors) {
      const j = shiftById.get(id);
      if (j !== undefined) row[j] = true;
    }
    return row;
  });
  const dayIndex = (date: string): number => toDayNumber(date) - startDay;
  let historyStart = 0;
  for (const entry of problem.history) historyStart = Math.min(historyStart, dayIndex(entry.date));

  const staff = problem.staff.map((member, index): StaffFacts => {
    const fixedOff = new Set<number>();
    const approvedLeave = new Map<number, string>();
    const pendingLeave = new Map<number, { id: string; weight: number }>();
    return {
      index,
      staff: member,
      contract: contracts.get(member.contractId) as Contract,
      skills: new Set(member.skills),
      roles: new Set(member.roles),
      fixedOff,
      approvedLeave,
      pendingLeave,
      requests: [],
      history: [],
    };
  });
  const mutable = (i: number) => staff[i] as unknown as {
    fixedOff: Set<number>;
    approvedLeave: Map<number, string>;
    pendingLeave: Map<number, { id: string; weight: number }>;
    requests: { request: RotaRequest; day: number; shift: number }[];
    history: Cell[];
  };
  for (const entry of problem.fixedDaysOff) {
    const day = dayIndex(entry.date);
    const s = staffById.get(entry.staffId);
    if (s !== undefined && day >= 0 && day < days) mutable(s).fixedOff.add(day);
  }
  for (const leave of problem.leave) {
    const s = staffById.get(leave.staffId);
    if (s === undefined) continue;
    const from = Math.max(0, dayIndex(leave.start));
    const to = Math.min(days - 1, dayIndex(leave.end));
    for (let day = from; day <= to; day++) {
      if (leave.status === 'approved') mutable(s).approvedLeave.set(day, leave.id);
      else mutable(s).pendingLeave.set(day, { id: leave.id, weight: leave.weight });
    }
  }
  for (const request of problem.requests) {
    const s = staffById.get(request.staffId);
    const day = dayIndex(request.date);
    if (s === undefined || day < 0 || day >= days) continue;
    const shift = request.shiftTypeId === undefined ? -1 : (shiftById.get(request.shiftTypeId) ?? -1);
    mutable(s).requests.push({ request, day, shift });
  }
  for (const entry of problem.history) {
    const s = staffById.get(entry.staffId);
    const shift = shiftById.get(entry.shiftTypeId);
    if (s === undefined || shift === undefined) continue;
    mutable(s).history.push({ day: dayIndex(entry.date), shift });
  }
  for (const member of staff) mutable(member.index).history.sort((a, b) => a.day - b.day || a.shift - b.shift);

  const cover = problem.cover
    .map((demand, index): CoverFacts => ({
      index,
      demand,
      day: dayIndex(demand.date),
      shift: demand.shiftTypeId === undefined ? -1 : (shiftById.get(demand.shiftTypeId) ?? -1),
    }))
    .filter((facts) => facts.day >= 0 && facts.day < days);

  const zone = problem.site.timeZone;
  const utc = zone === 'UTC' || zone === 'Etc/UTC';
  const offset = -historyStart + 1;
  const span = days + offset + 1;
  const starts = problem.shiftTypes.map(() => new Float64Array(span).fill(Number.NaN));
  const ends = problem.shiftTypes.map(() => new Float64Array(span));
  const dateOf = (day: number): string => (day >= 0 && day < days ? (dates[day] as string) : addCalendarDays(problem.horizon.start, day));
  const interval = (shift: number, day: number): { start: number; end: number } => {
    const slot = day + offset;
    const startRow = starts[shift] as Float64Array;
    const endRow = ends[shift] as Float64Array;
    if (slot >= 0 && slot < span && !Number.isNaN(startRow[slot] as number)) return { start: startRow[slot] as number, end: endRow[slot] as number };
    const type = problem.shiftTypes[shift] as ShiftType;
    let result: { start: number; end: number };
    if (utc) {
      const start = (startDay + day) * 86_400_000 + wallTimeToMinutes(type.start) * 60_000;
      result = { start, end: start + type.durationMinutes * 60_000 };
    } else {
      result = wallClockInterval(dateOf(day), type.start, type.durationMinutes, zone);
    }
    if (slot >= 0 && slot < span) {
      startRow[slot] = result.start;
      endRow[slot] = result.end;
    }
    return result;
  };
  return {
    problem,
    startDay,
    days,
    dates,
    startWeekday: weekdayOf(problem.horizon.start),
    staff,
    staffById,
    shifts: problem.shiftTypes,
    shiftById,
    forbidden,
    historyStart,
    cover,
    dateOf,
    interval,
    minutes: (shift, day) => {
      const { start, end } = interval(shift, day);
      return (end - start) / 60_000;
    },
  };
}

/** One staff member's shifts in a rota. */
export interface StaffRota {
  /** Horizon shifts in (day, start) order, with the index of their assignment in the rota. */
  readonly cells: readonly (Cell & { readonly assignment: number })[];
  /** Number of shifts starting on each horizon day. */
  readonly perDay: Uint8Array;
}

/** A rota indexed against its problem model. */
export interface RotaModel {
  readonly model: ProblemModel;
  readonly rota: Rota;
  readonly staff: readonly StaffRota[];
}

const rotaModels = new WeakMap<Rota, RotaModel>();

/** The index of a rota (already checked against the problem), built once per rota object. */
export function rotaModel(problem: RotaProblem, rota: Rota): RotaModel {
  const cached = rotaModels.get(rota);
  if (cached !== undefined && cached.model.problem === problem) return cached;
  const model = problemModel(problem);
  const lists: (Cell & { assignment: number })[][] = model.staff.map(() => []);
  const perDay = model.staff.map(() => new Uint8Array(model.days));
  rota.assignments.forEach((assignment, index) => {
    const s = model.staffById.get(assignment.staffId);
    const shift = model.shiftById.get(assignment.shiftTypeId);
    if (s === undefined || shift === undefined) return;
    const day = toDayNumber(assignment.date) - model.startDay;
    if (day < 0 || day >= model.days) return;
    (lists[s] as (Cell & { assignment: number })[]).push({ day, shift, assignment: index });
    const counts = perDay[s] as Uint8Array;
    counts[day] = Math.min(255, (counts[day] as number) + 1);
  });
  for (const list of lists) {
    list.sort((a, b) => a.day - b.day || model.interval(a.shift, a.day).start - model.interval(b.shift, b.day).start || a.assignment - b.assignment);
  }
  const built: RotaModel = { model, rota, staff: lists.map((cells, i) => ({ cells, perDay: perDay[i] as Uint8Array })) };
  rotaModels.set(rota, built);
  return built;
}

/**
 * Worked days of one staff member from `model.historyStart` to the horizon end: `worked[d - historyStart]`
 * is true when a shift starts on day d (history included).
 */
export function workedDays(rm: RotaModel, s: number): Uint8Array {
  const { model } = rm;
  const offset = -model.historyStart;
  const worked = new Uint8Array(model.days + offset);
  for (const cell of (model.staff[s] as StaffFacts).history) if (cell.day >= model.historyStart) worked[cell.day + offset] = 1;
  const perDay = (rm.staff[s] as StaffRota).perDay;
  for (let day = 0; day < model.days; day++) if ((perDay[day] as number) > 0) worked[day + offset] = 1;
  return worked;
}
