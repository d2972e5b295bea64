import { describe, expect, it } from 'vitest';
import { parseRotaProblem } from '../../../src/rota/parse-problem.js';
import { compileProblem, NOT_PINNED } from '../../../src/rota/solve/internal/compile.js';
import { Rerosterer } from '../../../src/rota/solve/internal/reroster.js';
import { Rng } from '../../../src/rota/solve/internal/rng.js';
import { RotaState } from '../../../src/rota/solve/internal/state.js';
import { curtois, hasCurtois } from './fixtures.js';

/** The best exact objective over every row of staff i in [lo, hi], everyone else fixed (brute force). */
function bruteForceBest(state: RotaState, i: number, lo: number, hi: number): number {
  const { D, S } = state;
  const span = hi - lo + 1;
  const saved = Array.from({ length: span }, (_, t) => state.x[i * D + lo + t]!);
  let best = Infinity;
  const row = new Array<number>(span).fill(-1);
  const visit = (t: number): void => {
    if (t === span) {
      for (let q = 0; q < span; q++) state.changeIn(i, lo + q, row[q]!);
      best = Math.min(best, state.objective());
      for (let q = 0; q < span; q++) state.changeIn(i, lo + q, saved[q]!);
      return;
    }
    for (let v = -1; v < S; v++) {
      row[t] = v;
      visit(t + 1);
    }
  };
  state.beginCompound();
  visit(0);
  state.endCompound();
  state.undo();
  return best;
}

describe('window re-roster by dynamic programming', () => {
  /**
   * On random rotas, re-rosters a random staff member over a random window of 4 to 6 days and
   * compares the result with the best of every possible row (brute force, scored exactly).
   */
  function compareWithBruteForce(problem: unknown, trials: number): { checked: number; exact: number } {
    const p = compileProblem(parseRotaProblem(problem));
    const rng = new Rng(11);
    let checked = 0;
    let exact = 0;
    for (let trial = 0; trial < trials; trial++) {
      const state = new RotaState(p, 1000);
      const grid = new Int32Array(p.N * p.D);
      for (let k = 0; k < grid.length; k++) grid[k] = p.pinned[k] !== NOT_PINNED ? p.pinned[k]! : rng.int(p.S + 1) - 1;
      state.load(grid);
      state.commit();
      const i = rng.int(p.N);
      const len = 4 + rng.int(3);
      const lo = rng.int(p.D - len + 1);
      const best = bruteForceBest(state, i, lo, lo + len - 1);
      const start = state.objective();
      const delta = new Rerosterer(state).run(i, lo, lo + len - 1);
      if (Number.isNaN(delta)) continue;
      checked++;
      expect(state.objective()).toBeCloseTo(start + delta, 6);
      if (Math.abs(state.objective() - best) < 1e-6) exact++;
    }
    return { checked, exact };
  }

  // Instances where no per-type maximum binds inside a short window, so the programme's model of
  // the rules is exact (runs at both window edges, the exempt first run, weekends, minutes).
  it.skipIf(!hasCurtois).each(['Instance2', 'Instance4', 'Instance9'])('finds the best row over a window on Curtois & Qu %s', (name) => {
    const { checked, exact } = compareWithBruteForce(curtois(name), 60);
    expect(checked).toBe(60);
    expect(exact).toBe(60);
  });
});
