import type { CompiledProblem } from './compile.js';
import type { ExactModel } from './exact-model.js';
import type { HighsWorker } from './highs.js';
import { Rng } from './rng.js';
import { solveFreeCells } from './solve-free-cells.js';
import { RotaState } from './state.js';

/** What {@link relaxationInducedSearch} works on. */
export interface RelaxationSearchInput {
  readonly p: CompiledProblem;
  /** The per-cell programme the worker holds. */
  readonly model: ExactModel;
  readonly worker: HighsWorker;
  /** The relaxation's shares of each cell (`ColumnMaster.relaxedShares`). */
  readonly shares: Float64Array;
  /** A rota that keeps every hard rule. */
  readonly grid: Int32Array;
  /** `performance.now()` at which to stop. */
  readonly end: number;
  /** A proven lower bound on the soft penalty (stop on reaching it; NaN when none). */
  readonly bound: number;
  readonly seed: number;
  readonly signal: AbortSignal | undefined;
  /** Called with the soft penalty of each better rota. */
  readonly onImprove: (soft: number) => void;
}

/**
 * Longest time one sub-programme may take, in seconds. Short, so that a window too large to solve
 * costs little: many windows solved to the end found more than a few large ones cut off (Curtois &
 * Qu 12, seed 1, 45 s after a 15 s warm start, with windows then grown forwards first: 4198 with
 * 4 s against 4251 with 10 s).
 */
const ROUND_SECONDS = 4;
/** The relaxation's share at or above which a cell the rota agrees with is fixed, alternated round by round. */
const AGREEMENT_THRESHOLDS = [0.5, 0.99] as const;

/**
 * Relaxation-induced neighbourhood search (Danna, Rothberg & Le Pape, 2005) on the per-cell
 * programme: each round frees the cells of a window of days where the rota disagrees with the
 * relaxation (the shift it holds has less than the threshold's share), fixes every other cell, and
 * solves the rest exactly in the worker, from the rota; a better rota replaces the current one.
 * The window grows around a random (seeded) day until it holds a budget of free cells: 400 at first;
 * after a round that found nothing better, a quarter more when it was solved well inside its time,
 * 30% fewer when it was not solved, so the sub-programmes stay about as large as the worker can
 * solve. Stops at `end`, on an abort, on reaching the bound, or when two whole-horizon rounds in a
 * row are solved with nothing better (no neighbourhood it can form holds a better rota).
 *
 * @returns the best rota found (the input when none is better)
 */
export async function relaxationInducedSearch(input: RelaxationSearchInput): Promise<Int32Array> {
  const { p, model, worker, shares, end, seed, signal } = input;
  const { N, D, S } = p;
  const S1 = S + 1;
  const rng = new Rng(seed);
  let grid = input.grid;
  const state = new RotaState(p);
  state.load(grid);
  let soft = state.soft;
  let budget = FIRST_FREE_CELLS;
  let settled = 0;
  const freeOnDay = new Int32Array(D);
  for (let round = 0; settled < 2 && !(soft <= input.bound + 1e-6) && !signal?.aborted; round++) {
    const seconds = Math.min(ROUND_SECONDS, (end - performance.now()) / 1000);
    if (seconds < 0.05) break;
    const threshold = AGREEMENT_THRESHOLDS[round % AGREEMENT_THRESHOLDS.length]!;
    const disagrees = (i: number, d: number): boolean => shares[(i * D + d) * S1 + grid[i * D + d]! + 1]! < threshold;
    freeOnDay.fill(0);
    for (let i = 0; i < N; i++) for (let d = 0; d < D; d++) if (disagrees(i, d)) freeOnDay[d]!++;
    const { first, last, free } = windowAround(rng.int(D), freeOnDay, budget);
    const whole = first === 0 && last === D - 1;
    if (free === 0) {
      // the rota holds the relaxation's choice in every cell: nothing to free at this threshold
      settled++;
      continue;
    }
    const started = performance.now();
    const done = await solveFreeCells({ p, model, worker, grid, isFree: (i, d) => d >= first && d <= last && disagrees(i, d), seconds, seed: seed + round });
    if (done === undefined) break;
    const solved = done.optimal;
    let better = false;
    if (done.grid !== null) {
      state.load(done.grid);
      if (state.hard === 0 && state.soft < soft - 1e-9) {
        grid = done.grid;
        soft = state.soft;
        better = true;
        input.onImprove(soft);
      }
    }
    settled = solved && !better && whole ? settled + 1 : 0;
    if (better) continue;
    if (solved && !whole && performance.now() - started < (seconds * 1000) / 4) budget = Math.ceil(budget * 1.25);
    else if (!solved) budget = Math.max(MIN_FREE_CELLS, Math.floor(Math.min(budget, free) * 0.7));
  }
  return grid;
}

/**
 * The window of days around `centre` that holds at least `budget` free cells (or the whole
 * horizon): it grows by a day on each side in turn, so neither end of the horizon is favoured
 * (growing forwards first would put the last days in almost every window).
 */
export function windowAround(centre: number, freeOnDay: Int32Array, budget: number): { first: number; last: number; free: number } {
  const D = freeOnDay.length;
  let first = centre;
  let last = centre;
  let free = freeOnDay[centre]!;
  for (let forward = true; free < budget && (first > 0 || last + 1 < D); forward = !forward) {
    if (forward && last + 1 < D) free += freeOnDay[++last]!;
    else if (!forward && first > 0) free += freeOnDay[--first]!;
  }
  return { first, last, free };
}

/** Free cells the first window aims at. */
const FIRST_FREE_CELLS = 400;
/** The fewest free cells a window aims at. */
const MIN_FREE_CELLS = 20;
