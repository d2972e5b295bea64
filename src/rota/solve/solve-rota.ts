import { practiceOpsError } from '../../core/errors.js';
import { yieldToEventLoop } from '../../core/internal/yield-to-event-loop.js';
import { parseInput } from '../../core/parse.js';
import { parseRotaProblem } from '../parse-problem.js';
import { scoreRota } from '../score-rota.js';
import type { RotaProblemInput } from '../schemas.js';
import { compileProblem } from './internal/compile.js';
import { gridToRota, rotaToGrid } from './internal/grid.js';
import { searchSteps, type SearchOptions, type SearchProgress } from './internal/search.js';
import { SolveRotaOptionsSchema, type SolveRotaOptions, type SolveRotaResult } from './schemas.js';

const SLICE_MS = 40;

/**
 * Builds a rota: a construction window by window (each staff member rostered over the window by
 * dynamic programming, given everyone before them), then simulated annealing with reheats over
 * change, swap, block-swap, shift-move, window re-roster, ruin-and-recreate and coverage-repair
 * moves, scored incrementally: each move re-scores only the staff and days it touches. Hard rules
 * weigh far more than soft ones, so a feasible rota is found first (a targeted repair re-rosters
 * whoever still breaks one) and then improved. Pinned decisions are never changed.
 *
 * The search yields to the event loop every few tens of milliseconds, so an `AbortSignal` can
 * stop it (the best rota so far is returned, `stoppedBy: 'aborted'`; a signal that is already
 * aborted before the start throws `ABORTED`). With `maxIterations` the result depends only on the
 * problem and the seed.
 *
 * @param problem - the rota problem (parsed and cross-checked here)
 * @param options - seed, time and iteration limits, a warm start, a signal and a progress callback
 * @returns the best rota found, its score, and how the search went
 * @throws PracticeOpsError `INVALID_INPUT` / `UNKNOWN_REFERENCE` for a bad problem, `ABORTED` when the signal is already aborted
 * @example
 * ```ts
 * const result = await solveRota(problem, { seed: 7, timeLimitMs: 5_000 });
 * console.log(result.feasible, result.score.soft);
 * ```
 * @category Solver
 */
export async function solveRota(problem: RotaProblemInput, options: SolveRotaOptions = {}): Promise<SolveRotaResult> {
  const parsed = parseRotaProblem(problem);
  const opts = parseInput(SolveRotaOptionsSchema, options, { label: 'solveRota options' });
  if (opts.signal?.aborted) throw practiceOpsError('ABORTED', 'The solve was aborted before it started', { path: ['signal'] });
  const p = compileProblem(parsed);
  const initial = opts.initial === undefined ? undefined : rotaToGrid(p, opts.initial).grid;
  const onProgress = opts.onProgress;
  const searchOptions: SearchOptions = {
    seed: opts.seed,
    timeLimitMs: opts.timeLimitMs,
    maxIterations: opts.maxIterations ?? Number.POSITIVE_INFINITY,
    signal: opts.signal,
    initial,
    hardWeight: opts.hardWeight,
    targetSoft: opts.targetSoft,
    onProgress:
      onProgress === undefined
        ? undefined
        : (sp: SearchProgress) =>
            onProgress({ elapsedMs: sp.elapsedMs, iterations: sp.iterations, best: { hard: sp.bestHard, soft: sp.bestSoft }, current: { hard: sp.hard, soft: sp.soft } }),
  };
  const steps = searchSteps(p, searchOptions, SLICE_MS);
  let step = steps.next();
  while (!step.done) {
    await yieldToEventLoop();
    step = steps.next();
  }
  const r = step.value;
  const rota = gridToRota(p, r.grid);
  const explanation = scoreRota(parsed, rota);
  return {
    rota,
    score: { hard: explanation.hard, soft: explanation.soft },
    feasible: explanation.feasible,
    explanation,
    iterations: r.iterations,
    elapsedMs: r.elapsedMs,
    timeToBestMs: r.timeToBestMs,
    stoppedBy: r.stoppedBy,
    seed: opts.seed,
  };
}
