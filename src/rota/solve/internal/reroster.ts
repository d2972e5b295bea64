import { NOT_PINNED } from './compile.js';
import type { RotaState } from './state.js';

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Large-neighbourhood move: re-rosters one staff member over a window of days [lo, hi] by dynamic
 * programming over (last shift, run length, minutes worked, weekends worked), with every other
 * staff member fixed. The DP prices cover marginally, requests, leave, successions and rest,
 * consecutive-day limits and the minute and weekend budgets left by the days outside the window;
 * the proposal is then applied and scored exactly by the incremental state (the DP is only a
 * proposal generator, so its approximations at the window edges never corrupt the score).
 *
 * Returns the exact weighted delta, the move left applied (uncommitted), or NaN when nothing
 * changed (nothing applied).
 */
export class Rerosterer {
  private readonly st: RotaState;
  private readonly unit: number;
  private cost = new Float64Array(0);
  private back = new Int32Array(0);
  private choice = new Int32Array(0);
  private readonly unary: Float64Array;
  private readonly vals: Int32Array;

  constructor(st: RotaState) {
    this.st = st;
    const { p } = st;
    let u = 0;
    for (let k = 0; k < p.mins.length; k++) u = gcd(u, p.mins[k]!);
    this.unit = Math.max(u, 1);
    this.unary = new Float64Array(p.D * (p.S + 1));
    this.vals = new Int32Array(p.D);
  }

  run(i: number, lo: number, hi: number): number {
    const st = this.st;
    const { p, D, S } = st;
    const S1 = S + 1;
    const x = st.x;
    for (let d = lo; d <= hi; d++) if (p.pinned[i * D + d] !== NOT_PINNED) return Number.NaN;
    const hw = st.hardWeight;
    const mw = hw * st.minuteScale;
    st.beginCompound();
    const before = st.local(i, lo, hi);
    for (let d = lo; d <= hi; d++) st.setCell(i, d, -1);
    // Unary costs with the staff member absent from the window.
    const N = p.N;
    for (let d = lo; d <= hi; d++) {
      const ub = (i * D + d) * S1;
      for (let v = -1; v < S; v++) {
        let c = p.uH[ub + v + 1]! * hw + p.uS[ub + v + 1]!;
        if (v >= 0) {
          for (let q = p.cellStart[d * S + v]!, e = p.cellStart[d * S + v + 1]!; q < e; q++) {
            const cell = p.cellList[q]!;
            if (!p.groupMember[p.cellGroup[cell]! * N + i]) continue;
            const n = st.cov[cell]!;
            if (n < p.cellMin[cell]!) c -= hw;
            c += n >= p.cellIdeal[cell]! ? p.cellOver[cell]! : -p.cellUnder[cell]!;
          }
          const mx = p.maxPerType[i * S + v]!;
          if (mx >= 0 && st.cnt[i * S + v]! >= mx) c += hw;
        }
        this.unary[(d - lo) * S1 + v + 1] = c;
      }
    }
    // Dimensions.
    const maxC = p.maxCons[i]!;
    const minC = p.minCons[i]!;
    const minO = p.minOff[i]!;
    const L = Math.max(maxC + 1, minC, minO, 1);
    const unit = this.unit;
    const totOut = st.tot[i]!;
    const maxT = p.maxTot[i]!;
    const minT = p.minTot[i]!;
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
    const maxW = p.maxWk[i]!;
    const trackW = maxW >= 0;
    const W = trackW ? Math.max(0, maxW - st.wkw[i]!) : 0;
    const nM = trackM ? M + 2 : 1;
    const nW = trackW ? W + 2 : 1;
    const nStates = S1 * L * nM * nW;
    const total = nStates * (span + 1);
    if (this.cost.length < total) {
      this.cost = new Float64Array(total);
      this.back = new Int32Array(total);
    }
    const cost = this.cost;
    const back = this.back;
    cost.fill(Infinity, 0, total);
    const idx = (v: number, r: number, m: number, w: number): number => ((((v + 1) * L + (r - 1)) * nM + m) * nW + w);
    // Left context.
    const prevV = lo === 0 ? p.histShift[i]! : x[i * D + lo - 1]!;
    let prevR = 1;
    if (lo === 0) prevR = prevV >= 0 ? Math.max(1, p.preWork[i]!) : Math.max(1, p.exemptOff[i] ? L : p.preOff[i]!);
    else {
      const w = prevV >= 0;
      let a = lo - 1;
      while (a > 0 && x[i * D + a - 1]! >= 0 === w) a--;
      prevR = lo - a;
      if (a === 0) prevR += w ? p.preWork[i]! : p.exemptOff[i] ? L : p.preOff[i]!;
    }
    if (prevR > L) prevR = L;
    cost[idx(prevV, prevR, 0, 0)] = 0;
    const startE = p.startE;
    const endE = p.endE;
    const rest = p.minRestMs[i]!;
    const exemptFirst = lo === 0 && p.exemptWork[i] === 1;
    const preW = p.preWork[i]!;
    for (let t = 0; t < span; t++) {
      const d = lo + t;
      const base0 = t * nStates;
      const base1 = (t + 1) * nStates;
      const we = p.weekendOf[d]!;
      const weAlready = we >= 0 && st.wkc[i * p.NW + we]! > 0;
      const isSunday = we >= 0 && d > 0 && p.weekendOf[d - 1] === we;
      for (let v0 = -1; v0 < S; v0++) {
        for (let r0 = 1; r0 <= L; r0++) {
          for (let m0 = 0; m0 < nM; m0++) {
            for (let w0 = 0; w0 < nW; w0++) {
              const from = base0 + idx(v0, r0, m0, w0);
              const c0 = cost[from]!;
              if (c0 === Infinity) continue;
              for (let v = -1; v < S; v++) {
                let c = c0 + this.unary[t * S1 + v + 1]!;
                const work = v >= 0;
                const work0 = v0 >= 0;
                let r: number;
                if (work === work0) {
                  r = r0 + 1;
                  if (work && maxC > 0 && r > maxC) c += hw;
                  if (r > L) r = L;
                } else {
                  // a run of the old kind ends at d-1 (a work run from the horizon start may be exempt)
                  if (work0 && minC > 0 && r0 < minC && !(exemptFirst && r0 === t + preW)) c += hw * (minC - r0);
                  if (!work0 && minO > 0 && r0 < minO) c += hw * (minO - r0);
                  r = 1;
                }
                if (work && work0) {
                  if (p.forb[v0 * S + v]) c += hw;
                  const gap = startE[(d + 1) * S + v]! - endE[d * S + v0]!;
                  if (gap < 0) c += hw;
                  if (rest > 0 && gap < rest) c += hw;
                }
                let m = m0;
                if (trackM && work) {
                  m += Math.round(p.mins[d * S + v]! / unit);
                  if (m > M) {
                    c += mw * (m - Math.max(m0, M)) * unit;
                    m = M + 1;
                  }
                }
                let w = w0;
                if (trackW && work && we >= 0 && !weAlready) {
                  const satWorked = isSunday && (t > 0 ? v0 >= 0 : x[i * D + d - 1]! >= 0);
                  if (!satWorked) {
                    w++;
                    if (w > W) {
                      c += hw;
                      w = W + 1;
                    }
                  }
                }
                const to = base1 + idx(v, r, m, w);
                if (c < cost[to]!) {
                  cost[to] = c;
                  back[to] = from;
                }
              }
            }
          }
        }
      }
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
                if (work && minC > 0 && r < minC && !(exemptFirst && r === span + preW)) c += hw * (minC - r);
                if (!work && minO > 0 && r < minO) c += hw * (minO - r);
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
    for (let t = 0; t < span; t++) st.setCell(i, lo + t, this.vals[t]!);
    st.hard += st.local(i, lo, hi) - before;
    return st.endCompound();
  }
}
