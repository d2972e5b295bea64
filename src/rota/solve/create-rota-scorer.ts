import { practiceOpsError } from '../../core/errors.js';
import { parseInput } from '../../core/parse.js';
import { z } from 'zod';
import { parseRota, parseRotaProblem } from '../parse-problem.js';
import type { HardSoftScore, Rota, RotaProblemInput } from '../schemas.js';
import { compileProblem, type CompiledProblem } from './internal/compile.js';
import { gridToRota, rotaToGrid } from './internal/grid.js';
import { RotaState } from './internal/state.js';

/**
 * One change to a rota: staff member `staffId` works `shiftTypeId` on `date` (null = day off).
 *
 * @example
 * ```ts
 * RotaChangeSchema.parse({ staffId: 'ana', date: '2026-12-01', shiftTypeId: null }); // give Ana the day off
 * ```
 * @category Solver
 */
export const RotaChangeSchema = z.object({
  /** Who. */
  staffId: z.string().min(1),
  /** The day. */
  date: z.string().min(1),
  /** The shift type worked that day, or null for a day off. */
  shiftTypeId: z.string().min(1).nullable(),
});

/**
 * One change to a rota.
 *
 * @category Solver
 */
export type RotaChange = z.infer<typeof RotaChangeSchema>;

/**
 * An incremental scorer over one rota: it keeps per-staff, per-day and per-cover-cell state, so a
 * change is re-scored by touching only the staff and days it affects. The rota holds one shift per
 * staff member and day.
 *
 * @category Solver
 */
export interface RotaScorer {
  /** The current hard and soft totals. */
  score(): HardSoftScore;
  /** The shift a staff member works on a date, or null when off. */
  shiftOf(staffId: string, date: string): string | null;
  /** What the changes would do to the score (the delta), without keeping them. */
  evaluate(changes: RotaChange | readonly RotaChange[]): HardSoftScore;
  /** Applies the changes and returns the delta; `undo()` takes them back. */
  apply(changes: RotaChange | readonly RotaChange[]): HardSoftScore;
  /** Takes back the last `apply`. */
  undo(): void;
  /** The current rota. */
  rota(): Rota;
}

function locate(p: CompiledProblem, change: RotaChange, k: number): [number, number, number] {
  const i = p.staffIndex.get(change.staffId);
  if (i === undefined) throw practiceOpsError('UNKNOWN_REFERENCE', `Unknown staff member ${change.staffId}`, { path: [k, 'staffId'], expected: 'a staff id of the problem', received: change.staffId });
  const d = p.dayIndex.get(change.date);
  if (d === undefined) throw practiceOpsError('OUT_OF_DOMAIN', `${change.date} is outside the horizon`, { path: [k, 'date'], expected: 'a date inside the horizon', received: change.date });
  let s = -1;
  if (change.shiftTypeId !== null) {
    const found = p.shiftIndex.get(change.shiftTypeId);
    if (found === undefined) throw practiceOpsError('UNKNOWN_REFERENCE', `Unknown shift type ${change.shiftTypeId}`, { path: [k, 'shiftTypeId'], expected: 'a shift type id of the problem', received: change.shiftTypeId });
    s = found;
  }
  return [i, d, s];
}

/**
 * Creates an incremental scorer for a problem and a starting rota (empty by default). Its totals
 * follow the shared scoring semantics of the rule catalog under the recommended policy (hard rules
 * count their amounts; soft: cover against the ideal, requests, pending leave).
 *
 * @param problem - the rota problem
 * @param rota - the starting rota (one shift per staff member and day; a second one on a day is dropped)
 * @returns the scorer
 * @throws PracticeOpsError `INVALID_INPUT` / `UNKNOWN_REFERENCE` for bad input
 * @example
 * ```ts
 * const scorer = createRotaScorer(problem, rota);
 * const delta = scorer.evaluate({ staffId: 'A', date: '2026-03-02', shiftTypeId: null });
 * if (delta.hard <= 0 && delta.soft < 0) scorer.apply({ staffId: 'A', date: '2026-03-02', shiftTypeId: null });
 * ```
 * @category Solver
 */
export function createRotaScorer(problem: RotaProblemInput, rota: Rota = { assignments: [] }): RotaScorer {
  const parsed = parseRotaProblem(problem);
  const p = compileProblem(parsed);
  const start = parseRota(parsed, rota);
  const state = new RotaState(p);
  state.load(rotaToGrid(p, start).grid);
  state.commit();
  const list = (changes: RotaChange | readonly RotaChange[]): [number, number, number][] => {
    const arr = parseInput(z.union([RotaChangeSchema, z.array(RotaChangeSchema)]), changes, { label: 'rota change' });
    return (Array.isArray(arr) ? arr : [arr]).map((c, k) => locate(p, c, k));
  };
  const run = (cells: [number, number, number][]): HardSoftScore => {
    state.commit();
    state.beginCompound();
    for (const [i, d, s] of cells) state.changeIn(i, d, s);
    state.endCompound();
    return { hard: state.dH, soft: state.dS };
  };
  return {
    score: () => ({ hard: state.hard, soft: state.soft }),
    shiftOf: (staffId, date) => {
      const [i, d] = locate(p, { staffId, date, shiftTypeId: null }, 0);
      const s = state.x[i * p.D + d]!;
      return s < 0 ? null : p.shiftIds[s]!;
    },
    evaluate: (changes) => {
      const delta = run(list(changes));
      state.undo();
      return delta;
    },
    apply: (changes) => run(list(changes)),
    undo: () => state.undo(),
    rota: () => gridToRota(p, state.x),
  };
}

