import { addCalendarDays, toDayNumber, weekdayOf, startOfWeekDate } from '../../../core/calendar.js';
import { practiceOpsError } from '../../../core/errors.js';
import { wallClockInterval, wallClockToEpoch, wallTimeToMinutes } from '../../../core/time.js';
import type { RotaProblem } from '../../schemas.js';

/** Marker in `pinned` for a cell the solver may change. */
export const NOT_PINNED = -2;

/**
 * A window of days (a workweek or a pay period) for one staff member, with its limits.
 * Windows of one staff member are numbered per kind; `winOf[i*D+d]` gives the window of day d.
 */
export interface WindowKind {
  /** Window index of each staff-day (N*D), -1 when the staff member has no such limit. */
  readonly winOf: Int32Array;
  /** First window index of each staff member (N + 1 entries, CSR style). */
  readonly base: Int32Array;
  /** Min minutes per staff member (-1 none). */
  readonly min: Int32Array;
  /** Max minutes per staff member (-1 none). */
  readonly max: Int32Array;
  /** 1 when the window lies fully inside the horizon (only then is its minimum judged). */
  readonly full: Uint8Array;
  /** Total number of windows (all staff). */
  readonly count: number;
}

/** The problem compiled into dense typed arrays. Shift index -1 means a day off. */
export interface CompiledProblem {
  readonly problem: RotaProblem;
  readonly N: number;
  readonly D: number;
  readonly S: number;
  readonly staffIds: readonly string[];
  readonly shiftIds: readonly string[];
  readonly dates: readonly string[];
  readonly dayIndex: ReadonlyMap<string, number>;
  readonly staffIndex: ReadonlyMap<string, number>;
  readonly shiftIndex: ReadonlyMap<string, number>;
  /** Real start (epoch ms) of shift s on day d, index (d+1)*S+s for d in -1..D-1. */
  readonly startE: Float64Array;
  /** Real end (epoch ms), same indexing. */
  readonly endE: Float64Array;
  /** Real minutes of shift s on day d, index d*S+s. */
  readonly mins: Int32Array;
  /** forbidden[a*S+b] = 1 when b may not follow a on the next day. */
  readonly forb: Uint8Array;
  /** Unary hard cost, index (i*D+d)*(S+1)+s+1. */
  readonly uH: Float64Array;
  /** Unary soft cost, same indexing. */
  readonly uS: Float64Array;
  readonly maxCons: Int32Array;
  readonly minCons: Int32Array;
  readonly minOff: Int32Array;
  readonly minRestMs: Float64Array;
  readonly maxWk: Int32Array;
  /** maxPerType[i*S+s], -1 none. */
  readonly maxPerType: Int32Array;
  readonly minTot: Int32Array;
  readonly maxTot: Int32Array;
  readonly windows: readonly WindowKind[];
  /** Weekend index of each day, -1 on weekdays. */
  readonly weekendOf: Int32Array;
  readonly NW: number;
  /** History: whether the days before the horizon are known for the staff member. */
  readonly histKnown: Uint8Array;
  /** Consecutive worked days ending the day before the horizon. */
  readonly preWork: Int32Array;
  /** Consecutive days off ending the day before the horizon (when known). */
  readonly preOff: Int32Array;
  /** Shift worked on the day before the horizon (-1 none). */
  readonly histShift: Int32Array;
  /** 1 when a run of work touching the horizon start reaches back to the earliest known day (exempt from minimums). */
  readonly exemptWork: Uint8Array;
  /** Same for a run of days off. */
  readonly exemptOff: Uint8Array;
  /** Minutes already worked (history) in each window, per window kind. */
  readonly winInit: readonly Float64Array[];
  /** 1 when the weekend containing day 0 (a Sunday) was already worked on the Saturday before. */
  readonly wkInit: Uint8Array;
  /** pinned[i*D+d]: NOT_PINNED, -1 (pinned off) or a shift index. */
  readonly pinned: Int32Array;
  /** Cover cells. */
  readonly C: number;
  readonly cellDay: Int32Array;
  readonly cellMin: Int32Array;
  readonly cellIdeal: Int32Array;
  readonly cellUnder: Float64Array;
  readonly cellOver: Float64Array;
  readonly cellGroup: Int32Array;
  /** Index into the original cover array. */
  readonly cellSource: Int32Array;
  /** CSR: cells counting an assignment of shift s on day d: cellList[cellStart[d*S+s] .. cellStart[d*S+s+1]). */
  readonly cellStart: Int32Array;
  readonly cellList: Int32Array;
  /** groupMember[g*N+i] = 1 when staff i counts for group g (group 0 = everyone). */
  readonly groupMember: Uint8Array;
  /** Cells of each day, CSR over days. */
  readonly dayCellStart: Int32Array;
  readonly dayCellList: Int32Array;
}

/** Whether staff member i has a minute limit per week or pay period (a window kind with a minimum or maximum). */
export function hasWindowLimits(p: CompiledProblem, i: number): boolean {
  return p.windows.some((kind) => kind.min[i]! >= 0 || kind.max[i]! >= 0);
}

function unknown(path: (string | number)[], what: string, received: string): never {
  throw practiceOpsError('UNKNOWN_REFERENCE', `Unknown ${what} '${received}'`, { path, expected: `a known ${what}`, received });
}

/**
 * Compiles a parsed problem into typed arrays for the incremental scorer.
 *
 * @param problem - a parsed problem
 * @returns the compiled problem
 */
export function compileProblem(problem: RotaProblem): CompiledProblem {
  const N = problem.staff.length;
  const D = problem.horizon.days;
  const S = problem.shiftTypes.length;
  const zone = problem.site.timeZone;
  const staffIds = problem.staff.map((s) => s.id);
  const shiftIds = problem.shiftTypes.map((s) => s.id);
  const dates: string[] = [];
  for (let d = 0; d < D; d++) dates.push(addCalendarDays(problem.horizon.start, d));
  const dayIndex = new Map(dates.map((date, d) => [date, d] as const));
  const staffIndex = new Map(staffIds.map((id, i) => [id, i] as const));
  const shiftIndex = new Map(shiftIds.map((id, s) => [id, s] as const));
  const contracts = new Map(problem.contracts.map((c) => [c.id, c] as const));
  const startDn = toDayNumber(problem.horizon.start);

  // Times.
  const startE = new Float64Array((D + 1) * S);
  const endE = new Float64Array((D + 1) * S);
  const mins = new Int32Array(D * S);
  for (let d = -1; d < D; d++) {
    const date = addCalendarDays(problem.horizon.start, d);
    for (let s = 0; s < S; s++) {
      const t = problem.shiftTypes[s]!;
      const iv = wallClockInterval(date, t.start, t.durationMinutes, zone);
      startE[(d + 1) * S + s] = iv.start;
      endE[(d + 1) * S + s] = iv.end;
      if (d >= 0) mins[d * S + s] = Math.round((iv.end - iv.start) / 60000);
    }
  }
  const forb = new Uint8Array(S * S);
  problem.shiftTypes.forEach((t, a) => {
    t.forbiddenSuccessors.forEach((id, k) => {
      const b = shiftIndex.get(id);
      if (b === undefined) unknown(['shiftTypes', a, 'forbiddenSuccessors', k], 'shift type', id);
      forb[a * S + b] = 1;
    });
  });

  // Contracts per staff.
  const maxCons = new Int32Array(N);
  const minCons = new Int32Array(N);
  const minOff = new Int32Array(N);
  const minRestMs = new Float64Array(N);
  const maxWk = new Int32Array(N).fill(-1);
  const maxPerType = new Int32Array(N * S).fill(-1);
  const minTot = new Int32Array(N).fill(-1);
  const maxTot = new Int32Array(N).fill(-1);
  const uH = new Float64Array(N * D * (S + 1));
  const uS = new Float64Array(N * D * (S + 1));
  const week = { winOf: new Int32Array(N * D).fill(-1), base: new Int32Array(N + 1), min: new Int32Array(N).fill(-1), max: new Int32Array(N).fill(-1), full: [] as number[] };
  const pay = { winOf: new Int32Array(N * D).fill(-1), base: new Int32Array(N + 1), min: new Int32Array(N).fill(-1), max: new Int32Array(N).fill(-1), full: [] as number[] };

  problem.staff.forEach((st, i) => {
    const c = contracts.get(st.contractId);
    if (c === undefined) unknown(['staff', i, 'contractId'], 'contract', st.contractId);
    maxCons[i] = c.maxConsecutiveWorkDays ?? 0;
    minCons[i] = c.minConsecutiveWorkDays ?? 0;
    minOff[i] = c.minConsecutiveDaysOff ?? 0;
    minRestMs[i] = (c.minRestMinutes ?? 0) * 60000;
    maxWk[i] = c.maxWeekends ?? -1;
    minTot[i] = c.minTotalMinutes ?? -1;
    maxTot[i] = c.maxTotalMinutes ?? -1;
    if (c.maxShiftsPerType !== undefined) {
      for (const [id, m] of Object.entries(c.maxShiftsPerType)) {
        const s = shiftIndex.get(id);
        if (s === undefined) unknown(['contracts', problem.contracts.indexOf(c), 'maxShiftsPerType', id], 'shift type', id);
        maxPerType[i * S + s] = m;
      }
    }
    // Per-day minutes and skills are unary.
    for (let d = 0; d < D; d++) {
      for (let s = 0; s < S; s++) {
        const t = problem.shiftTypes[s]!;
        const m = mins[d * S + s]!;
        let h = 0;
        if (c.minMinutesPerDay !== undefined && m < c.minMinutesPerDay) h += c.minMinutesPerDay - m;
        if (c.maxMinutesPerDay !== undefined && m > c.maxMinutesPerDay) h += m - c.maxMinutesPerDay;
        if (t.requiredSkills.some((k) => !st.skills.includes(k))) h += 1;
        if (t.roles.length > 0 && !t.roles.some((r) => st.roles.includes(r))) h += 1;
        uH[(i * D + d) * (S + 1) + s + 1] = uH[(i * D + d) * (S + 1) + s + 1]! + h;
      }
    }
    // Windows.
    const fill = (kind: typeof week, keyOf: (d: number) => number, windowDays: number, firstDn: (key: number) => number, min: number | undefined, max: number | undefined): void => {
      kind.base[i] = kind.full.length;
      if (min === undefined && max === undefined) return;
      kind.min[i] = min ?? -1;
      kind.max[i] = max ?? -1;
      let lastKey = Number.NaN;
      for (let d = 0; d < D; d++) {
        const key = keyOf(d);
        if (key !== lastKey) {
          const first = firstDn(key) - startDn;
          kind.full.push(first >= 0 && first + windowDays <= D ? 1 : 0);
          lastKey = key;
        }
        kind.winOf[i * D + d] = kind.full.length - 1;
      }
    };
    fill(
      week,
      (d) => toDayNumber(startOfWeekDate(dates[d]!, st.workweekStartsOn)),
      7,
      (k) => k,
      c.minMinutesPerWeek,
      c.maxMinutesPerWeek,
    );
    const period = c.payPeriodDays ?? 14;
    const anchor = toDayNumber(c.payPeriodAnchor ?? problem.horizon.start);
    fill(
      pay,
      (d) => Math.floor((startDn + d - anchor) / period),
      period,
      (k) => anchor + k * period,
      c.payPeriodDays === undefined ? undefined : c.minMinutesPerPayPeriod,
      c.payPeriodDays === undefined ? undefined : c.maxMinutesPerPayPeriod,
    );
  });
  week.base[N] = week.full.length;
  pay.base[N] = pay.full.length;
  const mkKind = (k: typeof week): WindowKind => ({ winOf: k.winOf, base: k.base, min: k.min, max: k.max, full: Uint8Array.from(k.full), count: k.full.length });
  const windows = [mkKind(week), mkKind(pay)].filter((k) => k.count > 0);

  const idxStaff = (id: string, path: (string | number)[]): number => staffIndex.get(id) ?? unknown(path, 'staff member', id);
  const idxShift = (id: string, path: (string | number)[]): number => shiftIndex.get(id) ?? unknown(path, 'shift type', id);
  const addAllShifts = (arr: Float64Array, i: number, d: number, w: number): void => {
    for (let s = 0; s < S; s++) arr[(i * D + d) * (S + 1) + s + 1] = arr[(i * D + d) * (S + 1) + s + 1]! + w;
  };

  problem.fixedDaysOff.forEach((f, k) => {
    const i = idxStaff(f.staffId, ['fixedDaysOff', k, 'staffId']);
    const d = dayIndex.get(f.date);
    if (d !== undefined) addAllShifts(uH, i, d, 1);
  });
  problem.leave.forEach((l, k) => {
    const i = idxStaff(l.staffId, ['leave', k, 'staffId']);
    const from = Math.max(0, toDayNumber(l.start) - startDn);
    const to = Math.min(D - 1, toDayNumber(l.end) - startDn);
    for (let d = from; d <= to; d++) addAllShifts(l.status === 'approved' ? uH : uS, i, d, l.status === 'approved' ? 1 : l.weight);
  });
  problem.requests.forEach((r, k) => {
    const i = idxStaff(r.staffId, ['requests', k, 'staffId']);
    const d = dayIndex.get(r.date);
    if (d === undefined) return;
    const base = (i * D + d) * (S + 1);
    if (r.kind === 'day-off') addAllShifts(uS, i, d, r.weight);
    else {
      const s = idxShift(r.shiftTypeId ?? '', ['requests', k, 'shiftTypeId']);
      if (r.kind === 'shift-off') uS[base + s + 1] = uS[base + s + 1]! + r.weight;
      else for (let t = -1; t < S; t++) if (t !== s) uS[base + t + 1] = uS[base + t + 1]! + r.weight;
    }
  });

  // Pins.
  const pinned = new Int32Array(N * D).fill(NOT_PINNED);
  problem.pinned.forEach((p, k) => {
    const i = idxStaff(p.staffId, ['pinned', k, 'staffId']);
    const d = dayIndex.get(p.date);
    if (d === undefined) return;
    pinned[i * D + d] = p.shiftTypeId === null ? -1 : idxShift(p.shiftTypeId, ['pinned', k, 'shiftTypeId']);
  });

  // Weekends.
  const weekendOf = new Int32Array(D).fill(-1);
  const weekendKeys = new Map<number, number>();
  for (let d = 0; d < D; d++) {
    const wd = weekdayOf(dates[d]!);
    if (wd !== 6 && wd !== 0) continue;
    const key = wd === 6 ? d : d - 1;
    let w = weekendKeys.get(key);
    if (w === undefined) {
      w = weekendKeys.size;
      weekendKeys.set(key, w);
    }
    weekendOf[d] = w;
  }

  // History: days from the earliest history date to the day before the horizon are known for
  // everyone; a run reaching back to that earliest day is exempt from the minimums.
  let H = 0;
  for (const h of problem.history) H = Math.max(H, startDn - toDayNumber(h.date));
  const histKnown = new Uint8Array(N);
  const exemptWork = new Uint8Array(N);
  const exemptOff = new Uint8Array(N);
  const preWork = new Int32Array(N);
  const preOff = new Int32Array(N);
  const histShift = new Int32Array(N).fill(-1);
  const histCells: { i: number; back: number; s: number }[] = [];
  const histDays = problem.staff.map(() => new Set<number>());
  problem.history.forEach((h, k) => {
    const i = idxStaff(h.staffId, ['history', k, 'staffId']);
    const s = idxShift(h.shiftTypeId, ['history', k, 'shiftTypeId']);
    const back = startDn - toDayNumber(h.date);
    if (back < 1) return;
    histDays[i]!.add(back);
    histCells.push({ i, back, s });
    if (back === 1) histShift[i] = s;
  });
  for (let i = 0; i < N; i++) {
    histKnown[i] = H > 0 ? 1 : 0;
    const set = histDays[i]!;
    let w = 0;
    while (w < H && set.has(w + 1)) w++;
    preWork[i] = w;
    let o = 0;
    if (w === 0) while (o < H && !set.has(o + 1)) o++;
    preOff[i] = o;
    exemptWork[i] = w === H ? 1 : 0;
    exemptOff[i] = o === H ? 1 : 0;
  }
  // Minutes of history shifts that fall in the first week / pay period of the horizon, and a
  // weekend whose Saturday is the day before the horizon.
  const winInit = windows.map((k) => new Float64Array(k.count));
  const wkInit = new Uint8Array(N);
  for (const h of histCells) {
    const date = addCalendarDays(problem.horizon.start, -h.back);
    const t = problem.shiftTypes[h.s]!;
    const iv = wallClockInterval(date, t.start, t.durationMinutes, zone);
    const m = Math.round((iv.end - iv.start) / 60000);
    const st = problem.staff[h.i]!;
    const c = contracts.get(st.contractId)!;
    const kinds: { kind: WindowKind; key: (dn: number) => number }[] = [];
    if (week.full.length > 0) kinds.push({ kind: windows[0]!, key: (dn) => toDayNumber(startOfWeekDate(addCalendarDays(problem.horizon.start, dn - startDn), st.workweekStartsOn)) });
    const payKind = windows.length > 1 ? windows[1] : week.full.length === 0 ? windows[0] : undefined;
    if (payKind !== undefined && c.payPeriodDays !== undefined) {
      const anchor = toDayNumber(c.payPeriodAnchor ?? problem.horizon.start);
      kinds.push({ kind: payKind, key: (dn) => Math.floor((dn - anchor) / c.payPeriodDays!) });
    }
    for (const { kind, key } of kinds) {
      const w0 = kind.winOf[h.i * D]!;
      if (w0 < 0) continue;
      if (key(startDn - h.back) === key(startDn)) {
        const arr = winInit[windows.indexOf(kind)]!;
        arr[w0] = arr[w0]! + m;
      }
    }
    if (h.back === 1 && weekdayOf(dates[0]!) === 0) wkInit[h.i] = 1;
  }

  // Cover cells.
  const groupKeys = new Map<string, number>([['|', 0]]);
  const groupOf = (role?: string, skill?: string): number => {
    const key = `${role ?? ''}|${skill ?? ''}`;
    let g = groupKeys.get(key);
    if (g === undefined) {
      g = groupKeys.size;
      groupKeys.set(key, g);
    }
    return g;
  };
  const cellDay: number[] = [];
  const cellMin: number[] = [];
  const cellIdeal: number[] = [];
  const cellUnder: number[] = [];
  const cellOver: number[] = [];
  const cellGroup: number[] = [];
  const cellSource: number[] = [];
  const buckets: number[][] = Array.from({ length: D * S }, () => []);
  problem.cover.forEach((cv, k) => {
    const d = dayIndex.get(cv.date);
    if (d === undefined) return;
    const c = cellDay.length;
    cellDay.push(d);
    cellMin.push(cv.min);
    cellIdeal.push(cv.ideal);
    cellUnder.push(cv.underWeight);
    cellOver.push(cv.overWeight);
    cellGroup.push(groupOf(cv.role, cv.skill));
    cellSource.push(k);
    if (cv.shiftTypeId !== undefined) {
      const s = idxShift(cv.shiftTypeId, ['cover', k, 'shiftTypeId']);
      buckets[d * S + s]!.push(c);
    } else if (cv.window !== undefined) {
      const ws = wallTimeToMinutes(cv.window.start);
      let we = wallTimeToMinutes(cv.window.end);
      if (we <= ws) we += 1440;
      const from = wallClockToEpoch(cv.date, ws, zone);
      const to = wallClockToEpoch(cv.date, we, zone);
      for (const dd of [d - 1, d]) {
        if (dd < 0) continue;
        for (let s = 0; s < S; s++) {
          if (startE[(dd + 1) * S + s]! <= from && endE[(dd + 1) * S + s]! >= to) buckets[dd * S + s]!.push(c);
        }
      }
    }
  });
  const C = cellDay.length;
  const cellStart = new Int32Array(D * S + 1);
  const flat: number[] = [];
  for (let k = 0; k < D * S; k++) {
    cellStart[k] = flat.length;
    flat.push(...buckets[k]!);
  }
  cellStart[D * S] = flat.length;
  const G = groupKeys.size;
  const groupMember = new Uint8Array(G * N);
  for (const [key, g] of groupKeys) {
    const [role, skill] = key.split('|') as [string, string];
    problem.staff.forEach((st, i) => {
      const okRole = role === '' || st.roles.includes(role);
      const okSkill = skill === '' || st.skills.includes(skill);
      groupMember[g * N + i] = okRole && okSkill ? 1 : 0;
    });
  }
  const dayCellStart = new Int32Array(D + 1);
  const dayCellList: number[] = [];
  const byDay: number[][] = Array.from({ length: D }, () => []);
  for (let c = 0; c < C; c++) byDay[cellDay[c]!]!.push(c);
  for (let d = 0; d < D; d++) {
    dayCellStart[d] = dayCellList.length;
    dayCellList.push(...byDay[d]!);
  }
  dayCellStart[D] = dayCellList.length;

  return {
    problem,
    N,
    D,
    S,
    staffIds,
    shiftIds,
    dates,
    dayIndex,
    staffIndex,
    shiftIndex,
    startE,
    endE,
    mins,
    forb,
    uH,
    uS,
    maxCons,
    minCons,
    minOff,
    minRestMs,
    maxWk,
    maxPerType,
    minTot,
    maxTot,
    windows,
    weekendOf,
    NW: weekendKeys.size,
    histKnown,
    preWork,
    preOff,
    histShift,
    exemptWork,
    exemptOff,
    winInit,
    wkInit,
    pinned,
    C,
    cellDay: Int32Array.from(cellDay),
    cellMin: Int32Array.from(cellMin),
    cellIdeal: Int32Array.from(cellIdeal),
    cellUnder: Float64Array.from(cellUnder),
    cellOver: Float64Array.from(cellOver),
    cellGroup: Int32Array.from(cellGroup),
    cellSource: Int32Array.from(cellSource),
    cellStart,
    cellList: Int32Array.from(flat),
    groupMember,
    dayCellStart,
    dayCellList: Int32Array.from(dayCellList),
  };
}
