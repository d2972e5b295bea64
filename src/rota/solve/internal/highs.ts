import { practiceOpsError } from '../../../core/errors.js';
import type { ExactModelData } from './exact-model.js';
import { EXACT_WORKER_SOURCE } from './exact-worker.js';

/** The part of a HiGHS model that column generation uses (the `highs` package's `Model`). */
export interface HighsModelLike {
  addCol(cost: number, lower: number, upper: number, entries: { indices: Int32Array | number[]; values: Float64Array | number[] }): unknown;
  addRow(lower: number, upper: number, entries: { indices: Int32Array | number[]; values: Float64Array | number[] }): unknown;
  changeColIntegrality(index: number, type: 0 | 1): unknown;
  setSolution(solution: { colValue: Float64Array }): unknown;
  run(): { modelStatus: number };
  getSolution(): { colValue: Float64Array; rowDual: Float64Array };
  getObjectiveValue(): number;
  readonly options: { set(values: Record<string, number | boolean | string>): unknown };
  readonly info: { get(name: string): unknown };
  dispose(): void;
}

/** The part of the loaded `highs` package that column generation uses. */
export interface HighsLike {
  createModel(): HighsModelLike;
}

/** Path of the optional `highs` package, or a `MISSING_DEPENDENCY` error. */
export async function resolveHighs(): Promise<string> {
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

/** Loads HiGHS in this thread (for the short linear solves of column generation). */
export async function loadHighs(highsPath: string): Promise<HighsLike> {
  const { createRequire } = await import('node:module');
  const loaderModule = createRequire(highsPath)(highsPath) as (() => Promise<HighsLike>) | { default: () => Promise<HighsLike> };
  return (typeof loaderModule === 'function' ? loaderModule : loaderModule.default)();
}

/** What the worker reports when HiGHS is done. */
export interface WorkerDone {
  kind: 'done';
  status: number;
  objective: number;
  bound: number;
  gap: number;
  colValue: Float64Array | null;
}

/** A MIP for the worker, with its limits and callbacks. */
export interface WorkerJob {
  highsPath: string;
  model: ExactModelData;
  start: Float64Array | null;
  timeLimitSeconds: number;
  relGap: number;
  seed: number;
  signal: AbortSignal | undefined;
  onIncumbent: (objective: number, bound: number, gap: number) => void;
}

/** Runs a MIP in a HiGHS worker thread; undefined when aborted. */
export async function solveInWorker(job: WorkerJob): Promise<WorkerDone | undefined> {
  const { Worker } = await import('node:worker_threads');
  return new Promise<WorkerDone | undefined>((resolve, reject) => {
    const worker = new Worker(EXACT_WORKER_SOURCE, {
      eval: true,
      workerData: { highsPath: job.highsPath, model: job.model, start: job.start, timeLimitSeconds: job.timeLimitSeconds, relGap: job.relGap, seed: job.seed },
    });
    const onAbort = (): void => {
      void worker.terminate();
      resolve(undefined);
    };
    job.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: { kind: string } & Record<string, unknown>) => {
      if (message.kind === 'incumbent') {
        job.onIncumbent(Number(message['objective']), Number(message['bound']), Number(message['gap']));
      } else if (message.kind === 'done') {
        job.signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        resolve(message as unknown as WorkerDone);
      } else if (message.kind === 'error') {
        job.signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        reject(practiceOpsError('MISSING_DEPENDENCY', `HiGHS failed to run: ${String(message['message'])}`, { path: [], expected: 'a working highs package', received: 'an error' }));
      }
    });
    worker.on('error', (error) => reject(error));
  });
}

