import type { CompiledProblem } from './compile.js';

/**
 * The incremental scoring state of a rota: the staff x day grid (shift index, -1 = off) and the
 * aggregates every rule needs (per staff: shifts per type, minutes per horizon / week / pay period,
 * weekends; per cover cell: the head count). A change touches only the staff and days it affects.
 *
 * Moves are applied in place; each call returns the change of the weighted objective and leaves
 * the hard and soft parts in `dH` and `dS`. `undo()` reverts everything since the last `commit()`.
 */
export class RotaState {
  readonly p: CompiledProblem;
  readonly N: number;
  readonly D: number;
  readonly S: number;
  readonly S1: number;
  /** The grid, x[i*D+d]. */
  readonly x: Int32Array;
  readonly cnt: Int32Array;
  readonly tot: Float64Array;
  readonly win: Float64Array[];
  readonly wkc: Uint8Array;
  readonly wkw: Int32Array;
  readonly cov: Int32Array;
  /** Current totals. */
  hard = 0;
  /** The part of `hard` counted in minutes (minute limits), weighted by `minuteScale` in the search. */
  hardM = 0;
  /** Search weight of one minute of a minute limit, relative to one unit of another hard rule. */
  minuteScale = 1 / 60;
  soft = 0;
  /** Hard/soft change of the last move. */
  dH = 0;
  dS = 0;
  /** Weight of one unit of hard penalty in the search objective. */
  hardWeight: number;
  private readonly log: number[] = [];
  private logH = 0;
  private logS = 0;

  constructor(p: CompiledProblem, hardWeight = 1000) {
    this.p = p;
    this.N = p.N;
    this.D = p.D;
    this.S = p.S;
    this.S1 = p.S + 1;
    this.hardWeight = hardWeight;
    this.x = new Int32Array(p.N * p.D).fill(-1);
    this.cnt = new Int32Array(p.N * p.S);
    this.tot = new Float64Array(p.N);
    this.win = p.windows.map((k) => new Float64Array(k.count));
    this.wkc = new Uint8Array(p.N * Math.max(1, p.NW));
    this.wkw = new Int32Array(p.N);
    this.cov = new Int32Array(p.C);
    this.recompute();
  }

  /** Loads a grid and recomputes every aggregate and the totals from scratch. */
  load(grid: ArrayLike<number>): void {
    for (let k = 0; k < this.x.length; k++) this.x[k] = grid[k]!;
    this.recompute();
  }

  /** Recomputes aggregates and totals from the grid (the slow reference path). */
  recompute(): void {
    const { p, N, D, S } = this;
    this.cnt.fill(0);
    this.tot.fill(0);
    this.win.forEach((w, k) => w.set(p.winInit[k]!));
    this.wkc.fill(0);
    this.wkw.fill(0);
    for (let i = 0; i < N; i++) {
      if (p.wkInit[i] && p.weekendOf[0]! >= 0) {
        this.wkc[i * p.NW + p.weekendOf[0]!] = 1;
        this.wkw[i] = 1;
      }
    }
    this.cov.fill(0);
    for (let i = 0; i < N; i++) {
      for (let d = 0; d < D; d++) {
        const s = this.x[i * D + d]!;
        if (s < 0) continue;
        this.cnt[i * S + s] = this.cnt[i * S + s]! + 1;
        const m = p.mins[d * S + s]!;
        this.tot[i] = this.tot[i]! + m;
        for (let k = 0; k < p.windows.length; k++) {
          const w = p.windows[k]!.winOf[i * D + d]!;
          if (w >= 0) this.win[k]![w] = this.win[k]![w]! + m;
        }
        const we = p.weekendOf[d]!;
        if (we >= 0 && this.wkc[i * p.NW + we]!++ === 0) this.wkw[i]!++;
        for (let q = p.cellStart[d * S + s]!, e = p.cellStart[d * S + s + 1]!; q < e; q++) {
          const c = p.cellList[q]!;
          if (p.groupMember[p.cellGroup[c]! * N + i]) this.cov[c]!++;
        }
      }
    }
    let h = 0;
    let hm = 0;
    let so = 0;
    for (let i = 0; i < N; i++) {
      const base = i * D * this.S1;
      for (let d = 0; d < D; d++) so += p.uS[base + d * this.S1 + this.x[i * D + d]! + 1]!;
      h += this.rowHard(i);
      hm += this.aggMinutes;
    }
    for (let c = 0; c < p.C; c++) {
      h += this.coverHard(c, this.cov[c]!);
      so += this.coverSoft(c, this.cov[c]!);
    }
    this.hard = h;
    this.hardM = hm;
    this.soft = so;
    this.log.length = 0;
    this.logH = h;
    this.logHM = hm;
    this.logS = so;
  }

  /** Weighted objective. */
  objective(): number {
    return (this.hard - this.hardM + this.hardM * this.minuteScale) * this.hardWeight + this.soft;
  }

  /** Minutes part of the last aggCost. */
  aggMinutes = 0;

  coverHard(c: number, n: number): number {
    const m = this.p.cellMin[c]!;
    return n < m ? m - n : 0;
  }

  coverSoft(c: number, n: number): number {
    const ideal = this.p.cellIdeal[c]!;
    return n < ideal ? (ideal - n) * this.p.cellUnder[c]! : (n - ideal) * this.p.cellOver[c]!;
  }

  /**
   * Hard units of staff member i's own rules over the horizon (unary, aggregate limits, runs and
   * successions; not cover), from the aggregates as they stand. Sets `aggMinutes`.
   */
  rowHard(i: number): number {
    const { p, D } = this;
    const base = i * D * this.S1;
    let h = 0;
    for (let d = 0; d < D; d++) h += p.uH[base + d * this.S1 + this.x[i * D + d]! + 1]!;
    return h + this.aggCost(i) + this.runsCost(i, 0, D - 1) + this.transCost(i, 0, D - 1);
  }

  /** Hard cost of the staff member's aggregate limits (types, minutes, weekends). */
  aggCost(i: number): number {
    const { p, S } = this;
    let h = 0;
    for (let s = 0; s < S; s++) {
      const m = p.maxPerType[i * S + s]!;
      const c = this.cnt[i * S + s]!;
      if (m >= 0 && c > m) h += c - m;
    }
    const t = this.tot[i]!;
    let hm = 0;
    if (p.maxTot[i]! >= 0 && t > p.maxTot[i]!) hm += t - p.maxTot[i]!;
    if (p.minTot[i]! >= 0 && t < p.minTot[i]!) hm += p.minTot[i]! - t;
    for (let k = 0; k < p.windows.length; k++) {
      const kind = p.windows[k]!;
      for (let w = kind.base[i]!; w < kind.base[i + 1]!; w++) hm += this.winCost(k, i, w, this.win[k]![w]!);
    }
    this.aggMinutes = hm;
    h += hm;
    if (p.maxWk[i]! >= 0 && this.wkw[i]! > p.maxWk[i]!) h += this.wkw[i]! - p.maxWk[i]!;
    return h;
  }

  private winCost(k: number, i: number, w: number, m: number): number {
    const kind = this.p.windows[k]!;
    let h = 0;
    const mx = kind.max[i]!;
    const mn = kind.min[i]!;
    if (mx >= 0 && m > mx) h += m - mx;
    if (mn >= 0 && kind.full[w] && m < mn) h += mn - m;
    return h;
  }

  /** Hard cost of the transitions (d-1 -> d) for d in [lo, hi+1] within the horizon. */
  transCost(i: number, lo: number, hi: number): number {
    const { p, D, S, x } = this;
    let h = 0;
    const from = lo < 0 ? 0 : lo;
    const to = hi + 1 > D - 1 ? D - 1 : hi + 1;
    const rest = p.minRestMs[i]!;
    for (let d = from; d <= to; d++) {
      const b = x[i * D + d]!;
      if (b < 0) continue;
      const a = d === 0 ? p.histShift[i]! : x[i * D + d - 1]!;
      if (a < 0) continue;
      if (p.forb[a * S + b]) h++;
      const gap = p.startE[(d + 1) * S + b]! - p.endE[d * S + a]!;
      if (gap < 0) h++;
      if (rest > 0 && gap < rest) h++;
    }
    return h;
  }

  /**
   * Hard cost of every run (of work or of days off) that meets the days [lo, hi]. Runs whose
   * exact length cannot matter (an off run already as long as the minimum, a work run when no
   * maximum applies) are scanned only as far as needed, so long runs cost little.
   */
  runsCost(i: number, lo: number, hi: number): number {
    const { p, D, x } = this;
    const maxC = p.maxCons[i]!;
    const minC = p.minCons[i]!;
    const minO = p.minOff[i]!;
    if (maxC === 0 && minC === 0 && minO === 0) return 0;
    if (lo < 0) lo = 0;
    if (hi > D - 1) hi = D - 1;
    const row = i * D;
    let a = lo;
    const work0 = x[row + lo]! >= 0;
    // how far a run of each kind must be followed: everything when its exact length matters
    const capWork = maxC > 0 ? D : minC;
    const capOff = minO;
    const capLeft = work0 ? capWork : capOff;
    let steps = 0;
    while (a > 0 && x[row + a - 1]! >= 0 === work0 && steps < capLeft) {
      a--;
      steps++;
    }
    let truncated = a > 0 && x[row + a - 1]! >= 0 === work0;
    let h = 0;
    while (a <= hi) {
      const w = x[row + a]! >= 0;
      const cap = w ? capWork : capOff;
      let b = a;
      while (b + 1 < D && x[row + b + 1]! >= 0 === w) {
        if (b >= hi && b - a + 1 >= cap) {
          truncated = true;
          break;
        }
        b++;
      }
      if (!truncated) {
        let len = b - a + 1;
        const atEnd = b === D - 1;
        if (w) {
          if (a === 0) len += p.preWork[i]!;
          if (maxC > 0 && len > maxC) h += len - maxC;
          if (minC > 0 && !atEnd && (a > 0 || !p.exemptWork[i]) && len < minC) h += minC - len;
        } else {
          if (a === 0) len += p.preOff[i]!;
          // A run at the start is judged only when history shows how it began.
          if (minO > 0 && !atEnd && (a > 0 || !p.exemptOff[i]) && len < minO) h += minO - len;
        }
      }
      truncated = false;
      a = b + 1;
    }
    return h;
  }

  /** Local hard cost around days [lo, hi] of staff i (runs and transitions). */
  local(i: number, lo: number, hi: number): number {
    return this.runsCost(i, lo - 1, hi + 1) + this.transCost(i, lo, hi);
  }

  /**
   * Sets one cell, updating the unary, aggregate and cover parts of the totals (not runs nor
   * transitions: callers bracket with `local`). Records the old value in the undo log.
   */
  setCell(i: number, d: number, b: number): void {
    const { p, D, S, x } = this;
    const k = i * D + d;
    const a = x[k]!;
    if (a === b) return;
    if (!this.replaying) this.log.push(k, a);
    let dh = 0;
    let ds = 0;
    const ub = k * this.S1;
    dh += p.uH[ub + b + 1]! - p.uH[ub + a + 1]!;
    ds += p.uS[ub + b + 1]! - p.uS[ub + a + 1]!;
    x[k] = b;
    const ma = a >= 0 ? p.mins[d * S + a]! : 0;
    const mb = b >= 0 ? p.mins[d * S + b]! : 0;
    // Types.
    if (a >= 0) {
      const q = i * S + a;
      const m = p.maxPerType[q]!;
      const c = this.cnt[q]!--;
      if (m >= 0 && c > m) dh -= 1;
      dh += this.coverRemove(i, d, a);
    }
    if (b >= 0) {
      const q = i * S + b;
      const m = p.maxPerType[q]!;
      const c = ++this.cnt[q]!;
      if (m >= 0 && c > m) dh += 1;
      dh += this.coverAdd(i, d, b);
    }
    ds += this.coverDS;
    this.coverDS = 0;
    if (ma !== mb) {
      let dm = 0;
      const t0 = this.tot[i]!;
      const t1 = t0 - ma + mb;
      this.tot[i] = t1;
      const mx = p.maxTot[i]!;
      const mn = p.minTot[i]!;
      if (mx >= 0) dm += (t1 > mx ? t1 - mx : 0) - (t0 > mx ? t0 - mx : 0);
      if (mn >= 0) dm += (t1 < mn ? mn - t1 : 0) - (t0 < mn ? mn - t0 : 0);
      for (let kk = 0; kk < p.windows.length; kk++) {
        const w = p.windows[kk]!.winOf[k]!;
        if (w < 0) continue;
        const arr = this.win[kk]!;
        const m0 = arr[w]!;
        const m1 = m0 - ma + mb;
        arr[w] = m1;
        dm += this.winCost(kk, i, w, m1) - this.winCost(kk, i, w, m0);
      }
      dh += dm;
      this.hardM += dm;
    }
    const we = p.weekendOf[d]!;
    if (we >= 0 && (a < 0) !== (b < 0)) {
      const q = i * p.NW + we;
      const mw = p.maxWk[i]!;
      if (b >= 0) {
        if (this.wkc[q]!++ === 0) {
          const w1 = ++this.wkw[i]!;
          if (mw >= 0 && w1 > mw) dh += 1;
        }
      } else if (--this.wkc[q]! === 0) {
        const w0 = this.wkw[i]!--;
        if (mw >= 0 && w0 > mw) dh -= 1;
      }
    }
    this.hard += dh;
    this.soft += ds;
  }

  private coverDS = 0;
  private replaying = false;

  private coverRemove(i: number, d: number, s: number): number {
    const { p, N } = this;
    let dh = 0;
    let ds = 0;
    for (let q = p.cellStart[d * this.S + s]!, e = p.cellStart[d * this.S + s + 1]!; q < e; q++) {
      const c = p.cellList[q]!;
      if (!p.groupMember[p.cellGroup[c]! * N + i]) continue;
      const n = this.cov[c]!--;
      if (n <= p.cellMin[c]!) dh += 1;
      ds += n > p.cellIdeal[c]! ? -p.cellOver[c]! : p.cellUnder[c]!;
    }
    this.coverDS += ds;
    return dh;
  }

  private coverAdd(i: number, d: number, s: number): number {
    const { p, N } = this;
    let dh = 0;
    let ds = 0;
    for (let q = p.cellStart[d * this.S + s]!, e = p.cellStart[d * this.S + s + 1]!; q < e; q++) {
      const c = p.cellList[q]!;
      if (!p.groupMember[p.cellGroup[c]! * N + i]) continue;
      const n = this.cov[c]!++;
      if (n < p.cellMin[c]!) dh -= 1;
      ds += n >= p.cellIdeal[c]! ? p.cellOver[c]! : -p.cellUnder[c]!;
    }
    this.coverDS += ds;
    return dh;
  }

  private moveH = 0;
  private moveHM = 0;
  private moveS = 0;
  private logHM = 0;

  /** Starts a move: remembers the totals so the deltas can be read after. */
  private begin(): void {
    this.moveH = this.hard;
    this.moveHM = this.hardM;
    this.moveS = this.soft;
  }

  private end(): number {
    this.dH = this.hard - this.moveH;
    this.dS = this.soft - this.moveS;
    const dm = this.hardM - this.moveHM;
    return (this.dH - dm + dm * this.minuteScale) * this.hardWeight + this.dS;
  }

  /** Keeps the changes made since the last commit. */
  commit(): void {
    this.log.length = 0;
    this.logH = this.hard;
    this.logHM = this.hardM;
    this.logS = this.soft;
  }

  /** Reverts every change since the last commit. */
  undo(): void {
    const log = this.log;
    const D = this.D;
    this.replaying = true;
    for (let q = log.length - 2; q >= 0; q -= 2) {
      const k = log[q]!;
      const i = (k / D) | 0;
      this.setCell(i, k - i * D, log[q + 1]!);
    }
    this.replaying = false;
    log.length = 0;
    this.hard = this.logH;
    this.hardM = this.logHM;
    this.soft = this.logS;
    this.dH = 0;
    this.dS = 0;
  }

  /** Number of cell changes since the last commit. */
  pending(): number {
    return this.log.length >> 1;
  }

  /** Sets staff i on day d to shift s (-1 = off). */
  change(i: number, d: number, s: number): number {
    this.begin();
    const before = this.local(i, d, d);
    this.setCell(i, d, s);
    this.hard += this.local(i, d, d) - before;
    return this.end();
  }

  /** Swaps the shifts of staff i and j on day d. */
  swap(i: number, j: number, d: number): number {
    this.begin();
    const D = this.D;
    const a = this.x[i * D + d]!;
    const b = this.x[j * D + d]!;
    const before = this.local(i, d, d) + this.local(j, d, d);
    this.setCell(i, d, b);
    this.setCell(j, d, a);
    this.hard += this.local(i, d, d) + this.local(j, d, d) - before;
    return this.end();
  }

  /** Swaps the days [lo, hi] between staff i and j. */
  swapBlock(i: number, j: number, lo: number, hi: number): number {
    this.begin();
    const D = this.D;
    const before = this.local(i, lo, hi) + this.local(j, lo, hi);
    for (let d = lo; d <= hi; d++) {
      const a = this.x[i * D + d]!;
      const b = this.x[j * D + d]!;
      if (a === b) continue;
      this.setCell(i, d, b);
      this.setCell(j, d, a);
    }
    this.hard += this.local(i, lo, hi) + this.local(j, lo, hi) - before;
    return this.end();
  }

  /** Writes values[0..] into staff i's days [lo, lo+len). */
  setRange(i: number, lo: number, values: ArrayLike<number>, len: number): number {
    this.begin();
    const hi = lo + len - 1;
    const before = this.local(i, lo, hi);
    for (let q = 0; q < len; q++) this.setCell(i, lo + q, values[q]!);
    this.hard += this.local(i, lo, hi) - before;
    return this.end();
  }

  /** Starts a compound move made of several calls (a chain); `endCompound` returns its total delta. */
  beginCompound(): void {
    this.begin();
  }

  /** Ends a compound move. */
  endCompound(): number {
    return this.end();
  }

  /** Applies a change inside a compound move (no begin/end). */
  changeIn(i: number, d: number, s: number): void {
    const before = this.local(i, d, d);
    this.setCell(i, d, s);
    this.hard += this.local(i, d, d) - before;
  }
}
