import { practiceOpsError } from '../../../core/errors.js';
import type { ExactModelData } from './exact-model.js';
import { EXACT_WORKER_SOURCE } from './exact-worker.js';

/** The part of a HiGHS model that column generation uses (the `highs` package's `Model`). */
export interface HighsModelLike {
  addCol(cost: number, lower: number, upper: number, entries: { indices: Int32Array | number[]; values: Float64Array | number[] }): unknown;
  addRow(lower: number, upper: number, entries: { indices: Int32Array | number[]; values: Float64Array | number[] }): unknown;
  changeColIntegrality(index: number, type: 0 | 1): unknown;
  changeColBounds(index: number, lower: number, upper: number): unknown;
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

/** HiGHS's model status codes that the exact mode reads. */
export const HIGHS_STATUS = {
  /** Solved to optimality. */
  optimal: 7,
  /** Proven to have no solution. */
  infeasible: 8,
} as const;

/** What the worker reports when HiGHS is done. */
export interface WorkerDone {
  kind: 'done';
  /** HiGHS's model status ({@link HIGHS_STATUS}). */
  status: number;
  objective: number;
  bound: number;
  gap: number;
  colValue: Float64Array | null;
}

/** One solve of the worker's model: bounds (none = the model's own), warm start and limits. */
export interface WorkerSolve {
  /** Column bounds replacing the model's (to fix part of it), or null. */
  colLower: Float64Array | null;
  colUpper: Float64Array | null;
  start: Float64Array | null;
  timeLimitSeconds: number;
  relGap: number;
  seed: number;
  /**
   * `performance.now()` time at which the thread is ended if HiGHS has not answered (the solve then
   * resolves to undefined): HiGHS's own time limit leaves out building a large model and presolving
   * it, which took 5.5 s against a 1.5 s limit for the integer master of Curtois & Qu 13.
   */
  stopBy?: number;
  onIncumbent?: (objective: number, bound: number, gap: number) => void;
}

/**
 * A HiGHS worker thread that holds one MIP and solves it as often as asked, each time with its
 * own column bounds (so a neighbourhood search pays for the thread and the model's transfer once).
 * An abort or a crash of the thread ends it; the solve in progress and every later one then
 * resolve to undefined (a crash rejects the one in progress).
 */
export class HighsWorker {
  private readonly worker: import('node:worker_threads').Worker;
  private readonly signal: AbortSignal | undefined;
  private pending: {
    resolve: (done: WorkerDone | undefined) => void;
    reject: (error: unknown) => void;
    job: WorkerSolve;
    stopTimer: ReturnType<typeof setTimeout> | undefined;
  } | null = null;
  private closed = false;

  private constructor(worker: import('node:worker_threads').Worker, signal: AbortSignal | undefined) {
    this.worker = worker;
    this.signal = signal;
    signal?.addEventListener('abort', this.onAbort, { once: true });
    worker.on('message', (message: { kind: string } & Record<string, unknown>) => this.onMessage(message));
    worker.on('error', (error) => {
      this.closed = true;
      this.settle(undefined, error);
    });
  }

  /** Starts a worker on a model (the `highs` package at `highsPath`). */
  static async start(highsPath: string, model: ExactModelData, signal: AbortSignal | undefined): Promise<HighsWorker> {
    const { Worker } = await import('node:worker_threads');
    return new HighsWorker(new Worker(EXACT_WORKER_SOURCE, { eval: true, workerData: { highsPath, model } }), signal);
  }

  /** Solves the model once (one solve at a time); undefined when aborted or closed. */
  solve(job: WorkerSolve): Promise<WorkerDone | undefined> {
    if (this.closed || this.signal?.aborted) return Promise.resolve(undefined);
    if (this.pending !== null) return Promise.reject(new Error('HighsWorker.solve: the previous solve has not finished'));
    return new Promise<WorkerDone | undefined>((resolve, reject) => {
      const stopTimer = job.stopBy === undefined ? undefined : setTimeout(() => this.close(), Math.max(0, job.stopBy - performance.now()));
      this.pending = { resolve, reject, job, stopTimer };
      const { onIncumbent: _callback, stopBy: _stopBy, ...message } = job;
      this.worker.postMessage(message);
    });
  }

  /** Ends the thread. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.signal?.removeEventListener('abort', this.onAbort);
    void this.worker.terminate();
    this.settle(undefined);
  }

  private readonly onAbort = (): void => this.close();

  private onMessage(message: { kind: string } & Record<string, unknown>): void {
    if (message.kind === 'incumbent') {
      this.pending?.job.onIncumbent?.(Number(message['objective']), Number(message['bound']), Number(message['gap']));
    } else if (message.kind === 'done') {
      this.settle(message as unknown as WorkerDone);
    } else if (message.kind === 'error') {
      this.settle(
        undefined,
        practiceOpsError('MISSING_DEPENDENCY', `HiGHS failed to run: ${String(message['message'])}`, { path: [], expected: 'a working highs package', received: 'an error' }),
      );
    }
  }

  private settle(done: WorkerDone | undefined, error?: unknown): void {
    const pending = this.pending;
    this.pending = null;
    if (pending === null) return;
    clearTimeout(pending.stopTimer);
    if (error === undefined) pending.resolve(done);
    else pending.reject(error);
  }
}

/** Solves one MIP in a worker thread of its own; undefined when aborted. */
export async function solveInWorker(
  highsPath: string,
  model: ExactModelData,
  job: Omit<WorkerSolve, 'colLower' | 'colUpper'>,
  signal: AbortSignal | undefined,
): Promise<WorkerDone | undefined> {
  const worker = await HighsWorker.start(highsPath, model, signal);
  try {
    return await worker.solve({ ...job, colLower: null, colUpper: null });
  } finally {
    worker.close();
  }
}
