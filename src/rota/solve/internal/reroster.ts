import { hasWindowLimits, NOT_PINNED } from './compile.js';
import type { RotaState } from './state.js';

/** Dynamic programmes per pricing step at most while searching per-type prices (Lagrangian multipliers). */
const LAGRANGE_ROUNDS = 16;

/** The part of a horizon budget (a limit, -1 for none) that counts in a window, rounded as given. */
type BudgetShare = (limit: number, round: (x: number) => number) => number;

/** Work predecessors kept per state group: the cheapest few, scanned for one compatible with the next shift. */
const TOP = 3;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Options of {@link Rerosterer.price}. */
export interface PriceOptions {
  /** A day on which the row must hold `forceShift` (-1: none). */
  readonly forceDay?: number;
  /** The shift (or -1 for a day off) the row must hold on `forceDay`. */
  readonly forceShift?: number;
  /** The shift (or -1) each day of the horizon must hold, NOT_PINNED where free (cells a dive has fixed). */
  readonly forced?: ArrayLike<number>;
  /**
   * Stop the multiplier search at the first row that keeps every maximum and costs less than
   * this (a column worth adding); `lastLowest` then proves nothing (-Infinity).
   */
  readonly acceptBelow?: number;
}

/**
 * Large-neighbourhood move: re-rosters one staff member over a window of days [lo, hi] by dynamic
 * programming over (last shift, run length, minutes worked, weekends worked), with every other
 * staff member fixed. The DP prices cover marginally, requests, leave, successions and rest,
 * consecutive-day limits and the minute and weekend budgets left by the days outside the window;
 * the proposal is then applied and scored exactly by the incremental state (the DP is only a
 * proposal generator, so its approximations at the window edges never corrupt the score).
 *
 * Pinned days keep their pinned value. With `prorate` (a rota built left to right, nothing after
 * the window yet), the horizon's minute, weekend and per-shift-type budgets count in proportion
 * to the days up to the window's end. With `loosen`, the window may fall one shift short of the
 * horizon's minimum minutes and take one weekend over its maximum (for a chain whose next step
 * makes that up elsewhere).
 *
 * Returns the exact weighted delta, the move left applied (uncommitted), or NaN when every day of
 * the window is pinned (nothing applied).
 */
export class Rerosterer {
  private readonly st: RotaState;
  private readonly unit: number;
  private cost = new Float64Array(0);
  private back = new Int32Array(0);
  private readonly unary: Float64Array;
  private readonly vals: Int32Array;
  /** Minute units of shift s on day d. */
  private readonly units: Int32Array;
  /** Hard units of a succession v0 -> v on the day being programmed. */
  private readonly bad: Uint8Array;
  /** Per staff member, the days they may work before each day (prefix counts, D + 1 per person). */
  private readonly open: Int32Array;
  /** Minutes of the longest shift. */
  private readonly longest: number;
  private readonly topC = new Float64Array(TOP);
  private readonly topV = new Int32Array(TOP);
  /** Per shift type: how many more the person may work (from the type maximum), and how many the path uses. */
  private readonly typeLeft: Int32Array;
  private readonly usage: Int32Array;
  /** Per staff member and shift type, the multiplier of the best Lagrangian value of the last {@link price} (its next start). */
  private readonly lastLambda: Float64Array;

  /**
   * After {@link price}: a lower bound on the priced cost of every row that keeps the per-type
   * maxima (the best Lagrangian value; the programme is exact otherwise).
   */
  lastLowest = Number.NaN;

  constructor(st: RotaState) {
    this.st = st;
    const { p } = st;
    let u = 0;
    for (let k = 0; k < p.mins.length; k++) u = gcd(u, p.mins[k]!);
    this.unit = Math.max(u, 1);
    this.unary = new Float64Array(p.D * (p.S + 1));
    this.vals = new Int32Array(p.D);
    this.units = new Int32Array(p.D * p.S);
    for (let k = 0; k < this.units.length; k++) this.units[k] = Math.round(p.mins[k]! / this.unit);
    this.bad = new Uint8Array(p.S * p.S);
    this.typeLeft = new Int32Array(p.S);
    this.usage = new Int32Array(p.S);
    this.lastLambda = new Float64Array(p.N * p.S);
    this.longest = p.mins.reduce((a, b) => Math.max(a, b), 0);
    this.open = new Int32Array(p.N * (p.D + 1));
    const S1 = p.S + 1;
    for (let i = 0; i < p.N; i++) {
      for (let d = 0; d < p.D; d++) {
        let workable = 0;
        for (let v = 0; v < p.S && !workable; v++) if (p.uH[(i * p.D + d) * S1 + v + 1] === 0) workable = 1;
        this.open[i * (p.D + 1) + d + 1] = this.open[i * (p.D + 1) + d]! + workable;
      }
    }
  }

  run(i: number, lo: number, hi: number, prorate = false, loosen = false): number {
    const st = this.st;
    const { p, D } = st;
    let free = 0;
    for (let d = lo; d <= hi; d++) if (p.pinned[i * D + d] === NOT_PINNED) free++;
    if (free === 0) return Number.NaN;
    const hw = st.hardWeight;
    st.beginCompound();
    const before = st.local(i, lo, hi);
    for (let d = lo; d <= hi; d++) st.setCell(i, d, -1);
    const share = this.sharer(i, hi, prorate);
    // Cover priced marginally: what the person's shift changes in the cells as they stand.
    const cover = (cell: number): number => {
      const n = st.cov[cell]!;
      return (n < p.cellMin[cell]! ? -hw : 0) + (n >= p.cellIdeal[cell]! ? p.cellOver[cell]! : -p.cellUnder[cell]!);
    };
    this.setUnary(i, lo, hi, share, cover);
    this.programme(i, lo, hi, share, prorate, loosen, this.priceUpOverused);
    for (let t = 0; t <= hi - lo; t++) st.setCell(i, lo + t, this.vals[t]!);
    st.hard += st.local(i, lo, hi) - before;
    return st.endCompound();
  }

  /**
   * Pricing step of column generation: the cheapest row of staff member i over the whole horizon
   * when working shift v on day d is worth `cellPrice` for every cover cell it counts in (the
   * duals of the cover rows), besides its own request and hard costs. The state must hold no
   * shift for i (a probe state). Returns the row (one shift index or -1 per day, a view that the
   * next call overwrites); per-type maxima are priced by Lagrangian multipliers.
   */
  price(i: number, cellPrice: Float64Array, options: PriceOptions = {}): Int32Array {
    const { forceDay = -1, forceShift = -1, forced, acceptBelow = Number.NEGATIVE_INFINITY } = options;
    const st = this.st;
    const { p, D, S } = st;
    const S1 = S + 1;
    const hw = st.hardWeight;
    const share = this.sharer(i, D - 1, false);
    const typeLeft = this.typeLeft;
    this.setUnary(i, 0, D - 1, share, (cell) => -cellPrice[cell]!, forceDay, forceShift, forced);
    // Per-type maxima by Lagrangian relaxation: each overused type gets a price per use, starting
    // from the multipliers that served this person last time, found by doubling then bisection; the
    // best row that keeps every maximum is returned, and the largest Lagrangian value is the bound.
    // A row that keeps every maximum and uses up each priced type exactly is optimal (complementary
    // slackness): the search stops there.
    const base = this.unary.slice(0, D * S1);
    const priced = (v: number): boolean => typeLeft[v]! < 1 << 30 && typeLeft[v]! > 0;
    const lambda = new Float64Array(S);
    for (let v = 0; v < S; v++) if (priced(v)) lambda[v] = this.lastLambda[i * S + v]!;
    const bestLambda = Float64Array.from(lambda);
    const lower = new Float64Array(S);
    const upper = new Float64Array(S).fill(Infinity);
    const bestRow = new Int32Array(D);
    let bestCost = Infinity;
    let bound = -Infinity;
    let accepted = false;
    const setUnaryPrices = (): void => {
      for (let d = 0; d < D; d++) for (let v = 0; v < S; v++) this.unary[d * S1 + v + 1] = base[d * S1 + v + 1]! + lambda[v]!;
    };
    const reprice = (round: number, lowest: number): boolean => {
      let value = lowest;
      let charged = 0;
      let over = false;
      let slack = false;
      for (let v = 0; v < S; v++) {
        if (!priced(v)) continue;
        value -= lambda[v]! * typeLeft[v]!;
        charged += lambda[v]! * this.usage[v]!;
        if (this.usage[v]! > typeLeft[v]!) over = true;
        else if (lambda[v]! > 0 && this.usage[v]! < typeLeft[v]!) slack = true;
      }
      if (value > bound) {
        bound = value;
        bestLambda.set(lambda);
      }
      if (!over && lowest - charged < bestCost) {
        bestCost = lowest - charged;
        bestRow.set(this.vals.subarray(0, D));
      }
      if ((!over && !slack) || round >= LAGRANGE_ROUNDS) return false;
      if (bestCost < acceptBelow) {
        accepted = true;
        return false;
      }
      for (let v = 0; v < S; v++) {
        if (!priced(v)) continue;
        if (this.usage[v]! > typeLeft[v]!) {
          lower[v] = lambda[v]!;
          lambda[v] = upper[v] === Infinity ? Math.min(hw, Math.max(1, 2 * lambda[v]!)) : (lower[v]! + upper[v]!) / 2;
        } else if (lambda[v]! > 0) {
          upper[v] = lambda[v]!;
          lambda[v] = (lower[v]! + upper[v]!) / 2;
        }
      }
      setUnaryPrices();
      return true;
    };
    setUnaryPrices();
    this.programme(i, 0, D - 1, share, false, false, reprice);
    if (forceDay < 0) this.lastLambda.set(bestLambda, i * S);
    // Week and pay-period minute limits are not states of the programme: no bound then.
    this.lastLowest = accepted || hasWindowLimits(p, i) ? Number.NEGATIVE_INFINITY : bound;
    if (bestCost < Infinity) this.vals.set(bestRow);
    return this.vals.subarray(0, D);
  }

  /**
   * With staff member i absent from days lo..hi: sets what is left of each shift type's maximum, and
   * the unary cost of each shift or day off on those days (its hard and soft costs, `cover(cell)` for
   * every cover cell the shift counts in, a hard unit for a type with nothing left, Infinity where a
   * pin or the forced day rules it out).
   */
  private setUnary(
    i: number,
    lo: number,
    hi: number,
    share: BudgetShare,
    cover: (cell: number) => number,
    forceDay = -1,
    forceShift = -1,
    forced?: ArrayLike<number>,
  ): void {
    const st = this.st;
    const { p, D, S } = st;
    const S1 = S + 1;
    const N = p.N;
    const hw = st.hardWeight;
    const typeLeft = this.typeLeft;
    for (let v = 0; v < S; v++) {
      const mx = share(p.maxPerType[i * S + v]!, Math.ceil);
      typeLeft[v] = mx < 0 ? 1 << 30 : mx - st.cnt[i * S + v]!;
    }
    for (let d = lo; d <= hi; d++) {
      const ub = (i * D + d) * S1;
      const pin = p.pinned[i * D + d]!;
      for (let v = -1; v < S; v++) {
        let c = p.uH[ub + v + 1]! * hw + p.uS[ub + v + 1]!;
        if (v >= 0) {
          for (let q = p.cellStart[d * S + v]!, e = p.cellStart[d * S + v + 1]!; q < e; q++) {
            const cell = p.cellList[q]!;
            if (p.groupMember[p.cellGroup[cell]! * N + i]) c += cover(cell);
          }
          if (typeLeft[v]! <= 0) c += hw;
        }
        const held = forced === undefined ? NOT_PINNED : forced[d]!;
        const ruledOut = (pin !== NOT_PINNED && pin !== v) || (d === forceDay && v !== forceShift) || (held !== NOT_PINNED && held !== v);
        this.unary[(d - lo) * S1 + v + 1] = ruledOut ? Infinity : c;
      }
    }
  }

  /**
   * How a horizon budget counts in a window ending on day hi. While building a rota left to right
   * (`prorate`), horizon budgets are shared out in proportion to the open days (days the person may
   * work) up to the window's end, so the first windows neither take nor owe the whole horizon's.
   */
  private sharer(i: number, hi: number, prorate: boolean): BudgetShare {
    const D = this.st.D;
    const open = this.open;
    const shareOf = open[i * (D + 1) + D]! > 0 ? open[i * (D + 1) + hi + 1]! / open[i * (D + 1) + D]! : (hi + 1) / D;
    return (limit, round) => (!prorate || limit < 0 ? limit : round(limit * shareOf));
  }

  /** The dynamic programme over the window with the unary costs set: leaves the best row in `vals`. */
  private programme(
    i: number,
    lo: number,
    hi: number,
    share: BudgetShare,
    prorate: boolean,
    loosen: boolean,
    reprice: (round: number, lowest: number, span: number) => boolean,
  ): void {
    const st = this.st;
    const { p, D, S } = st;
    const S1 = S + 1;
    const x = st.x;
    const hw = st.hardWeight;
    const mw = hw * st.minuteScale;
    const typeLeft = this.typeLeft;
    // Dimensions.
    const maxC = p.maxCons[i]!;
    const minC = p.minCons[i]!;
    const minO = p.minOff[i]!;
    const L = Math.max(maxC + 1, minC, minO, 1);
    const unit = this.unit;
    const totOut = st.tot[i]!;
    // (with some slack on the minute limits until the last window: shifts are long, the share short)
    const slack = prorate && hi < D - 1 ? 2 * this.longest : 0;
    const owe = loosen ? this.longest : 0;
    const maxT0 = share(p.maxTot[i]!, Math.floor);
    const minT0 = share(p.minTot[i]!, Math.ceil);
    const maxT = maxT0 < 0 ? maxT0 : maxT0 + slack;
    const minT = minT0 < 0 ? minT0 : Math.max(0, minT0 - slack - owe);
    const trackM = maxT >= 0 || minT >= 0;
    const span = hi - lo + 1;
    let maxUnitsShift = 0;
    for (let k = 0; k < p.mins.length; k++) maxUnitsShift = Math.max(maxUnitsShift, Math.round(p.mins[k]! / unit));
    // Minutes worked in the window: 0..M allowed, M+1 = over the maximum.
    let M = 0;
    if (trackM) {
      M = span * maxUnitsShift;
      if (maxT >= 0) M = Math.max(0, Math.min(M, Math.floor((maxT - totOut) / unit)));
    }
    // New weekends worked in the window: 0..W allowed, W+1 = over.
    const maxW = share(p.maxWk[i]!, Math.ceil);
    const trackW = maxW >= 0;
    const W = trackW ? Math.max(0, maxW - st.wkw[i]! + (loosen ? 1 : 0)) : 0;
    const nM = trackM ? M + 2 : 1;
    // weekends the window can add (a weekend already worked outside it adds nothing)
    let wkNew = 0;
    if (trackW)
      for (let d = lo, last = -1; d <= hi; d++) {
        const we = p.weekendOf[d]!;
        if (we >= 0 && we !== last && st.wkc[i * p.NW + we] === 0) wkNew++;
        if (we >= 0) last = we;
      }
    const nW = trackW ? Math.min(W, wkNew) + 2 : 1;
    const nStates = S1 * L * nM * nW;
    const total = nStates * (span + 1);
    if (this.cost.length < total) {
      this.cost = new Float64Array(total);
      this.back = new Int32Array(total);
    }
    const cost = this.cost;
    const back = this.back;
    const idx = (v: number, r: number, m: number, w: number): number => ((((v + 1) * L + (r - 1)) * nM + m) * nW + w);
    // Left context.
    const prevV = lo === 0 ? p.histShift[i]! : x[i * D + lo - 1]!;
    let prevR = 1;
    // length of the work run from the horizon's first day that the window continues (-1: none)
    let firstRun = lo === 0 ? p.preWork[i]! : -1;
    if (lo === 0) prevR = prevV >= 0 ? Math.max(1, p.preWork[i]!) : Math.max(1, p.exemptOff[i] ? L : p.preOff[i]!);
    else {
      const w = prevV >= 0;
      let a = lo - 1;
      while (a > 0 && x[i * D + a - 1]! >= 0 === w) a--;
      prevR = lo - a;
      if (a === 0) prevR += w ? p.preWork[i]! : p.exemptOff[i] ? L : p.preOff[i]!;
      if (a === 0 && w) firstRun = prevR;
    }
    if (prevR > L) prevR = L;
    const startE = p.startE;
    const endE = p.endE;
    const rest = p.minRestMs[i]!;
    // a first run whose start the history does not show is not held to the minimum
    const exemptFirst = firstRun >= 0 && p.exemptWork[i] === 1;
    // The programme does not count shifts per type inside the window: when its path uses a type
    // beyond what is left of that type's maximum, that type is priced up and the programme runs
    // again (a few rounds, a Lagrangian-style correction).
    for (let round = 0; ; round++) {
      cost.fill(Infinity, 0, total);
      cost[idx(prevV, prevR, 0, 0)] = 0;
      // Reachable bounds of the minute and weekend dimensions grow day by day.
      let mHi = 0;
      let wHi = 0;
      const bad = this.bad;
      const topC = this.topC;
      const topV = this.topV;
      const groupStride = L * nM * nW;
      for (let t = 0; t < span; t++) {
        const d = lo + t;
        const base0 = t * nStates;
        const base1 = (t + 1) * nStates;
        const we = p.weekendOf[d]!;
        const weAlready = we >= 0 && st.wkc[i * p.NW + we]! > 0;
        const isSunday = we >= 0 && d > 0 && p.weekendOf[d - 1] === we;
        // a work day adds a weekend unless this weekend already counts (outside the window, or the
        // Saturday before was worked: that is known only when coming from a work day)
        const wkInc = trackW && we >= 0 && !weAlready ? 1 : 0;
        const wkIncFromWork = isSunday ? 0 : wkInc;
        // hard units of working v0 on d-1 then v on d: forbidden succession, overlap, short rest
        for (let v0 = 0; v0 < S; v0++) {
          const e0 = endE[d * S + v0]!;
          for (let v = 0; v < S; v++) {
            const gap = startE[(d + 1) * S + v]! - e0;
            bad[v0 * S + v] = p.forb[v0 * S + v]! + (gap < 0 ? 1 : 0) + (rest > 0 && gap < rest ? 1 : 0);
          }
        }
        const uOff = this.unary[t * S1]!;
        for (let r0 = 1; r0 <= L; r0++) {
          const runPenWork = minC > 0 && r0 < minC && !(exemptFirst && r0 === t + firstRun) ? hw * (minC - r0) : 0;
          const runPenOff = minO > 0 && r0 < minO ? hw * (minO - r0) : 0;
          const rWork = r0 + 1 > L ? L : r0 + 1;
          const maxPen = maxC > 0 && r0 + 1 > maxC ? hw : 0;
          for (let m0 = 0; m0 <= mHi; m0++) {
            for (let w0 = 0; w0 <= wHi; w0++) {
              const g = ((r0 - 1) * nM + m0) * nW + w0;
              const fromOff = base0 + g;
              const cOff = cost[fromOff]!;
              // the cheapest few work predecessors, in order
              let kn = 0;
              for (let v0 = 0; v0 < S; v0++) {
                const c = cost[base0 + (v0 + 1) * groupStride + g]!;
                if (c === Infinity) continue;
                if (kn === TOP && c >= topC[TOP - 1]!) continue;
                let q = kn < TOP ? kn++ : TOP - 1;
                while (q > 0 && topC[q - 1]! > c) {
                  topC[q] = topC[q - 1]!;
                  topV[q] = topV[q - 1]!;
                  q--;
                }
                topC[q] = c;
                topV[q] = v0;
              }
              if (cOff === Infinity && kn === 0) continue;
              // to a day off
              if (cOff !== Infinity) {
                const to = base1 + (rWork - 1) * nM * nW + m0 * nW + w0;
                const c = cOff + uOff;
                if (c < cost[to]!) {
                  cost[to] = c;
                  back[to] = fromOff;
                }
              }
              if (kn > 0) {
                const to = base1 + m0 * nW + w0;
                const c = topC[0]! + uOff + runPenWork;
                if (c < cost[to]!) {
                  cost[to] = c;
                  back[to] = base0 + (topV[0]! + 1) * groupStride + g;
                }
              }
              // to a work day
              for (let v = 0; v < S; v++) {
                const u = this.unary[t * S1 + v + 1]!;
                let m = m0;
                let cm = 0;
                if (trackM) {
                  m += this.units[d * S + v]!;
                  if (m > M) {
                    cm = mw * (m - (m0 > M ? m0 : M)) * unit;
                    m = M + 1;
                  }
                }
                const toV = base1 + (v + 1) * groupStride;
                if (cOff !== Infinity) {
                  let w = w0 + wkInc;
                  let c = cOff + u + cm + runPenOff;
                  if (wkInc > 0 && w > W) {
                    c += hw;
                    w = W + 1;
                  }
                  const to = toV + m * nW + w;
                  if (c < cost[to]!) {
                    cost[to] = c;
                    back[to] = fromOff;
                  }
                }
                if (kn === 0) continue;
                let bc = Infinity;
                let bv = -1;
                let clean = false;
                for (let q = 0; q < kn; q++) {
                  const v0 = topV[q]!;
                  const b = bad[v0 * S + v]!;
                  const c = topC[q]! + b * hw;
                  if (c < bc) {
                    bc = c;
                    bv = v0;
                  }
                  if (b === 0) {
                    clean = true;
                    break;
                  }
                }
                if (!clean && kn === TOP) {
                  for (let v0 = 0; v0 < S; v0++) {
                    const c = cost[base0 + (v0 + 1) * groupStride + g]! + bad[v0 * S + v]! * hw;
                    if (c < bc) {
                      bc = c;
                      bv = v0;
                    }
                  }
                }
                let w = w0 + wkIncFromWork;
                let c = bc + u + cm + maxPen;
                if (wkIncFromWork > 0 && w > W) {
                  c += hw;
                  w = W + 1;
                }
                const to = toV + (rWork - 1) * nM * nW + m * nW + w;
                if (c < cost[to]!) {
                  cost[to] = c;
                  back[to] = base0 + (bv + 1) * groupStride + g;
                }
              }
            }
          }
        }
        if (trackM) mHi = Math.min(nM - 1, mHi + maxUnitsShift);
        if (trackW && we >= 0) wHi = Math.min(nW - 1, wHi + 1);
      }
      // Right context and end costs.
      const nextV = hi + 1 < D ? x[i * D + hi + 1]! : -2;
      let nextR = 0;
      let nextTouchesEnd = false;
      if (nextV !== -2) {
        const w = nextV >= 0;
        let b = hi + 1;
        while (b + 1 < D && x[i * D + b + 1]! >= 0 === w) b++;
        nextR = b - hi;
        nextTouchesEnd = b === D - 1;
      }
      let bestC = Infinity;
      let bestK = -1;
      const baseEnd = span * nStates;
      for (let v = -1; v < S; v++) {
        for (let r = 1; r <= L; r++) {
          for (let m = 0; m < nM; m++) {
            for (let w = 0; w < nW; w++) {
              const k = baseEnd + idx(v, r, m, w);
              let c = cost[k]!;
              if (c === Infinity) continue;
              const work = v >= 0;
              if (nextV !== -2) {
                const nwork = nextV >= 0;
                if (work === nwork) {
                  const len = r + nextR;
                  if (work && maxC > 0 && len > maxC) c += hw * (len - Math.max(maxC, r));
                  if (!nextTouchesEnd) {
                    if (work && minC > 0 && len < minC) c += hw * (minC - len);
                    if (!work && minO > 0 && len < minO) c += hw * (minO - len);
                  }
                } else {
                  if (work && minC > 0 && r < minC && !(exemptFirst && r === span + firstRun)) c += hw * (minC - r);
                  if (!work && minO > 0 && r < minO) c += hw * (minO - r);
                  // the run after the window then stands alone (a path that joins it may mend it)
                  if (!nextTouchesEnd) {
                    if (nwork && minC > 0 && nextR < minC) c += hw * (minC - nextR);
                    if (!nwork && minO > 0 && nextR < minO) c += hw * (minO - nextR);
                  }
                  if (nwork && maxC > 0 && nextR > maxC) c += hw * (nextR - maxC);
                }
                if (work && nwork) {
                  const gap = startE[(hi + 2) * S + nextV]! - endE[(hi + 1) * S + v]!;
                  if (gap < 0) c += hw;
                  if (rest > 0 && gap < rest) c += hw;
                  if (p.forb[v * S + nextV]) c += hw;
                }
              }
              if (trackM) {
                const minutes = totOut + m * unit;
                if (minT >= 0 && minutes < minT) c += mw * (minT - minutes);
              }
              if (c < bestC) {
                bestC = c;
                bestK = k;
              }
            }
          }
        }
      }
      // Walk back.
      let k = bestK;
      for (let t = span; t >= 1; t--) {
        const local = k - t * nStates;
        const v = Math.floor(local / (L * nM * nW)) - 1;
        this.vals[t - 1] = v;
        k = back[k]!;
      }
      const usage = this.usage;
      usage.fill(0);
      for (let t = 0; t < span; t++) {
        const v = this.vals[t]!;
        if (v >= 0) usage[v] = usage[v]! + 1;
      }
      if (!reprice(round, bestC, span)) break;
    }
  }

  /** Prices up, by half a hard unit a round for at most three rounds, each type the path overuses. */
  private readonly priceUpOverused = (round: number, _lowest: number, span: number): boolean => {
    const S = this.st.S;
    const S1 = S + 1;
    let overused = false;
    for (let v = 0; v < S; v++) {
      if (this.typeLeft[v]! <= 0 || this.usage[v]! <= this.typeLeft[v]!) continue;
      overused = true;
      for (let t = 0; t < span; t++) this.unary[t * S1 + v + 1] = this.unary[t * S1 + v + 1]! + this.st.hardWeight / 2;
    }
    return overused && round < 2;
  };
}
