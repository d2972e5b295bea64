import { describe, expect, it } from 'vitest';
import { parseRotaProblem } from '../../../src/rota/parse-problem.js';
import { ColumnMaster } from '../../../src/rota/solve/internal/column-generation.js';
import { compileProblem, type CompiledProblem } from '../../../src/rota/solve/internal/compile.js';
import { buildExactModel } from '../../../src/rota/solve/internal/exact-model.js';
import { HighsWorker, loadHighs, resolveHighs } from '../../../src/rota/solve/internal/highs.js';
import { relaxationInducedSearch, windowAround } from '../../../src/rota/solve/internal/relaxation-induced-search.js';
import { search } from '../../../src/rota/solve/internal/search.js';
import { RotaState } from '../../../src/rota/solve/internal/state.js';
import { curtois, hasCurtois } from './fixtures.js';

/** A rota from a short local search (fixed by seed and move count) and the converged relaxation's shares. */
async function startingPoint(p: CompiledProblem, moves: number): Promise<{ grid: Int32Array; shares: Float64Array; bound: number }> {
  const grid = search(p, { seed: 1, timeLimitMs: 60_000, maxIterations: moves }).grid;
  const master = new ColumnMaster(p, await loadHighs(await resolveHighs()), 1000);
  try {
    master.addGrid(grid);
    let bound = Number.NEGATIVE_INFINITY;
    for (;;) {
      const round = master.solveLp();
      bound = Math.max(bound, round.bound);
      if (round.added === 0) break;
    }
    return { grid, shares: master.relaxedShares(), bound: Math.ceil(bound - 1e-6) };
  } finally {
    master.dispose();
  }
}

function softOf(p: CompiledProblem, grid: Int32Array): { hard: number; soft: number } {
  const state = new RotaState(p);
  state.load(grid);
  return { hard: state.hard, soft: state.soft };
}

describe.skipIf(!hasCurtois)('relaxationInducedSearch', () => {
  it.each([
    ['Instance2', 828],
    ['Instance3', 1001],
  ])('takes a short local search on Curtois & Qu %s to the published optimum (%i) and stops at the bound', async (name, optimum) => {
    const p = compileProblem(parseRotaProblem(curtois(name)));
    const { grid, shares, bound } = await startingPoint(p, 20_000);
    const before = Int32Array.from(grid);
    expect(softOf(p, grid).soft).toBeGreaterThan(optimum);
    expect(bound).toBe(optimum);
    const model = buildExactModel(p);
    const worker = await HighsWorker.start(await resolveHighs(), model.data, undefined);
    const improvements: number[] = [];
    try {
      const end = performance.now() + 60_000;
      const best = await relaxationInducedSearch({ p, model, worker, shares, grid, bound, end, seed: 1, signal: undefined, onImprove: (soft) => improvements.push(soft) });
      expect(softOf(p, best)).toEqual({ hard: 0, soft: optimum });
      expect(performance.now()).toBeLessThan(end);
      expect(improvements.at(-1)).toBe(optimum);
      expect(improvements).toEqual([...improvements].sort((a, b) => b - a));
      expect(grid).toEqual(before);
    } finally {
      worker.close();
    }
  });

  it('returns the rota it was given when its signal has aborted, and the worker then solves nothing', async () => {
    const p = compileProblem(parseRotaProblem(curtois('Instance1')));
    const { grid, shares } = await startingPoint(p, 5_000);
    const model = buildExactModel(p);
    const controller = new AbortController();
    const worker = await HighsWorker.start(await resolveHighs(), model.data, controller.signal);
    controller.abort();
    const best = await relaxationInducedSearch({
      p,
      model,
      worker,
      shares,
      grid,
      bound: Number.NaN,
      end: performance.now() + 10_000,
      seed: 1,
      signal: controller.signal,
      onImprove: () => undefined,
    });
    expect(best).toEqual(grid);
    await expect(worker.solve({ colLower: null, colUpper: null, start: null, timeLimitSeconds: 1, relGap: 0, seed: 1 })).resolves.toBeUndefined();
  });
});

describe('windowAround', () => {
  it('grows a day on each side in turn until the window holds the budget', () => {
    const freeOnDay = Int32Array.from([5, 1, 2, 3, 4, 0, 6]);
    expect(windowAround(3, freeOnDay, 3)).toEqual({ first: 3, last: 3, free: 3 });
    expect(windowAround(3, freeOnDay, 7)).toEqual({ first: 3, last: 4, free: 7 });
    expect(windowAround(3, freeOnDay, 8)).toEqual({ first: 2, last: 4, free: 9 });
    // at the end of the horizon it grows backwards only
    expect(windowAround(6, freeOnDay, 10)).toEqual({ first: 4, last: 6, free: 10 });
  });

  it('takes the whole horizon when the budget is more than every free cell', () => {
    const freeOnDay = Int32Array.from([1, 1, 1, 1]);
    expect(windowAround(0, freeOnDay, 100)).toEqual({ first: 0, last: 3, free: 4 });
  });

  it('does not favour the end of the horizon', () => {
    const D = 28;
    const freeOnDay = new Int32Array(D).fill(10);
    const inWindows = new Int32Array(D);
    for (let centre = 0; centre < D; centre++) {
      const { first, last } = windowAround(centre, freeOnDay, 100);
      for (let d = first; d <= last; d++) inWindows[d]!++;
    }
    // 10 days per window, one window per centre: the first and last days are in the fewest, 5 and 6
    // (growing forwards first put the last day in 10 and the first in 1), and no day is in more than 15
    expect(Math.min(...inWindows)).toBe(Math.min(inWindows[0]!, inWindows[D - 1]!));
    expect(Math.max(inWindows[0]!, inWindows[D - 1]!)).toBeLessThanOrEqual(6);
    expect(Math.max(...inWindows)).toBeLessThanOrEqual(15);
  });
});
