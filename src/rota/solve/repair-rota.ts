import { z } from 'zod';
import { addCalendarDays, daysBetween, IsoDateSchema } from '../../core/calendar.js';
import { practiceOpsError } from '../../core/errors.js';
import { parseInput } from '../../core/parse.js';
import { parseRota, parseRotaProblem } from '../parse-problem.js';
import type { HardSoftScore, Rota, RotaProblem, RotaProblemInput } from '../schemas.js';
import { compileProblem, NOT_PINNED, type CompiledProblem } from './internal/compile.js';
import { gridToRota, rotaToGrid } from './internal/grid.js';
import { search } from './internal/search.js';
import { RotaState } from './internal/state.js';

/**
 * What happened after the rota was published: a sick call (the person cannot work from `date` to
 * `endDate`), leave approved after publication (hard from now on), or a new shift to cover.
 *
 * @example
 * ```ts
 * RotaEventSchema.parse({ kind: 'sick-call', staffId: 'ana', date: '2026-12-03' });
 * ```
 * @category Solver
 */
export const RotaEventSchema = z.discriminatedUnion('kind', [
  z.object({
    /** A sick call. */
    kind: z.literal('sick-call'),
    /** Who called in sick. */
    staffId: z.string().min(1),
    /** First day off sick. */
    date: IsoDateSchema,
    /** Last day off sick (the same day by default). */
    endDate: IsoDateSchema.optional(),
  }),
  z.object({
    /** Leave approved after the rota was published. */
    kind: z.literal('leave-approved'),
    /** Who goes on leave. */
    staffId: z.string().min(1),
    /** First day of leave. */
    start: IsoDateSchema,
    /** Last day of leave (included). */
    end: IsoDateSchema,
    /** The id of a pending leave in the problem this approves, if any (a new id otherwise). */
    leaveId: z.string().min(1).optional(),
  }),
  z.object({
    /** A shift to add. */
    kind: z.literal('new-shift'),
    /** The day. */
    date: IsoDateSchema,
    /** The shift type. */
    shiftTypeId: z.string().min(1),
    /** How many more people (1 by default). */
    count: z.int().min(1).default(1),
    /** Count only staff with this role. */
    role: z.string().min(1).optional(),
    /** Count only staff with this skill. */
    skill: z.string().min(1).optional(),
  }),
]);

/**
 * An event that breaks a published rota.
 *
 * @category Solver
 */
export type RotaEvent = z.input<typeof RotaEventSchema>;

/**
 * Options of {@link repairRota}.
 *
 * @example
 * ```ts
 * RepairRotaOptionsSchema.parse({ radiusDays: 3 });
 * ```
 * @category Solver
 */
export const RepairRotaOptionsSchema = z.object({
  /** Seed of the repair search. */
  seed: z.int().min(0).max(0xffffffff).default(1),
  /** Wall-clock limit in milliseconds. */
  timeLimitMs: z.number().positive().default(2_000),
  /** Limit on moves tried (deterministic repairs). */
  maxIterations: z.int().positive().default(300_000),
  /** Days either side of the event where other assignments may move (7 by default). */
  radiusDays: z.int().min(0).default(7),
  /** Soft penalty per changed staff-day; by default a third of the largest under-cover weight on the event's days. */
  changeWeight: z.number().positive().finite().optional(),
  /** How many ranked candidates to return per opened shift. */
  candidates: z.int().min(0).default(5),
});

/**
 * Options of {@link repairRota}, as written by a caller.
 *
 * @category Solver
 */
export type RepairRotaOptions = z.input<typeof RepairRotaOptionsSchema>;

/**
 * One changed staff-day: who, which day, the shift before and after (null = off).
 *
 * @category Solver
 */
export interface RotaDiffEntry {
  /** Who. */
  readonly staffId: string;
  /** The day. */
  readonly date: string;
  /** The shift type before the repair, null when off. */
  readonly before: string | null;
  /** The shift type after the repair, null when off. */
  readonly after: string | null;
}

/**
 * A staff member who could take an opened shift (not on leave, not on a fixed day off, with the
 * skills and role it needs), with what giving it to them would change.
 *
 * @category Solver
 */
export interface RepairCandidate {
  /** Who. */
  readonly staffId: string;
  /** What they work that day in the repaired rota (null = off). */
  readonly current: string | null;
  /** Score change if they took the shift, from the repaired rota. */
  readonly delta: HardSoftScore;
}

/**
 * A shift the event opened, who now works it (null when still open), and ranked candidates.
 *
 * @category Solver
 */
export interface OpenedShift {
  /** The day. */
  readonly date: string;
  /** The shift type. */
  readonly shiftTypeId: string;
  /** Who covers it after the repair (a new person), or null when it stays open. */
  readonly filledBy: string | null;
  /** Candidates ranked by hard then soft change (best first). */
  readonly candidates: readonly RepairCandidate[];
}

/**
 * The result of {@link repairRota}.
 *
 * @category Solver
 */
export interface RepairRotaResult {
  /** The problem with the event applied (sick leave or approved leave added, or the cover raised). */
  readonly problem: RotaProblem;
  /** The repaired rota. */
  readonly rota: Rota;
  /** Its score under the updated problem. */
  readonly score: HardSoftScore;
  /** Score of the published rota under the updated problem, once the event's cells are freed. */
  readonly scoreBefore: HardSoftScore;
  /** Every staff-day that changed against the published rota. */
  readonly diff: readonly RotaDiffEntry[];
  /** The shifts the event opened. */
  readonly opened: readonly OpenedShift[];
}

function applyEvent(problem: RotaProblem, event: z.output<typeof RotaEventSchema>): { next: RotaProblem; days: string[]; staffId?: string } {
  const inHorizon = (date: string, path: string[]): void => {
    const k = daysBetween(problem.horizon.start, date);
    if (k < 0 || k >= problem.horizon.days) throw practiceOpsError('OUT_OF_DOMAIN', `${date} is outside the horizon`, { path, expected: 'a date inside the horizon', received: date });
  };
  const knownStaff = (id: string): void => {
    if (!problem.staff.some((s) => s.id === id)) throw practiceOpsError('UNKNOWN_REFERENCE', `Unknown staff member ${id}`, { path: ['staffId'], expected: 'a staff id of the problem', received: id });
  };
  if (event.kind === 'new-shift') {
    inHorizon(event.date, ['date']);
    if (!problem.shiftTypes.some((t) => t.id === event.shiftTypeId))
      throw practiceOpsError('UNKNOWN_REFERENCE', `Unknown shift type ${event.shiftTypeId}`, { path: ['shiftTypeId'], expected: 'a shift type id of the problem', received: event.shiftTypeId });
    const cover = problem.cover.map((c) => ({ ...c }));
    const same = cover.find((c) => c.date === event.date && c.shiftTypeId === event.shiftTypeId && c.role === event.role && c.skill === event.skill);
    if (same) {
      same.ideal += event.count;
      same.min += event.count;
    } else {
      cover.push({
        date: event.date,
        shiftTypeId: event.shiftTypeId,
        ...(event.role === undefined ? {} : { role: event.role }),
        ...(event.skill === undefined ? {} : { skill: event.skill }),
        min: event.count,
        ideal: event.count,
        underWeight: Math.max(1, ...problem.cover.map((c) => c.underWeight)),
        overWeight: 1,
      });
    }
    return { next: { ...problem, cover }, days: [event.date] };
  }
  const staffId = event.staffId;
  knownStaff(staffId);
  const start = event.kind === 'sick-call' ? event.date : event.start;
  const end = event.kind === 'sick-call' ? (event.endDate ?? event.date) : event.end;
  inHorizon(start, [event.kind === 'sick-call' ? 'date' : 'start']);
  if (daysBetween(start, end) < 0) throw practiceOpsError('OUT_OF_DOMAIN', 'The event ends before it starts', { path: ['end'], expected: `>= ${start}`, received: end });
  const days: string[] = [];
  for (let k = 0; k <= daysBetween(start, end); k++) days.push(addCalendarDays(start, k));
  const id = event.kind === 'leave-approved' && event.leaveId !== undefined ? event.leaveId : `${event.kind}-${staffId}-${start}`;
  // Drop overlapping leave of the same person (a pending leave this approves, say) and add the new one.
  const leave = problem.leave.filter((l) => !(l.staffId === staffId && daysBetween(l.start, end) >= 0 && daysBetween(start, l.end) >= 0 && (l.id === id || l.status === 'pending')));
  if (leave.some((l) => l.staffId === staffId && daysBetween(l.start, end) >= 0 && daysBetween(start, l.end) >= 0)) {
    return { next: { ...problem, leave }, days, staffId };
  }
  leave.push({ id, staffId, start, end, status: 'approved', kind: event.kind === 'sick-call' ? 'sick' : 'vacation', weight: 1 });
  const pinned = problem.pinned.filter((pin) => !(pin.staffId === staffId && days.includes(pin.date)));
  return { next: { ...problem, leave, pinned }, days, staffId };
}

/**
 * Repairs a published rota after a sick call, a leave approved after publication, or a new shift:
 * frees what the event breaks (the absent person's shifts on those days), then searches for the
 * cheapest fix where every changed staff-day costs a penalty, and only days near the event may
 * move. Everything else stays as published.
 *
 * @param problem - the problem the rota was published for
 * @param rota - the published rota
 * @param event - what happened
 * @param options - seed, limits, the change penalty and the search radius
 * @returns the updated problem, the repaired rota, its score, the diff and the opened shifts with ranked candidates
 * @throws PracticeOpsError `INVALID_INPUT`, `UNKNOWN_REFERENCE` or `OUT_OF_DOMAIN` for bad input
 * @example
 * ```ts
 * const fix = repairRota(problem, published, { kind: 'sick-call', staffId: 'B', date: '2026-03-04' });
 * for (const d of fix.diff) console.log(d.staffId, d.date, d.before, '->', d.after);
 * ```
 * @category Solver
 */
export function repairRota(problem: RotaProblemInput, rota: Rota, event: RotaEvent, options: RepairRotaOptions = {}): RepairRotaResult {
  const parsed = parseRotaProblem(problem);
  const published = parseRota(parsed, rota);
  const ev = parseInput(RotaEventSchema, event, { label: 'rota event' });
  const opts = parseInput(RepairRotaOptionsSchema, options, { label: 'repairRota options' });
  const { next, days, staffId } = applyEvent(parsed, ev);
  const updated = parseRotaProblem(next);
  const p = compileProblem(updated);
  const original = rotaToGrid(p, published).grid;
  const freed = new Int32Array(original);
  const opened: { d: number; s: number }[] = [];
  const eventDays = days.map((date) => p.dayIndex.get(date)!).filter((d) => d !== undefined);
  if (staffId !== undefined) {
    const i = p.staffIndex.get(staffId)!;
    for (const d of eventDays) {
      const s = freed[i * p.D + d]!;
      if (s >= 0) {
        opened.push({ d, s });
        freed[i * p.D + d] = -1;
      }
    }
  } else if (ev.kind === 'new-shift') {
    const s = p.shiftIndex.get(ev.shiftTypeId)!;
    for (let k = 0; k < ev.count; k++) opened.push({ d: eventDays[0]!, s });
  }
  const scoreOf = (grid: Int32Array): HardSoftScore => {
    const st = new RotaState(p);
    st.load(grid);
    return { hard: st.hard, soft: st.soft };
  };
  const scoreBefore = scoreOf(freed);

  // The repair problem: only days within the radius move; each change costs `changeWeight`.
  const lo = Math.max(0, Math.min(...eventDays) - opts.radiusDays);
  const hi = Math.min(p.D - 1, Math.max(...eventDays) + opts.radiusDays);
  let maxUnder = 0;
  for (const d of eventDays) for (let q = p.dayCellStart[d]!; q < p.dayCellStart[d + 1]!; q++) maxUnder = Math.max(maxUnder, p.cellUnder[p.dayCellList[q]!]!);
  const changeWeight = opts.changeWeight ?? Math.max(maxUnder, 1) / 3;
  const uS = new Float64Array(p.uS);
  const pinned = new Int32Array(p.pinned);
  for (let i = 0; i < p.N; i++) {
    for (let d = 0; d < p.D; d++) {
      const k = i * p.D + d;
      if (d < lo || d > hi) {
        if (pinned[k] === NOT_PINNED) pinned[k] = freed[k]!;
        continue;
      }
      const o = freed[k]!;
      for (let s = -1; s < p.S; s++) if (s !== o) uS[k * (p.S + 1) + s + 1] = uS[k * (p.S + 1) + s + 1]! + changeWeight;
    }
  }
  const rp: CompiledProblem = { ...p, uS, pinned };
  const result = search(rp, {
    seed: opts.seed,
    timeLimitMs: opts.timeLimitMs,
    maxIterations: opts.maxIterations,
    initial: freed,
    t0: changeWeight / 2,
    tEnd: changeWeight / 100,
  });
  // Never return something worse than just freeing the cells.
  const after = scoreOf(result.grid);
  const better = after.hard < scoreBefore.hard || (after.hard === scoreBefore.hard && after.soft <= scoreBefore.soft);
  const grid = better ? result.grid : freed;
  const score = better ? after : scoreBefore;

  const diff: RotaDiffEntry[] = [];
  const name = (s: number): string | null => (s < 0 ? null : p.shiftIds[s]!);
  for (let i = 0; i < p.N; i++)
    for (let d = 0; d < p.D; d++) {
      const k = i * p.D + d;
      if (original[k] !== grid[k]) diff.push({ staffId: p.staffIds[i]!, date: p.dates[d]!, before: name(original[k]!), after: name(grid[k]!) });
    }

  // Ranked candidates for each opened shift, from the repaired rota.
  const state = new RotaState(p);
  state.load(grid);
  state.commit();
  const taken = new Set<number>();
  const openedOut: OpenedShift[] = opened.map(({ d, s }) => {
    let filledBy: string | null = null;
    for (let i = 0; i < p.N; i++) {
      const k = i * p.D + d;
      if (grid[k] === s && freed[k] !== s && !taken.has(k)) {
        taken.add(k);
        filledBy = p.staffIds[i]!;
        break;
      }
    }
    const candidates: RepairCandidate[] = [];
    for (let i = 0; i < p.N; i++) {
      const k = i * p.D + d;
      // not the people who cannot work it at all (leave, fixed day off, missing skill or role)
      if (grid[k] === s || p.pinned[k] !== NOT_PINNED || p.uH[k * (p.S + 1) + s + 1]! > 0) continue;
      state.change(i, d, s);
      candidates.push({ staffId: p.staffIds[i]!, current: name(grid[k]!), delta: { hard: state.dH, soft: state.dS } });
      state.undo();
    }
    candidates.sort((a, b) => a.delta.hard - b.delta.hard || a.delta.soft - b.delta.soft || (a.staffId < b.staffId ? -1 : 1));
    return { date: p.dates[d]!, shiftTypeId: p.shiftIds[s]!, filledBy, candidates: candidates.slice(0, opts.candidates) };
  });
  return { problem: updated, rota: gridToRota(p, grid), score, scoreBefore, diff, opened: openedOut };
}
