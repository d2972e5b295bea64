import { z } from 'zod';
import { yieldToEventLoop } from '../../core/internal/yield-to-event-loop.js';
import { parseInput } from '../../core/parse.js';
import { parseRotaProblem } from '../parse-problem.js';
import { RotaSchema } from '../schemas.js';
import type { HardSoftScore, Rota, RotaProblemInput } from '../schemas.js';
import { scoreRota, type RotaScore } from '../score-rota.js';
import { compileProblem, hasWindowLimits, type CompiledProblem } from './internal/compile.js';
import { diveCells } from './internal/column-dive.js';
import { ColumnMaster } from './internal/column-generation.js';
import { progressReporter, roundBoundUp } from './internal/exact-progress.js';
import { buildExactModel, gridFromVector, startVector, type ExactModel } from './internal/exact-model.js';
import { gridToRota, rotaToGrid } from './internal/grid.js';
import { HIGHS_STATUS, HighsWorker, loadHighs, resolveHighs, solveInWorker } from './internal/highs.js';
import { relaxationInducedSearch } from './internal/relaxation-induced-search.js';
import { Rng } from './internal/rng.js';
import { search } from './internal/search.js';
import { solveFreeCells } from './internal/solve-free-cells.js';
import { RotaState } from './internal/state.js';

/**
 * Options of {@link solveRotaExact}.
 *
 * @example
 * ```ts
 * SolveRotaExactOptionsSchema.parse({ timeLimitMs: 30_000 });
 * ```
 * @category Solver
 */
export const SolveRotaExactOptionsSchema = z.object({
  /**
   * Time limit of the whole solve in milliseconds, warm start included (60 s by default): the pricing
   * stops between staff members, and a HiGHS thread that has not answered a second after it is
   * ended.
   */
  timeLimitMs: z.number().positive().max(86_400_000).default(60_000),
  /** Milliseconds of local search for the warm start when no `initial` rota is given (2 s by default; 0 for none). */
  warmStartMs: z.number().min(0).default(2_000),
  /** A rota to start from (skips the local search). */
  initial: RotaSchema.optional(),
  /** Seed of the warm-start search and of HiGHS. */
  seed: z.int().min(0).max(0x7fffffff).default(1),
  /**
   * The integer programme: `columns` chooses one whole row per staff member, its linear
   * relaxation solved by column generation with the rostering programme as the pricing step (a far
   * tighter bound; problems with history are fine; no bound when someone has weekly or pay-period
   * minute limits), and without history dives on that relaxation and a neighbourhood search on
   * the per-cell programme guided by it improve the rota before the integer master; `compact` has
   * one variable per staff member, day and shift type and every rule as a constraint (branch and
   * bound over the full space, so it can prove optimality where the relaxation leaves a gap; no
   * history). `auto` (default) takes `compact` when someone has weekly or pay-period minute limits
   * and there is no history, `columns` otherwise.
   */
  method: z.enum(['auto', 'columns', 'compact']).default('auto'),
  /** Relative gap at which HiGHS stops (0 = prove optimality). */
  relativeGap: z.number().min(0).max(1).default(0),
  /** Cancels the solve (the worker is terminated; the best rota known so far is returned). */
  signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'Expected an AbortSignal').optional(),
  /** Called whenever HiGHS finds a better rota, with its objective and the proven bound. */
  onProgress: z
    .custom<(progress: SolveRotaExactProgress) => void>((value) => typeof value === 'function', 'Expected a function')
    .optional(),
});

/**
 * Options of {@link solveRotaExact}, as written by a caller.
 *
 * @category Solver
 */
export type SolveRotaExactOptions = z.input<typeof SolveRotaExactOptionsSchema>;

/**
 * Progress of the exact solve: the incumbent objective and the proven lower bound.
 *
 * @category Solver
 */
export interface SolveRotaExactProgress {
  /** Soft penalty of the best rota found. */
  readonly objective: number;
  /** Proven lower bound on the soft penalty. */
  readonly bound: number;
  /** Relative gap between them (0 = optimal). */
  readonly gap: number;
}

/**
 * What the exact solve proved: `optimal` (no better rota exists), `feasible` (a rota with a gap to
 * the bound, at the time limit), `infeasible` (no rota keeps every hard rule), or `unknown`.
 *
 * @category Solver
 */
export type ExactStatus = 'optimal' | 'feasible' | 'infeasible' | 'unknown';

/**
 * The result of {@link solveRotaExact}.
 *
 * @category Solver
 */
export interface SolveRotaExactResult {
  /** What was proved. */
  readonly status: ExactStatus;
  /** The best rota (the warm start when HiGHS found nothing better). */
  readonly rota: Rota;
  /** Its score under the recommended policy. */
  readonly score: HardSoftScore;
  /** The explained score (`scoreRota`). */
  readonly explanation: RotaScore;
  /** Proven lower bound on the soft penalty (NaN when none). */
  readonly bound: number;
  /** Gap to the bound in percent of the objective (0 = proven optimal). */
  readonly gapPct: number;
  /** Score of the warm start. */
  readonly warmStart: HardSoftScore;
  /** Milliseconds spent in all. */
  readonly elapsedMs: number;
}

/** Seconds from now to a `performance.now()` deadline, at least half a second (HiGHS's time limit). */
function secondsUntil(deadline: number): number {
  return Math.max(0.5, (deadline - performance.now()) / 1000);
}

/**
 * Milliseconds past the time limit after which a HiGHS thread that has not answered is ended (its
 * result is then lost; the best rota known is kept). HiGHS's own limit starts once the thread has
 * loaded it, a few tenths of a second after the call, so a solve that keeps to it is not cut off.
 */
const STOP_GRACE_MS = 1000;

/** Whether every soft weight is a whole number (then so is every objective, and a bound rounds up). */
function wholeObjective(p: CompiledProblem): boolean {
  const whole = (values: ArrayLike<number>): boolean => Array.prototype.every.call(values, (v: number) => !Number.isFinite(v) || Number.isInteger(v));
  return whole(p.uS) && whole(p.cellUnder) && whole(p.cellOver);
}

/** The candidate when it is at least as good as the incumbent (fewer hard units, then less soft penalty). */
function keepBetter(p: CompiledProblem, incumbent: Int32Array, candidate: Int32Array): Int32Array {
  const a = new RotaState(p);
  a.load(incumbent);
  const b = new RotaState(p);
  b.load(candidate);
  return b.hard < a.hard || (b.hard === a.hard && b.soft <= a.soft) ? candidate : incumbent;
}

/** Every this many rounds, column generation prices to the end (a round that proves a bound). */
const PROOF_ROUND_EVERY = 10;

/**
 * Column generation on the linear master until no row prices out, the phase's end or an abort;
 * returns the best proven lower bound (rounded up when objectives are whole, at least 0; NaN when
 * the pricing cannot prove one). Most rounds take the first row worth adding for each staff member;
 * every {@link PROOF_ROUND_EVERY}th round, and any round after one that added nothing, prices to
 * the end, so the bound is proven along the way and at convergence.
 */
async function generateColumns(master: ColumnMaster, p: CompiledProblem, phaseEnd: number, signal: AbortSignal | undefined): Promise<number> {
  let lowerBound = Number.NEGATIVE_INFINITY;
  let stalled = false;
  for (let round = 1; ; round++) {
    const proof = stalled || round % PROOF_ROUND_EVERY === 0;
    const lp = master.solveLp(proof, phaseEnd);
    lowerBound = Math.max(lowerBound, lp.bound);
    if ((lp.added === 0 && proof) || performance.now() > phaseEnd || signal?.aborted) break;
    stalled = lp.added === 0;
    await yieldToEventLoop();
  }
  if (!Number.isFinite(lowerBound)) return Number.NaN;
  // weights are never negative, so neither is a soft penalty
  return Math.max(0, wholeObjective(p) ? roundBoundUp(lowerBound) : lowerBound);
}

/** Prices in the rows near the relaxation for each staff member in turn, until `end`; returns how many were added. */
async function addNeighbours(master: ColumnMaster, p: CompiledProblem, incumbent: number, end: number, signal: AbortSignal | undefined): Promise<number> {
  master.refreshDuals();
  const gap = incumbent - master.relaxation;
  let added = 0;
  for (let i = 0; i < p.N && performance.now() < end && !signal?.aborted; i++) {
    added += master.addNeighbours(i, gap, end);
    await yieldToEventLoop();
  }
  return added;
}

/**
 * The method `auto` stands for: the per-cell programme when someone has weekly or pay-period minute
 * limits (the row pricing could not prove a bound) and it can be built (no history), rows otherwise.
 */
function autoMethod(p: CompiledProblem): 'columns' | 'compact' {
  const windowed = p.staffIds.some((_, i) => hasWindowLimits(p, i));
  return windowed && p.problem.history.length === 0 ? 'compact' : 'columns';
}

/**
 * Dives on the column master ({@link diveCells}), starting one after another until `startBy` or
 * the bound, each running to its own end (or `end`): the first in the relaxation's order, each
 * later one with seeded noise on the shares, every dive completed by the per-cell programme in the
 * worker. A dive started is finished because one that ends far above the relaxation is often
 * followed by one close to it (Curtois & Qu 8, seed 1: 1418, then 1308 at 55 s), and the first
 * may take longer than the share (Curtois & Qu 12: 9 to 14 s). Returns the best rota found that
 * keeps every hard rule and is better than `grid` (which does), or `grid`; each such rota is
 * reported and joins the master.
 */
async function dive(
  p: CompiledProblem,
  master: ColumnMaster,
  model: ExactModel,
  worker: HighsWorker,
  grid: Int32Array,
  bound: number,
  startBy: number,
  end: number,
  opts: z.output<typeof SolveRotaExactOptionsSchema>,
  onImprove: (soft: number) => void,
): Promise<Int32Array> {
  const state = new RotaState(p);
  state.load(grid);
  let best = grid;
  let soft = state.soft;
  const complete = async (rounded: Int32Array, free: Uint8Array): Promise<boolean> => {
    const seconds = Math.min(COMPLETION_SECONDS, (end - performance.now()) / 1000);
    if (seconds <= 0) return false;
    const done = await solveFreeCells({ p, model, worker, grid: rounded, isFree: (i, d) => free[i * p.D + d] === 1, seconds, seed: opts.seed });
    if (!done?.grid) return false;
    master.addGrid(done.grid);
    state.load(done.grid);
    if (state.hard === 0 && state.soft < soft - 1e-9) {
      best = done.grid;
      soft = state.soft;
      onImprove(soft);
    }
    return done.optimal;
  };
  const rng = new Rng(opts.seed);
  for (let k = 0; performance.now() < startBy && !opts.signal?.aborted && !(soft <= bound + 1e-6); k++) {
    await diveCells({ p, master, end, signal: opts.signal, complete, noise: k === 0 ? 0 : DIVE_NOISE, rng });
  }
  return best;
}

/** Longest time the per-cell programme may take to complete a dive, in seconds (then the dive goes on). */
const COMPLETION_SECONDS = 4;
/**
 * Noise added to the shares by the dives after the first: each then fixes in another order
 * (Curtois & Qu 8, seed 2: the first dive 1326, the second 1305).
 */
const DIVE_NOISE = 0.2;
/** Share of the neighbourhood time in which dives may start. */
const DIVE_SHARE = 0.5;

/**
 * On the per-cell programme (built here, held by a worker of its own): dives on the column master
 * started in the first {@link DIVE_SHARE} of the time, then the relaxation-induced neighbourhood
 * search guided by the master's relaxation, from the best rota so far (`grid` keeps every hard
 * rule), until `end`. The rotas found join the master's columns.
 */
async function searchNeighbourhoods(
  p: CompiledProblem,
  master: ColumnMaster,
  grid: Int32Array,
  bound: number,
  end: number,
  highsPath: string,
  opts: z.output<typeof SolveRotaExactOptionsSchema>,
  onImprove: (soft: number) => void,
): Promise<Int32Array> {
  const model = buildExactModel(p);
  const worker = await HighsWorker.start(highsPath, model.data, opts.signal);
  try {
    const startBy = performance.now() + (end - performance.now()) * DIVE_SHARE;
    const dived = await dive(p, master, model, worker, grid, bound, startBy, end, opts, onImprove);
    const best = await relaxationInducedSearch({ p, model, worker, shares: master.relaxedShares(), grid: dived, bound, end, seed: opts.seed, signal: opts.signal, onImprove });
    master.addGrid(best);
    return best;
  } finally {
    worker.close();
  }
}

/**
 * The column method from a warm start: column generation for the bound, the dives and the
 * neighbourhood search guided by its relaxation (no history), then the integer master in the
 * worker (once more with the rows near the relaxation when it stops above the bound).
 * Returns the best grid and the proven bound (NaN when none).
 */
async function solveByColumns(
  p: CompiledProblem,
  warm: RotaState,
  highsPath: string,
  deadline: number,
  opts: z.output<typeof SolveRotaExactOptionsSchema>,
): Promise<{ grid: Int32Array; bound: number }> {
  let grid: Int32Array = Int32Array.from(warm.x);
  const master = new ColumnMaster(p, await loadHighs(highsPath), warm.hardWeight);
  try {
    master.addGrid(grid);
    const bound = await generateColumns(master, p, performance.now() + (deadline - performance.now()) * COLUMN_PHASE_SHARE, opts.signal);
    const report = progressReporter(wholeObjective(p), opts.onProgress);
    report(warm.soft, bound);
    if (warm.hard === 0 && p.problem.history.length === 0 && !(warm.soft <= bound + 1e-6)) {
      const end = performance.now() + (deadline - performance.now()) * NEIGHBOURHOOD_PHASE_SHARE;
      grid = await searchNeighbourhoods(p, master, grid, bound, end, highsPath, opts, (soft) => report(soft, bound));
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      const incumbent = new RotaState(p);
      incumbent.load(grid);
      if ((incumbent.hard === 0 && incumbent.soft <= bound + 1e-6) || opts.signal?.aborted) break;
      if (attempt > 0 && (await addNeighbours(master, p, incumbent.soft, performance.now() + (deadline - performance.now()) / 2, opts.signal)) === 0) break;
      const integer = master.integerModel(grid);
      const mip = await solveInWorker(
        highsPath,
        integer.data,
        {
          start: incumbent.hard === 0 ? integer.start : null,
          timeLimitSeconds: attempt === 0 ? secondsUntil(deadline) / 2 : secondsUntil(deadline),
          stopBy: deadline + STOP_GRACE_MS,
          relGap: opts.relativeGap,
          seed: opts.seed,
          onIncumbent: (objective) => report(objective, bound),
        },
        opts.signal,
      );
      if (mip?.colValue) grid = keepBetter(p, grid, master.gridOf(mip.colValue, grid));
    }
    return { grid, bound };
  } finally {
    master.dispose();
  }
}

/** Share of the time left after the warm start that column generation may take. */
const COLUMN_PHASE_SHARE = 0.5;
/** Share of the time left after column generation that the dives and the neighbourhood search may take before the integer master gets the rest. */
const NEIGHBOURHOOD_PHASE_SHARE = 0.85;

/**
 * Solves a rota exactly with HiGHS (the optional `highs` peer dependency, WebAssembly),
 * warm-started from the local search (or a given rota), and either proves the rota optimal or
 * reports the gap to the proven bound at the time limit. With `method: 'columns'` the integer
 * programme chooses one whole row per staff member; its relaxation is solved by column generation,
 * each staff member's next row priced by dynamic programming (the short linear solves run here,
 * between turns of the event loop). For problems without history, dives on that relaxation (fixing
 * cells, re-pricing, and completing the last fractional cells exactly in a worker thread) and a
 * relaxation-induced neighbourhood search (re-solving exactly, in the worker, the cells of a window
 * where the rota and the relaxation disagree) then improve the rota, and the integer master over
 * the rows, also in the worker, has the last word. `method: 'compact'` solves the per-cell
 * programme (every hard rule a constraint) in the worker; it does not model history before the
 * horizon (`OUT_OF_DOMAIN`). Suited to practice-sized rotas (tens of staff, a few weeks).
 *
 * @param problem - the rota problem
 * @param options - method, time limit, warm start, seed, gap, signal and progress callback
 * @returns the status, the best rota with its explained score, the bound and the gap
 * @throws PracticeOpsError `MISSING_DEPENDENCY` when `highs` is not installed, `OUT_OF_DOMAIN` for history in the compact method, `INVALID_INPUT` for bad input
 * @example
 * ```ts
 * const exact = await solveRotaExact(problem, { timeLimitMs: 30_000 });
 * console.log(exact.status, exact.score.soft, exact.bound, exact.gapPct);
 * ```
 * @category Solver
 */
export async function solveRotaExact(problem: RotaProblemInput, options: SolveRotaExactOptions = {}): Promise<SolveRotaExactResult> {
  const t0 = performance.now();
  const parsed = parseRotaProblem(problem);
  const opts = parseInput(SolveRotaExactOptionsSchema, options, { label: 'solveRotaExact options' });
  const highsPath = await resolveHighs();
  const p = compileProblem(parsed);
  const method = opts.method === 'auto' ? autoMethod(p) : opts.method;
  const compact = method === 'compact' ? buildExactModel(p) : undefined;
  let grid: Int32Array;
  if (opts.initial !== undefined) grid = rotaToGrid(p, opts.initial).grid;
  else if (opts.warmStartMs > 0) grid = search(p, { seed: opts.seed, timeLimitMs: opts.warmStartMs, maxIterations: Number.POSITIVE_INFINITY, signal: opts.signal }).grid;
  else grid = new Int32Array(p.N * p.D).fill(-1);
  const warm = new RotaState(p);
  warm.load(grid);
  const warmStart = { hard: warm.hard, soft: warm.soft };
  const deadline = t0 + opts.timeLimitMs;
  let status: ExactStatus = 'unknown';
  let bound = Number.NaN;
  if (compact !== undefined) {
    const done = await solveInWorker(
      highsPath,
      compact.data,
      {
        start: warmStart.hard === 0 ? startVector(p, compact, grid) : null,
        timeLimitSeconds: secondsUntil(deadline),
        stopBy: deadline + STOP_GRACE_MS,
        relGap: opts.relativeGap,
        seed: opts.seed,
        onIncumbent: progressReporter(wholeObjective(p), opts.onProgress),
      },
      opts.signal,
    );
    if (done !== undefined) {
      if (done.colValue !== null && Number.isFinite(done.objective)) grid = keepBetter(p, grid, gridFromVector(p, compact, done.colValue));
      bound = done.bound;
      if (done.status === HIGHS_STATUS.optimal) status = 'optimal';
      else if (done.status === HIGHS_STATUS.infeasible) status = 'infeasible';
    }
  } else {
    ({ grid, bound } = await solveByColumns(p, warm, highsPath, deadline, opts));
  }
  const rota = gridToRota(p, grid);
  const explanation = scoreRota(parsed, rota);
  if (method === 'columns' && explanation.hard === 0 && explanation.soft <= bound + 1e-6) status = 'optimal';
  if (status === 'unknown' && explanation.hard === 0) status = 'feasible';
  if (status === 'optimal' && explanation.hard !== 0) status = 'unknown';
  const gapPct = status === 'optimal' ? 0 : Number.isFinite(bound) && explanation.soft > 0 ? Math.max(0, ((explanation.soft - bound) / explanation.soft) * 100) : Number.NaN;
  return {
    status,
    rota,
    score: { hard: explanation.hard, soft: explanation.soft },
    explanation,
    bound,
    gapPct,
    warmStart,
    elapsedMs: performance.now() - t0,
  };
}
