import type { CompiledProblem } from './compile.js';
import { gridFromVector, startVector, type ExactModel } from './exact-model.js';
import { HIGHS_STATUS, type HighsWorker } from './highs.js';

/** A sub-programme of the per-cell programme: the cells left free, every other held to a rota. */
export interface FreeCellsSolve {
  readonly p: CompiledProblem;
  /** The per-cell programme the worker holds. */
  readonly model: ExactModel;
  readonly worker: HighsWorker;
  /** The rota that holds every cell not free (also the solve's start). */
  readonly grid: Int32Array;
  /** Whether staff member i's day d is free. */
  readonly isFree: (i: number, d: number) => boolean;
  readonly seconds: number;
  readonly seed: number;
}

/**
 * Solves, in the worker, the per-cell programme with every cell that is not free held to the
 * shift `grid` gives it, from `grid`, within `seconds`.
 *
 * @returns whether it was solved to optimality and the rota found (null when none); undefined
 *   when the worker was aborted or closed
 */
export async function solveFreeCells(input: FreeCellsSolve): Promise<{ optimal: boolean; grid: Int32Array | null } | undefined> {
  const { p, model, grid, isFree } = input;
  const { N, D, S } = p;
  const colLower = Float64Array.from(model.data.colLower);
  const colUpper = Float64Array.from(model.data.colUpper);
  for (let i = 0; i < N; i++) {
    for (let d = 0; d < D; d++) {
      if (isFree(i, d)) continue;
      const held = grid[i * D + d]!;
      for (let s = 0; s < S; s++) {
        const column = model.xCol[(i * D + d) * S + s]!;
        colLower[column] = colUpper[column] = s === held ? 1 : 0;
      }
    }
  }
  const done = await input.worker.solve({ colLower, colUpper, start: startVector(p, model, grid), timeLimitSeconds: input.seconds, relGap: 0, seed: input.seed });
  if (done === undefined) return undefined;
  return { optimal: done.status === HIGHS_STATUS.optimal, grid: done.colValue === null ? null : gridFromVector(p, model, done.colValue) };
}
