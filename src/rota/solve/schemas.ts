import { z } from 'zod';
import { RotaSchema } from '../schemas.js';
import type { HardSoftScore, Rota } from '../schemas.js';
import type { RotaScore } from '../score-rota.js';

/**
 * Progress of a running solve, reported to `onProgress` about four times a second and on the
 * first and last step.
 *
 * @category Solver
 */
export interface SolveRotaProgress {
  /** Milliseconds since the solve started. */
  readonly elapsedMs: number;
  /** Moves tried so far. */
  readonly iterations: number;
  /** The best score found so far. */
  readonly best: HardSoftScore;
  /** The score of the rota the search is on now. */
  readonly current: HardSoftScore;
}

/**
 * Options of {@link solveRota}. Give `maxIterations` (and a generous `timeLimitMs`) for a result
 * that depends on the seed only.
 *
 * @example
 * ```ts
 * SolveRotaOptionsSchema.parse({ seed: 7, maxIterations: 200_000 });
 * ```
 * @category Solver
 */
export const SolveRotaOptionsSchema = z.object({
  /** Seed of the solver's own random generator; the same seed and iteration limit give the same rota. */
  seed: z.int().min(0).max(0xffffffff).default(1),
  /** Wall-clock limit in milliseconds (10 s by default). */
  timeLimitMs: z.number().positive().max(86_400_000).default(10_000),
  /** Stop after this many moves tried (makes the run deterministic). */
  maxIterations: z.int().positive().optional(),
  /** Stop once the rota is feasible with a soft penalty at or below this (a known optimum, say). */
  targetSoft: z.number().finite().optional(),
  /** A rota to start from instead of the construction (a warm start). */
  initial: RotaSchema.optional(),
  /**
   * Search weight of one unit of hard penalty against one unit of soft penalty (by default 10 times
   * the largest cover under-weight, at least 10). While no rota keeps every hard rule half-way
   * through the run, the search weighs hard units 100 times more from then on.
   */
  hardWeight: z.number().positive().finite().optional(),
  /** Cancels the solve: the best rota found so far is returned with `stoppedBy: 'aborted'`. */
  signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'Expected an AbortSignal').optional(),
  /** Called with the progress (best and current hard/soft score over time). */
  onProgress: z.custom<(progress: SolveRotaProgress) => void>((value) => typeof value === 'function', 'Expected a function').optional(),
});

/**
 * Options of {@link solveRota}, as written by a caller.
 *
 * @category Solver
 */
export type SolveRotaOptions = z.input<typeof SolveRotaOptionsSchema>;

/**
 * Why a solve stopped.
 *
 * @category Solver
 */
export type SolveRotaStop = 'time' | 'iterations' | 'aborted' | 'target';

/**
 * The result of {@link solveRota}.
 *
 * @category Solver
 */
export interface SolveRotaResult {
  /** The best rota found (pinned decisions kept). */
  readonly rota: Rota;
  /** Its hard and soft penalty under the recommended policy (hard 0 = every hard rule kept), from `scoreRota`. */
  readonly score: HardSoftScore;
  /** True when the rota breaks no hard rule. */
  readonly feasible: boolean;
  /** The explained score (`scoreRota`): per rule, per staff member, every finding. */
  readonly explanation: RotaScore;
  /** Moves tried. */
  readonly iterations: number;
  /** Wall-clock milliseconds spent. */
  readonly elapsedMs: number;
  /** Milliseconds until the best rota was found. */
  readonly timeToBestMs: number;
  /** Why the search stopped. */
  readonly stoppedBy: SolveRotaStop;
  /** The seed used. */
  readonly seed: number;
}
