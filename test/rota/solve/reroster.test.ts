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

describe('pricing a whole row for column generation', () => {
  const days = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11'];
  const problem = {
    site: { id: 's', timeZone: 'UTC' },
    horizon: { start: days[0]!, days: 7 },
    contracts: [
      { id: 'c', minTotalMinutes: 480 * 3, maxTotalMinutes: 480 * 5, maxConsecutiveWorkDays: 3, minConsecutiveWorkDays: 2, minConsecutiveDaysOff: 1, maxWeekends: 1, maxShiftsPerType: { N: 2 } },
    ],
    staff: ['a', 'b', 'c'].map((id) => ({ id, contractId: 'c' })),
    shiftTypes: [
      { id: 'D', start: '08:00', durationMinutes: 480 },
      { id: 'N', start: '22:00', durationMinutes: 480, forbiddenSuccessors: ['D'] },
    ],
    cover: days.flatMap((date) => [
      { date, shiftTypeId: 'D', ideal: 1, underWeight: 10, overWeight: 1 },
      { date, shiftTypeId: 'N', ideal: 1, underWeight: 10, overWeight: 1 },
    ]),
    requests: [
      { staffId: 'a', date: days[1]!, kind: 'day-off', weight: 3 },
      { staffId: 'b', date: days[4]!, kind: 'shift-on', shiftTypeId: 'N', weight: 2 },
    ],
  };

  /** The least priced cost of a row that keeps every rule of the staff member (brute force). */
  function bruteForcePriced(p: ReturnType<typeof compileProblem>, i: number, cellPrice: Float64Array): number {
    const state = new RotaState(p, 1000);
    state.commit();
    const row = new Array<number>(p.D).fill(-1);
    let best = Infinity;
    const visit = (t: number): void => {
      if (t === p.D) {
        for (let d = 0; d < p.D; d++) state.setCell(i, d, row[d]!);
        if (state.rowHard(i) === 0) best = Math.min(best, pricedCost(p, i, row, cellPrice));
        state.undo();
        state.commit();
        return;
      }
      for (let v = -1; v < p.S; v++) {
        row[t] = v;
        visit(t + 1);
      }
    };
    visit(0);
    return best;
  }

  /** Priced cost of a row (its requests less the cover prices it earns). */
  function pricedCost(p: ReturnType<typeof compileProblem>, i: number, row: readonly number[], cellPrice: Float64Array): number {
    let cost = 0;
    for (let d = 0; d < p.D; d++) {
      const v = row[d]!;
      cost += p.uS[(i * p.D + d) * (p.S + 1) + v + 1]!;
      if (v >= 0) for (let q = p.cellStart[d * p.S + v]!; q < p.cellStart[d * p.S + v + 1]!; q++) cost -= cellPrice[p.cellList[q]!]!;
    }
    return cost;
  }

  /** Whether a row keeps every rule of the staff member. */
  function keepsRules(p: ReturnType<typeof compileProblem>, i: number, row: readonly number[]): boolean {
    const state = new RotaState(p, 1000);
    state.commit();
    for (let d = 0; d < p.D; d++) state.setCell(i, d, row[d]!);
    return state.rowHard(i) === 0;
  }

  /** A pricer on a probe state (nobody rostered). */
  function newPricer(p: ReturnType<typeof compileProblem>): Rerosterer {
    const probe = new RotaState(p, 1000);
    probe.commit();
    return new Rerosterer(probe);
  }

  // One pricer for every trial, so each call starts from the multipliers the last one left.
  function checkPricing(problemInput: unknown, exact: boolean): void {
    const p = compileProblem(parseRotaProblem(problemInput));
    const rng = new Rng(5);
    const pricer = newPricer(p);
    for (let trial = 0; trial < 40; trial++) {
      const cellPrice = Float64Array.from({ length: p.C }, () => rng.int(25) - 5);
      const i = rng.int(p.N);
      const row = Array.from(pricer.price(i, cellPrice));
      const best = bruteForcePriced(p, i, cellPrice);
      expect(pricer.lastLowest).toBeLessThanOrEqual(best + 1e-9);
      expect(keepsRules(p, i, row)).toBe(true);
      const cost = pricedCost(p, i, row, cellPrice);
      if (exact) {
        expect(cost).toBeCloseTo(best, 9);
        expect(pricer.lastLowest).toBeCloseTo(best, 9);
      } else expect(cost).toBeGreaterThanOrEqual(best - 1e-9);
    }
  }

  it('returns the least priced row and bound without per-type maxima (random cover prices, brute force)', () => {
    checkPricing({ ...problem, contracts: problem.contracts.map(({ maxShiftsPerType: _, ...rest }) => rest) }, true);
  });

  it('keeps per-type maxima by Lagrangian prices, with a bound no higher than the least row (brute force)', () => {
    checkPricing(problem, false);
  });

  it('stops at the first row worth adding with acceptBelow, and then proves no bound (brute force)', () => {
    const p = compileProblem(parseRotaProblem(problem));
    const rng = new Rng(11);
    const pricer = newPricer(p);
    let accepted = 0;
    for (let trial = 0; trial < 40; trial++) {
      const cellPrice = Float64Array.from({ length: p.C }, () => rng.int(25) - 5);
      const i = rng.int(p.N);
      const best = bruteForcePriced(p, i, cellPrice);
      const acceptBelow = best + 1 + rng.int(10);
      const row = Array.from(pricer.price(i, cellPrice, { acceptBelow }));
      expect(keepsRules(p, i, row)).toBe(true);
      const cost = pricedCost(p, i, row, cellPrice);
      expect(cost).toBeGreaterThanOrEqual(best - 1e-9);
      if (pricer.lastLowest === Number.NEGATIVE_INFINITY) {
        accepted++;
        expect(cost).toBeLessThan(acceptBelow);
      } else expect(pricer.lastLowest).toBeLessThanOrEqual(best + 1e-9);
    }
    expect(accepted).toBeGreaterThan(0);
  });
});
