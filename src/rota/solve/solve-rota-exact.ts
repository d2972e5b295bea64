import { z } from 'zod';
import { practiceOpsError } from '../../core/errors.js';
import { parseInput } from '../../core/parse.js';
import { parseRotaProblem } from '../parse-problem.js';
import { RotaSchema } from '../schemas.js';
import type { HardSoftScore, Rota, RotaProblemInput } from '../schemas.js';
import { scoreRota, type RotaScore } from '../score-rota.js';
import { compileProblem } from './internal/compile.js';
import { buildExactModel, gridFromVector, startVector } from './internal/exact-model.js';
import { EXACT_WORKER_SOURCE } from './internal/exact-worker.js';
import { gridToRota, rotaToGrid } from './internal/grid.js';
import { search } from './internal/search.js';
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
  /** Time limit of the MIP solve in milliseconds (60 s by default). */
  timeLimitMs: z.number().positive().max(86_400_000).default(60_000),
  /** Milliseconds of local search for the warm start when no `initial` rota is given (2 s by default; 0 for none). */
  warmStartMs: z.number().min(0).default(2_000),
  /** A rota to start from (skips the local search). */
  initial: RotaSchema.optional(),
  /** Seed of the warm-start search and of HiGHS. */
  seed: z.int().min(0).max(0x7fffffff).default(1),
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

async function resolveHighs(): Promise<string> {
  // Node built-ins are loaded lazily so that importing the rota module stays browser-safe.
  const { createRequire } = await import('node:module');
  const bases = [`${process.cwd()}/package.json`];
  if (typeof __filename === 'string') bases.push(__filename);
  for (const base of bases) {
    try {
      return createRequire(base).resolve('highs');
    } catch {
      // try the next base
    }
  }
  throw practiceOpsError('MISSING_DEPENDENCY', "The exact mode needs the optional peer dependency 'highs' (npm install highs)", {
    path: [],
    expected: "the 'highs' package",
    received: 'not installed',
  });
}

interface WorkerDone {
  kind: 'done';
  status: number;
  objective: number;
  bound: number;
  gap: number;
  colValue: Float64Array | null;
}

/**
 * Solves a rota exactly with HiGHS (the optional `highs` peer dependency, WebAssembly) in a worker
 * thread, so the event loop stays free: it builds the integer programme (every hard rule as a
 * constraint, the soft penalties as the objective), warm-starts it from the local search (or a
 * given rota), and either proves the rota optimal or reports the gap to the proven bound at the
 * time limit. Suited to practice-sized rotas (tens of staff, a few weeks). History before the
 * horizon is not modelled (such problems get `OUT_OF_DOMAIN`: use {@link solveRota}).
 *
 * @param problem - the rota problem
 * @param options - time limit, warm start, seed, gap, signal and progress callback
 * @returns the status, the best rota with its explained score, the bound and the gap
 * @throws PracticeOpsError `MISSING_DEPENDENCY` when `highs` is not installed, `OUT_OF_DOMAIN` for history, `INVALID_INPUT` for bad input
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
  const { Worker } = await import('node:worker_threads');
  const p = compileProblem(parsed);
  const model = buildExactModel(p);
  let grid: Int32Array;
  if (opts.initial !== undefined) grid = rotaToGrid(p, opts.initial).grid;
  else if (opts.warmStartMs > 0) grid = search(p, { seed: opts.seed, timeLimitMs: opts.warmStartMs, maxIterations: Number.POSITIVE_INFINITY, signal: opts.signal }).grid;
  else grid = new Int32Array(p.N * p.D).fill(-1);
  const warm = new RotaState(p);
  warm.load(grid);
  const warmStart = { hard: warm.hard, soft: warm.soft };
  const remainingSeconds = Math.max(0.5, (opts.timeLimitMs - (performance.now() - t0)) / 1000);
  const done = await new Promise<WorkerDone | undefined>((resolve, reject) => {
    const worker = new Worker(EXACT_WORKER_SOURCE, {
      eval: true,
      workerData: {
        highsPath,
        model: model.data,
        start: warmStart.hard === 0 ? startVector(p, model, grid) : null,
        timeLimitSeconds: remainingSeconds,
        relGap: opts.relativeGap,
        seed: opts.seed,
      },
    });
    const onAbort = (): void => {
      void worker.terminate();
      resolve(undefined);
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: { kind: string } & Record<string, unknown>) => {
      if (message.kind === 'incumbent') {
        opts.onProgress?.({ objective: Number(message['objective']), bound: Number(message['bound']), gap: Number(message['gap']) });
      } else if (message.kind === 'done') {
        opts.signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        resolve(message as unknown as WorkerDone);
      } else if (message.kind === 'error') {
        opts.signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        reject(practiceOpsError('MISSING_DEPENDENCY', `HiGHS failed to run: ${String(message['message'])}`, { path: [], expected: 'a working highs package', received: 'an error' }));
      }
    });
    worker.on('error', (error) => reject(error));
  });
  let status: ExactStatus = 'unknown';
  let bound = Number.NaN;
  if (done !== undefined) {
    bound = done.bound;
    if (done.colValue !== null && Number.isFinite(done.objective)) {
      const candidate = gridFromVector(p, model, done.colValue);
      const st = new RotaState(p);
      st.load(candidate);
      if (st.hard < warm.hard || (st.hard === warm.hard && st.soft <= warm.soft)) grid = candidate;
    }
    if (done.status === 7) status = 'optimal';
    else if (done.status === 8) status = 'infeasible';
  }
  const rota = gridToRota(p, grid);
  const explanation = scoreRota(parsed, rota);
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
