import { describe, expect, it } from 'vitest';
import { parseRotaProblem } from '../../../src/rota/parse-problem.js';
import { diveCells } from '../../../src/rota/solve/internal/column-dive.js';
import { ColumnMaster } from '../../../src/rota/solve/internal/column-generation.js';
import { compileProblem, type CompiledProblem } from '../../../src/rota/solve/internal/compile.js';
import { buildExactModel } from '../../../src/rota/solve/internal/exact-model.js';
import { HighsWorker, loadHighs, resolveHighs } from '../../../src/rota/solve/internal/highs.js';
import { Rng } from '../../../src/rota/solve/internal/rng.js';
import { search } from '../../../src/rota/solve/internal/search.js';
import { solveFreeCells } from '../../../src/rota/solve/internal/solve-free-cells.js';
import { RotaState } from '../../../src/rota/solve/internal/state.js';
import { curtois, hasCurtois } from './fixtures.js';

/** A column master over a short local search's rota, priced until it converges; returns it with the bound. */
async function convergedMaster(p: CompiledProblem): Promise<{ master: ColumnMaster; grid: Int32Array; bound: number }> {
  const grid = search(p, { seed: 1, timeLimitMs: 60_000, maxIterations: 5_000 }).grid;
  const master = new ColumnMaster(p, await loadHighs(await resolveHighs()), 1000);
  master.addGrid(grid);
  return { master, grid, bound: converge(master) };
}

/** Prices until no row is added (proving each round); returns the last round's bound. */
function converge(master: ColumnMaster): number {
  for (;;) {
    const round = master.solveLp();
    if (round.added === 0) return round.bound;
  }
}

describe.skipIf(!hasCurtois)('ColumnMaster cell forcing', () => {
  it('holds a forced cell in every later solve, proves no bound meanwhile, and proves the same bound once released', async () => {
    const p = compileProblem(parseRotaProblem(curtois('Instance2')));
    const { master, bound } = await convergedMaster(p);
    try {
      const S1 = p.S + 1;
      const shares = master.relaxedShares();
      // staff member 0, day 3: force the shift the relaxation gives the least share
      let v = -1;
      for (let w = 0; w < p.S; w++) if (shares[3 * S1 + w + 1]! < shares[3 * S1 + v + 1]!) v = w;
      expect(shares[3 * S1 + v + 1]).toBeLessThan(0.5);
      master.forceCell(0, 3, v);
      expect(master.isForced(0, 3)).toBe(true);
      expect(converge(master)).toBe(Number.NEGATIVE_INFINITY);
      expect(master.relaxedShares()[3 * S1 + v + 1]).toBeCloseTo(1, 9);
      master.releaseCells();
      expect(master.isForced(0, 3)).toBe(false);
      expect(converge(master)).toBeCloseTo(bound, 6);
    } finally {
      master.dispose();
    }
  });
});

describe.skipIf(!hasCurtois)('diveCells', () => {
  it('dives Curtois & Qu 3 to the published optimum (1001, Curtois & Qu 2014) or close, completing small remainders exactly', async () => {
    const p = compileProblem(parseRotaProblem(curtois('Instance3')));
    const { master, grid } = await convergedMaster(p);
    const model = buildExactModel(p);
    const worker = await HighsWorker.start(await resolveHighs(), model.data, undefined);
    const state = new RotaState(p);
    const found: number[] = [];
    const freeCounts: number[] = [];
    try {
      await diveCells({
        p,
        master,
        end: performance.now() + 60_000,
        signal: undefined,
        noise: 0,
        rng: new Rng(1),
        complete: async (rounded, free) => {
          freeCounts.push(free.reduce((sum, f) => sum + f, 0));
          const done = await solveFreeCells({ p, model, worker, grid: rounded, isFree: (i, d) => free[i * p.D + d] === 1, seconds: 10, seed: 1 });
          if (done?.grid) {
            state.load(done.grid);
            if (state.hard === 0) found.push(state.soft);
          }
          return done?.optimal ?? false;
        },
      });
      expect(found.length).toBeGreaterThan(0);
      expect(Math.min(...found)).toBeGreaterThanOrEqual(1001);
      expect(Math.min(...found)).toBeLessThanOrEqual(1011);
      expect(Math.max(...freeCounts)).toBeLessThanOrEqual(120);
      // the forced cells are released: the master proves its bound again
      for (let i = 0; i < p.N; i++) for (let d = 0; d < p.D; d++) expect(master.isForced(i, d)).toBe(false);
      expect(converge(master)).toBeGreaterThan(Number.NEGATIVE_INFINITY);
      state.load(grid);
      expect(state.soft).toBeGreaterThan(Math.min(...found));
    } finally {
      worker.close();
      master.dispose();
    }
  });
});
