import type { CompiledProblem } from './compile.js';
import { NOT_PINNED } from './compile.js';
import { Rng } from './rng.js';
import { RotaState } from './state.js';
import { Rerosterer } from './reroster.js';

/** Progress of a search, reported to `onProgress`. */
export interface SearchProgress {
  readonly elapsedMs: number;
  readonly iterations: number;
  readonly bestHard: number;
  readonly bestSoft: number;
  readonly hard: number;
  readonly soft: number;
}

/** Options of the internal search. */
export interface SearchOptions {
  readonly seed: number;
  readonly timeLimitMs: number;
  readonly maxIterations: number;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((p: SearchProgress) => void) | undefined;
  readonly initial?: Int32Array | undefined;
  readonly hardWeight?: number | undefined;
  readonly minuteScale?: number | undefined;
  /** Stop as soon as the objective reaches this value (feasible and soft <= target). */
  readonly targetSoft?: number | undefined;
  /** Starting temperature of each annealing cycle (relative to soft units). */
  readonly t0?: number | undefined;
  readonly tEnd?: number | undefined;
  /** Cooling cycles over the run (each after the first reheats from the best rota); 10 by default. */
  readonly cycles?: number | undefined;
  /** Adapt the hard weight (strategic oscillation) between a tenth and ten times `hardWeight`. */
  readonly adaptiveHardWeight?: boolean | undefined;
  /** Reheat from the best rota (true) or from where the search is (false). */
  readonly restartFromBest?: boolean | undefined;
  /** Share of moves that re-roster one staff member's window by dynamic programming. */
  readonly dpRate?: number | undefined;
  /** Passes of the dynamic-programming sweep after the construction (2 by default). */
  readonly dpSweeps?: number | undefined;
  /** Elementary steps one programme of the search may take (sets the window when `dpWindow` is not given). */
  readonly dpMaxSteps?: number | undefined;
  /** While the rota breaks a hard rule, re-roster a staff member who breaks one every this many moves. */
  readonly repairEvery?: number | undefined;
  /** Length of that window in days. */
  readonly dpWindow?: number | undefined;
  /** Share of ruin-and-recreate moves: free 2 or 3 staff over a window, re-roster each by DP. */
  readonly ruinRate?: number | undefined;
  /** Staff freed by a ruin-and-recreate move: 2 to this number. */
  readonly ruinMax?: number | undefined;
}

/** Result of the internal search. */
export interface SearchResult {
  readonly grid: Int32Array;
  readonly hard: number;
  readonly soft: number;
  readonly iterations: number;
  readonly elapsedMs: number;
  readonly timeToBestMs: number;
  readonly stoppedBy: 'time' | 'iterations' | 'aborted' | 'target';
  readonly cycles: number;
}

const now = (): number => performance.now();

/** Puts pinned values in place, everything else from `initial` or off. */
function seedGrid(p: CompiledProblem, initial: Int32Array | undefined): Int32Array {
  const g = new Int32Array(p.N * p.D).fill(-1);
  if (initial) g.set(initial);
  for (let k = 0; k < g.length; k++) if (p.pinned[k] !== NOT_PINNED) g[k] = p.pinned[k]!;
  return g;
}

/**
 * Construction by dynamic programming: window by window from the first day, each staff member in
 * turn (random order) is rostered over the window given everyone before them, with the horizon's
 * budgets shared out in proportion to the days they may work so far. Every proposal is kept.
 */
export function constructByDp(state: RotaState, dp: Rerosterer, rng: Rng, window: number, deadline: number): void {
  const { N, D } = state;
  const order = Array.from({ length: N }, (_, i) => i);
  const len = Math.min(D, window);
  for (let lo = 0; lo < D; lo += len) {
    const hi = Math.min(D, lo + len) - 1;
    rng.shuffle(order);
    for (const i of order) {
      if (now() > deadline) return;
      if (!Number.isNaN(dp.run(i, lo, hi, true))) state.commit();
    }
  }
}

/**
 * The longest window (7 to 28 days, at most the horizon) whose dynamic programme stays within
 * `maxSteps` elementary steps (see `dpSteps`).
 */
export function chooseDpWindow(p: CompiledProblem, maxSteps = 2e6): number {
  let best = Math.min(7, p.D);
  for (let w = best; w <= Math.min(28, p.D); w++) if (dpSteps(p, w) <= maxSteps) best = w;
  return best;
}

/**
 * The window of the construction and of the sweeps after it: the longest of 7 to 28 days (at most
 * the horizon) for which one pass over every staff member stays within about 4e9 steps.
 */
export function chooseBuildWindow(p: CompiledProblem): number {
  let best = Math.min(7, p.D);
  for (let w = best + 1; w <= Math.min(28, p.D); w++) if (p.N * Math.ceil(p.D / w) * dpSteps(p, w) <= 4e9) best = w;
  return best;
}

/**
 * An upper estimate of the elementary steps of one dynamic programme over a window of `w` days:
 * (shifts + 1) x min(shifts + 1, 3) x run lengths x minute buckets x weekend states x days.
 */
export function dpSteps(p: CompiledProblem, w: number): number {
  let L = 1;
  let wk = 0;
  for (let i = 0; i < p.N; i++) {
    L = Math.max(L, p.maxCons[i]! + 1, p.minCons[i]!, p.minOff[i]!);
    wk = Math.max(wk, p.maxWk[i]!);
  }
  let unit = 0;
  let maxMin = 0;
  for (let k = 0; k < p.mins.length; k++) {
    let a = unit;
    let b = p.mins[k]!;
    while (b) [a, b] = [b, a % b];
    unit = a;
    maxMin = Math.max(maxMin, p.mins[k]!);
  }
  const units = unit > 0 ? Math.round(maxMin / unit) : 1;
  const S1 = p.S + 1;
  // per state group: a scan of the work predecessors, then each shift against the cheapest few
  return S1 * Math.min(S1, 3) * L * (w * units + 2) * (Math.min(wk, Math.ceil(w / 7) + 1) + 2) * w;
}

/**
 * Improves a constructed rota by re-rostering every staff member in turn (random order), window by
 * window, with the dynamic programme; a proposal is kept when it does not make the objective worse.
 */
export function sweep(state: RotaState, dp: Rerosterer, rng: Rng, window: number, passes: number, deadline: number): void {
  const { N, D } = state;
  const order = Array.from({ length: N }, (_, i) => i);
  const len = Math.min(D, window);
  for (let pass = 0; pass < passes; pass++) {
    rng.shuffle(order);
    for (const i of order) {
      for (let lo = 0; lo < D; lo += len) {
        if (now() > deadline) return;
        const l = Math.min(lo, D - len);
        const delta = dp.run(i, l, l + len - 1);
        if (Number.isNaN(delta)) continue;
        if (delta <= 0) state.commit();
        else state.undo();
      }
    }
  }
}

/**
 * Share of the run (by time, or by moves under an iteration limit) after which a search that has
 * not yet found a rota keeping every hard rule escalates: the hard weight becomes
 * {@link ESCALATED_HARD_WEIGHT} times larger and repair windows {@link ESCALATED_REPAIR_WINDOW}
 * times longer. A repair that needs a long window (Curtois & Qu 22: a single day off between runs
 * of someone at the minimum of their minutes and the maximum of their weekends) often costs more
 * soft penalty than one hard unit weighs; escalating only half-way leaves every rota that is
 * feasible by then untouched. Curtois & Qu 22, 60 s, seeds 1-3: feasible on all three (was on 1).
 */
const ESCALATE_AT = 0.5;
/** Factor on the hard weight once escalated. */
const ESCALATED_HARD_WEIGHT = 100;
/** Factor on the repair window once escalated. */
const ESCALATED_REPAIR_WINDOW = 2;

/** Second windows tried by a repair chain. */
const CHAIN_PARTNERS = 6;

/** The hard penalty of one staff member: their days, runs, successions and horizon limits. */
function staffHard(state: RotaState, i: number): number {
  const { p, D, S1 } = state;
  let h = state.runsCost(i, 0, D - 1) + state.transCost(i, 0, D - 1) + state.aggCost(i);
  for (let d = 0; d < D; d++) h += p.uH[(i * D + d) * S1 + state.x[i * D + d]! + 1]!;
  return h;
}

/**
 * A targeted repair: picks a staff member who breaks a hard rule (a random one, starting from a
 * random person) and re-rosters a window around a day where they break one (or a random window
 * when only a horizon limit is broken); when that does not help, the window may owe a shift or a
 * weekend that the best of a few other windows of theirs then makes up. A change is kept only when
 * it lowers the objective. Returns whether the rota changed.
 */
function repairHard(state: RotaState, dp: Rerosterer, rng: Rng, window: number, movable: Uint8Array): boolean {
  const { p, N, D, S1, x } = state;
  const start = rng.int(N);
  for (let q = 0; q < N; q++) {
    const i = (start + q) % N;
    if (staffHard(state, i) === 0) continue;
    const len = Math.min(D, window);
    let day = -1;
    const from = rng.int(D);
    for (let z = 0; z < D && day < 0; z++) {
      const d = (from + z) % D;
      if (!movable[i * D + d]) continue;
      if (p.uH[(i * D + d) * S1 + x[i * D + d]! + 1]! > 0 || state.local(i, d, d) > 0) day = d;
    }
    if (day < 0) day = from;
    const lo = Math.max(0, Math.min(D - len, day - rng.int(len)));
    const delta = dp.run(i, lo, lo + len - 1);
    if (Number.isNaN(delta)) return false;
    if (delta < 0) {
      state.commit();
      return true;
    }
    state.undo();
    // A chain: the window may owe a shift or a weekend, which another window then makes up (the
    // best of a few other windows; the owing step is re-run for each, as it is deterministic).
    const left = Math.max(0, lo - len + 1);
    const right = Math.max(0, D - 2 * len - lo + 1);
    if (left + right === 0) return false;
    let bestTotal = 0;
    let bestOther = -1;
    for (let attempt = 0; attempt < CHAIN_PARTNERS; attempt++) {
      const pick = rng.int(left + right);
      const other = pick < left ? pick : lo + len + pick - left;
      const owed = dp.run(i, lo, lo + len - 1, false, true);
      const repaid = dp.run(i, other, other + len - 1);
      const total = (Number.isNaN(owed) ? 0 : owed) + (Number.isNaN(repaid) ? 0 : repaid);
      state.undo();
      if (total < bestTotal) {
        bestTotal = total;
        bestOther = other;
      }
    }
    if (bestOther < 0) return false;
    const owed = dp.run(i, lo, lo + len - 1, false, true);
    const repaid = dp.run(i, bestOther, bestOther + len - 1);
    if ((Number.isNaN(owed) ? 0 : owed) + (Number.isNaN(repaid) ? 0 : repaid) < 0) {
      state.commit();
      return true;
    }
    state.undo();
    return false;
  }
  return false;
}

/**
 * The whole search: construction by dynamic programming and sweeps (unless a warm start is
 * given), then simulated annealing with reheats from the best rota, with a targeted repair while
 * a hard rule is broken.
 */
export function search(p: CompiledProblem, opts: SearchOptions): SearchResult {
  const it = searchSteps(p, opts, Infinity);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

/**
 * The search as a generator that yields every `sliceMs` milliseconds (so an async caller can let
 * the event loop run: abort signals, progress bars) and returns the result.
 */
export function* searchSteps(p: CompiledProblem, opts: SearchOptions, sliceMs: number): Generator<void, SearchResult, void> {
  const t0ms = now();
  const rng = new Rng(opts.seed);
  // Scale temperatures and the hard weight to the problem's soft weights (cover under-weights).
  let scale = 1;
  for (let c = 0; c < p.C; c++) if (p.cellUnder[c]! > scale) scale = p.cellUnder[c]!;
  const hw = opts.hardWeight ?? 10 * scale;
  const state = new RotaState(p, hw);
  if (opts.minuteScale !== undefined) state.minuteScale = opts.minuteScale;
  state.load(seedGrid(p, opts.initial));
  state.commit();
  const { N, D, S } = state;
  const dp = new Rerosterer(state);
  const dpWindow = opts.dpWindow ?? chooseDpWindow(p, opts.dpMaxSteps);
  const buildWindow = chooseBuildWindow(p);
  if (!opts.initial) {
    // the construction may use up to a third of the time
    const constructionDeadline = t0ms + opts.timeLimitMs / 3;
    constructByDp(state, dp, rng, buildWindow, constructionDeadline);
    if (opts.dpSweeps ?? 2) sweep(state, dp, rng, buildWindow, opts.dpSweeps ?? 2, constructionDeadline);
  }
  const x = state.x;
  const movable = new Uint8Array(N * D);
  const movableCells: number[] = [];
  for (let k = 0; k < N * D; k++) {
    if (p.pinned[k] === NOT_PINNED) {
      movable[k] = 1;
      movableCells.push(k);
    }
  }
  const best = new Int32Array(x);
  let bestHard = state.hard;
  let bestSoft = state.soft;
  let timeToBest = now() - t0ms;
  const report = (iter: number): void => {
    opts.onProgress?.({ elapsedMs: now() - t0ms, iterations: iter, bestHard, bestSoft, hard: state.hard, soft: state.soft });
  };
  report(0);
  /** Keeps the current rota as the best when it is (hard first, then soft); returns whether it did. */
  const keepIfBest = (): boolean => {
    if (state.hard > bestHard || (state.hard === bestHard && state.soft >= bestSoft - 1e-9)) return false;
    bestHard = state.hard;
    bestSoft = state.soft;
    best.set(x);
    timeToBest = now() - t0ms;
    return true;
  };
  const maxIter = opts.maxIterations;
  const deadline = t0ms + opts.timeLimitMs;
  const searchStart = now();
  const cycleCount = Math.max(1, opts.cycles ?? 10);
  const T0 = opts.t0 ?? 0.3 * scale;
  const TEnd = opts.tEnd ?? 0.003 * scale;
  const logRatio = Math.log(TEnd / T0);
  const restartFromBest = opts.restartFromBest ?? true;
  const adaptive = opts.adaptiveHardWeight ?? false;
  const hwMin = hw / 10;
  const hwMax = hw * 10;
  let T = T0;
  let escalated = false;
  let repairWindow = buildWindow;
  let iter = 0;
  let cycles = 0;
  let stoppedBy: SearchResult['stoppedBy'] = 'iterations';
  let lastReport = now();
  let lastYield = now();
  const maxBlock = Math.min(D, 7);
  const buf = new Int32Array(D);
  const pChange = 0.12;
  const pSwap = pChange + 0.18;
  const pBlock = pSwap + 0.25;
  const pIntra = pBlock + 0.15;
  const pRotate = pIntra + 0.12;
  // a programme costs about dpSteps elementary steps, a plain move about 1,400: programmes get
  // about a quarter of the time unless a rate is given
  const pDP = pRotate + (opts.dpRate ?? Math.min(0.002, 450 / dpSteps(p, Math.min(D, dpWindow))));
  // a repair runs up to 14 programmes: on big rotas it runs less often, so the search keeps time
  const repairEvery = opts.repairEvery ?? Math.round(1024 * Math.max(1, dpSteps(p, Math.min(D, buildWindow)) / 2e5));
  // ruin and recreate: 1 move in 2000, on rotas where a programme costs at most about 2e5 steps
  // (practice-sized: Curtois & Qu 1 to 4); on larger ones it measured worse at a fixed time
  const ruinCheap = dpSteps(p, Math.min(D, dpWindow)) <= 2e5;
  const pRuin = pDP + (N >= 2 ? (opts.ruinRate ?? (ruinCheap ? 0.0005 : 0)) : 0);
  const ruinMax = Math.max(2, Math.min(N, opts.ruinMax ?? 3));
  const ruinStaff = new Int32Array(ruinMax);
  const target = opts.targetSoft;
  if (movableCells.length === 0) {
    return { grid: best, hard: bestHard, soft: bestSoft, iterations: 0, elapsedMs: now() - t0ms, timeToBestMs: timeToBest, stoppedBy: 'iterations', cycles: 0 };
  }
  if (target !== undefined && bestHard === 0 && bestSoft <= target + 1e-9) stoppedBy = 'target';
  else
    for (;;) {
      if (iter >= maxIter) {
        stoppedBy = 'iterations';
        break;
      }
      if ((iter & 255) === 0) {
        const t = now();
        if (t >= deadline) {
          stoppedBy = 'time';
          break;
        }
        if (opts.signal?.aborted) {
          stoppedBy = 'aborted';
          break;
        }
        if (t - lastReport > 250) {
          lastReport = t;
          report(iter);
        }
        if (t - lastYield > sliceMs) {
          yield;
          lastYield = now();
          if (opts.signal?.aborted) {
            stoppedBy = 'aborted';
            break;
          }
        }
        // cycles of cooling: progress by moves when an iteration limit is set (so the result depends
        // on the seed only), else by time; each new cycle reheats from the best rota
        const progress = Number.isFinite(maxIter) ? iter / maxIter : (t - searchStart) / Math.max(1, deadline - searchStart);
        const f = Math.min(1, progress) * cycleCount;
        const cycle = Math.min(cycleCount - 1, Math.floor(f));
        if (cycle > cycles) {
          cycles = cycle;
          if (restartFromBest) {
            state.load(best);
            state.commit();
          }
        }
        T = T0 * Math.exp(logRatio * (f - cycle));
        if (!escalated && !adaptive && bestHard > 0 && progress >= ESCALATE_AT) {
          // still infeasible half-way: hard rules all but lexicographic, longer repair windows, from the best rota
          escalated = true;
          state.hardWeight = hw * ESCALATED_HARD_WEIGHT;
          repairWindow = buildWindow * ESCALATED_REPAIR_WINDOW;
          state.load(best);
          state.commit();
        }
        if (adaptive && (iter & 8191) === 0 && iter > 0) {
          // strategic oscillation: raise the hard weight while infeasible, lower it while feasible
          state.hardWeight = state.hard > 0 ? Math.min(hwMax, state.hardWeight * 1.15) : Math.max(hwMin, state.hardWeight / 1.15);
        }
      }
      if (state.hard > 0 && iter % repairEvery === 0 && repairHard(state, dp, rng, repairWindow, movable)) keepIfBest();
      iter++;
      const r = rng.next();
      let delta: number;
      if (r < pChange) {
        const k = movableCells[rng.int(movableCells.length)]!;
        const i = (k / D) | 0;
        const d = k - i * D;
        let s = rng.int(S + 1) - 1;
        if (s === x[k]) s = s + 1 >= S ? -1 : s + 1;
        delta = state.change(i, d, s);
      } else if (r < pSwap) {
        const d = rng.int(D);
        const i = rng.int(N);
        const j = rng.int(N);
        if (i === j || x[i * D + d] === x[j * D + d] || !movable[i * D + d] || !movable[j * D + d]) continue;
        delta = state.swap(i, j, d);
      } else if (r < pBlock) {
        const i = rng.int(N);
        let j = rng.int(N - 1);
        if (j >= i) j++;
        if (j >= N) continue;
        const len = 2 + rng.int(maxBlock - 1);
        const lo = rng.int(D - len + 1);
        const hi = lo + len - 1;
        let ok = true;
        for (let d = lo; d <= hi; d++)
          if (!movable[i * D + d] || !movable[j * D + d]) {
            ok = false;
            break;
          }
        if (!ok) continue;
        delta = state.swapBlock(i, j, lo, hi);
      } else if (r < pIntra) {
        // Move one staff member's shift to another day nearby (swap two of their days).
        const k = movableCells[rng.int(movableCells.length)]!;
        const i = (k / D) | 0;
        const d1 = k - i * D;
        const d2 = d1 + (rng.int(2) === 0 ? -1 : 1) * (1 + rng.int(Math.min(6, D - 1)));
        if (d2 < 0 || d2 >= D) continue;
        const k2 = i * D + d2;
        if (!movable[k2] || x[k2] === x[k]) continue;
        const a = x[k]!;
        const b = x[k2]!;
        state.beginCompound();
        state.changeIn(i, d1, b);
        state.changeIn(i, d2, a);
        delta = state.endCompound();
      } else if (r < pRotate) {
        // Rotate a short window of one staff member's days by one (shifts a run left or right).
        const i = rng.int(N);
        const len = 2 + rng.int(Math.min(5, D - 1));
        if (len > D) continue;
        const lo = rng.int(D - len + 1);
        let ok = true;
        for (let d = lo; d < lo + len; d++)
          if (!movable[i * D + d]) {
            ok = false;
            break;
          }
        if (!ok) continue;
        const left = rng.int(2) === 0;
        for (let q = 0; q < len; q++) buf[q] = x[i * D + lo + ((q + (left ? 1 : len - 1)) % len)]!;
        delta = state.setRange(i, lo, buf, len);
      } else if (r < pDP) {
        const i = rng.int(N);
        const len = Math.min(D, dpWindow);
        const lo = rng.int(D - len + 1);
        delta = dp.run(i, lo, lo + len - 1);
        if (Number.isNaN(delta)) continue;
      } else if (r < pRuin) {
        // Ruin and recreate: free a few staff over a window, then re-roster each in turn by DP
        // (the first ones see the others absent, so the cover is shared out afresh).
        const len = Math.min(D, dpWindow);
        const lo = rng.int(D - len + 1);
        const hi = lo + len - 1;
        const nr = 2 + rng.int(ruinMax - 1);
        for (let q = 0; q < nr; q++) {
          let i = rng.int(N);
          for (let z = 0; z < q; z++)
            if (ruinStaff[z] === i) {
              i = (i + 1) % N;
              z = -1;
            }
          ruinStaff[q] = i;
        }
        // the programme re-rosters only windows without pinned days
        let ok = true;
        for (let q = 0; q < nr && ok; q++)
          for (let d = lo; d <= hi; d++)
            if (!movable[ruinStaff[q]! * D + d]) {
              ok = false;
              break;
            }
        if (!ok) continue;
        state.beginCompound();
        for (let q = 0; q < nr; q++) {
          const i = ruinStaff[q]!;
          for (let d = lo; d <= hi; d++) if (x[i * D + d] !== -1) state.changeIn(i, d, -1);
        }
        delta = state.endCompound();
        for (let q = 0; q < nr; q++) {
          const dd = dp.run(ruinStaff[q]!, lo, hi);
          if (!Number.isNaN(dd)) delta += dd;
        }
        if (state.pending() === 0) continue;
      } else {
        // Coverage-repair chain: fill a cell under its ideal with a staff member moved from
        // another shift (or from a day off), and back-fill the shift they left with someone off.
        const d = rng.int(D);
        const c0 = p.dayCellStart[d]!;
        const nc = p.dayCellStart[d + 1]! - c0;
        if (nc === 0) continue;
        let c = -1;
        const startAt = rng.int(nc);
        for (let q = 0; q < nc; q++) {
          const cc = p.dayCellList[c0 + ((startAt + q) % nc)]!;
          if (state.cov[cc]! < p.cellIdeal[cc]!) {
            c = cc;
            break;
          }
        }
        if (c < 0) continue;
        // a shift that counts for this cell
        let s = -1;
        const so = rng.int(S);
        for (let q = 0; q < S; q++) {
          const ss = (so + q) % S;
          for (let z = p.cellStart[d * S + ss]!; z < p.cellStart[d * S + ss + 1]!; z++)
            if (p.cellList[z] === c) {
              s = ss;
              break;
            }
          if (s >= 0) break;
        }
        if (s < 0) continue;
        const i = rng.int(N);
        const ki = i * D + d;
        if (!movable[ki] || x[ki] === s || !p.groupMember[p.cellGroup[c]! * N + i]) continue;
        const a = x[ki]!;
        state.beginCompound();
        state.changeIn(i, d, s);
        if (a >= 0) {
          const j = rng.int(N);
          const kj = j * D + d;
          if (j !== i && movable[kj] && x[kj] === -1) state.changeIn(j, d, a);
        }
        delta = state.endCompound();
      }
      if (delta <= 0 || rng.next() < Math.exp(-delta / T)) {
        state.commit();
        if (keepIfBest() && target !== undefined && bestHard === 0 && bestSoft <= target + 1e-9) {
          stoppedBy = 'target';
          break;
        }
      } else {
        state.undo();
      }
    }
  report(iter);
  return { grid: best, hard: bestHard, soft: bestSoft, iterations: iter, elapsedMs: now() - t0ms, timeToBestMs: timeToBest, stoppedBy, cycles };
}
