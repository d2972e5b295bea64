import { describe, expect, it } from 'vitest';
import { ColumnMaster } from '../../../src/rota/solve/internal/column-generation.js';
import { compileProblem } from '../../../src/rota/solve/internal/compile.js';
import type { ExactModelData } from '../../../src/rota/solve/internal/exact-model.js';
import { HIGHS_STATUS, HighsWorker, loadHighs, resolveHighs } from '../../../src/rota/solve/internal/highs.js';
import { parseRotaProblem } from '../../../src/rota/parse-problem.js';
import { curtois, hasCurtois } from './fixtures.js';

/** max 5a + 4b subject to 6a + 4b <= 24, a + 2b <= 6, a and b whole (as a minimisation): a = 4, b = 0, value -20. */
const smallMip: ExactModelData = {
  numCols: 2,
  numRows: 2,
  offset: 0,
  colCost: [-5, -4],
  colLower: [0, 0],
  colUpper: [10, 10],
  rowLower: [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
  rowUpper: [24, 6],
  matrix: { format: 'csr', numRows: 2, numCols: 2, starts: [0, 2, 4], indices: [0, 1, 0, 1], values: [6, 4, 1, 2] },
  integrality: [1, 1],
};

describe('HighsWorker', () => {
  it('solves its model to optimality', async () => {
    const worker = await HighsWorker.start(await resolveHighs(), smallMip, undefined);
    try {
      const done = await worker.solve({ colLower: null, colUpper: null, start: null, timeLimitSeconds: 10, relGap: 0, seed: 1 });
      expect(done?.status).toBe(HIGHS_STATUS.optimal);
      expect(done?.objective).toBeCloseTo(-20, 9);
      expect(done?.colValue?.[0]).toBeCloseTo(4, 9);
      expect(done?.colValue?.[1]).toBeCloseTo(0, 9);
    } finally {
      worker.close();
    }
  });

  it('ends the thread at stopBy when HiGHS has not answered, and every later solve resolves to undefined', async () => {
    const worker = await HighsWorker.start(await resolveHighs(), smallMip, undefined);
    try {
      // the thread is still loading HiGHS when the stop comes
      const job = { colLower: null, colUpper: null, start: null, timeLimitSeconds: 10, relGap: 0, seed: 1 };
      expect(await worker.solve({ ...job, stopBy: performance.now() })).toBeUndefined();
      expect(await worker.solve(job)).toBeUndefined();
    } finally {
      worker.close();
    }
  });
});

describe.skipIf(!hasCurtois)('ColumnMaster.solveLp', () => {
  it('stops pricing at its end without proving a bound, and proves one once given the time', async () => {
    const p = compileProblem(parseRotaProblem(curtois('Instance2')));
    const master = new ColumnMaster(p, await loadHighs(await resolveHighs()), 1000);
    try {
      master.addGrid(new Int32Array(p.N * p.D).fill(-1));
      const cut = master.solveLp(true, performance.now() - 1);
      expect(cut.added).toBe(0);
      expect(cut.bound).toBe(Number.NEGATIVE_INFINITY);
      const full = master.solveLp(true);
      expect(full.added).toBeGreaterThan(0);
      expect(Number.isFinite(full.bound)).toBe(true);
    } finally {
      master.dispose();
    }
  });
});
