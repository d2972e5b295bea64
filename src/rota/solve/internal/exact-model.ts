import { practiceOpsError } from '../../../core/errors.js';
import type { CompiledProblem } from './compile.js';
import { NOT_PINNED } from './compile.js';
import { RotaState } from './state.js';

/** A MIP in the plain-array shape the HiGHS model API takes (CSR rows). */
export interface ExactModelData {
  numCols: number;
  numRows: number;
  offset: number;
  colCost: number[];
  colLower: number[];
  colUpper: number[];
  rowLower: number[];
  rowUpper: number[];
  matrix: { format: 'csr' | 'csc'; numRows: number; numCols: number; starts: number[]; indices: number[]; values: number[] };
  integrality: number[];
}

/** The model and how its columns map back to the rota. */
export interface ExactModel {
  readonly data: ExactModelData;
  /** Column of x[i,d,s] at (i*D+d)*S+s. */
  readonly xCol: Int32Array;
  /** Column of the weekend variable of staff i and weekend k at i*NW+k, -1 when none. */
  readonly yCol: Int32Array;
  /** Columns of under / over slack per cover cell. */
  readonly underCol: Int32Array;
  readonly overCol: Int32Array;
}

/**
 * Builds the integer programme of a problem (the published model of Curtois & Qu, extended to the
 * library's rules): binary x[i,d,s]; at most one shift a day; forbidden successions, rest and
 * overlap as pair cuts; shifts per type, minutes per horizon / week / pay period; maximum
 * consecutive days as sliding windows; minimum runs of work and of days off for interior runs only;
 * weekends through one variable each; cover with under / over slack. Soft costs are the objective.
 * History before the horizon is not modelled: problems with history are refused.
 */
export function buildExactModel(p: CompiledProblem): ExactModel {
  if (p.problem.history.length > 0) {
    throw practiceOpsError('OUT_OF_DOMAIN', 'The exact mode does not model history before the horizon yet; use solveRota', {
      path: ['history'],
      expected: 'no history',
      received: `${p.problem.history.length} entries`,
    });
  }
  const { N, D, S } = p;
  const S1 = S + 1;
  const colCost: number[] = [];
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: number[] = [];
  let offset = 0;
  const addCol = (cost: number, lo: number, hi: number, integer: boolean): number => {
    colCost.push(cost);
    colLower.push(lo);
    colUpper.push(hi);
    integrality.push(integer ? 1 : 0);
    return colCost.length - 1;
  };
  const xCol = new Int32Array(N * D * S).fill(-1);
  for (let i = 0; i < N; i++) {
    for (let d = 0; d < D; d++) {
      const ub = (i * D + d) * S1;
      const off = p.uS[ub]!;
      offset += off;
      const pin = p.pinned[i * D + d]!;
      for (let s = 0; s < S; s++) {
        const blocked = p.uH[ub + s + 1]! > 0 || (pin !== NOT_PINNED && pin !== s);
        const forced = pin === s;
        xCol[(i * D + d) * S + s] = addCol(p.uS[ub + s + 1]! - off, forced ? 1 : 0, blocked ? 0 : 1, true);
      }
    }
  }
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const addRow = (cols: number[], vals: number[], lo: number, hi: number): void => {
    for (let k = 0; k < cols.length; k++) {
      indices.push(cols[k]!);
      values.push(vals[k]!);
    }
    starts.push(indices.length);
    rowLower.push(lo);
    rowUpper.push(hi);
  };
  const INF = Number.POSITIVE_INFINITY;
  const x = (i: number, d: number, s: number): number => xCol[(i * D + d) * S + s]!;
  // w(i,d) terms: all shifts of the day
  const wCols = (i: number, d: number, coef: number, cols: number[], vals: number[]): void => {
    for (let s = 0; s < S; s++) {
      cols.push(x(i, d, s));
      vals.push(coef);
    }
  };
  const probe = new RotaState(p);
  for (let i = 0; i < N; i++) {
    for (let d = 0; d < D; d++) {
      const cols: number[] = [];
      const vals: number[] = [];
      wCols(i, d, 1, cols, vals);
      addRow(cols, vals, -INF, 1);
    }
    // Pair cuts for successions, overlap and rest (probe the incremental transition cost).
    for (let d = 0; d + 1 < D; d++) {
      for (let a = 0; a < S; a++) {
        for (let b = 0; b < S; b++) {
          probe.x[i * D + d] = a;
          probe.x[i * D + d + 1] = b;
          const h = probe.transCost(i, d + 1, d);
          probe.x[i * D + d] = -1;
          probe.x[i * D + d + 1] = -1;
          if (h > 0) addRow([x(i, d, a), x(i, d + 1, b)], [1, 1], -INF, 1);
        }
      }
    }
    for (let s = 0; s < S; s++) {
      const m = p.maxPerType[i * S + s]!;
      if (m < 0) continue;
      const cols: number[] = [];
      for (let d = 0; d < D; d++) cols.push(x(i, d, s));
      addRow(cols, cols.map(() => 1), -INF, m);
    }
    const minutesRow = (days: number[], lo: number, hi: number): void => {
      const cols: number[] = [];
      const vals: number[] = [];
      for (const d of days) for (let s = 0; s < S; s++) {
        cols.push(x(i, d, s));
        vals.push(p.mins[d * S + s]!);
      }
      addRow(cols, vals, lo, hi);
    };
    if (p.minTot[i]! >= 0 || p.maxTot[i]! >= 0) {
      minutesRow(Array.from({ length: D }, (_, d) => d), p.minTot[i]! >= 0 ? p.minTot[i]! : -INF, p.maxTot[i]! >= 0 ? p.maxTot[i]! : INF);
    }
    for (const kind of p.windows) {
      for (let w = kind.base[i]!; w < kind.base[i + 1]!; w++) {
        const days: number[] = [];
        for (let d = 0; d < D; d++) if (kind.winOf[i * D + d] === w) days.push(d);
        const lo = kind.min[i]! >= 0 && kind.full[w] ? kind.min[i]! : -INF;
        const hi = kind.max[i]! >= 0 ? kind.max[i]! : INF;
        if (lo > -INF || hi < INF) minutesRow(days, lo, hi);
      }
    }
    const C = p.maxCons[i]!;
    if (C > 0) {
      for (let d0 = 0; d0 + C < D; d0++) {
        const cols: number[] = [];
        const vals: number[] = [];
        for (let d = d0; d <= d0 + C; d++) wCols(i, d, 1, cols, vals);
        addRow(cols, vals, -INF, C);
      }
    }
    const kWork = p.minCons[i]!;
    for (let l = 1; l < kWork; l++) {
      for (let d = 0; d + l + 1 < D; d++) {
        const cols: number[] = [];
        const vals: number[] = [];
        wCols(i, d, -1, cols, vals);
        for (let j = 1; j <= l; j++) wCols(i, d + j, 1, cols, vals);
        wCols(i, d + l + 1, -1, cols, vals);
        addRow(cols, vals, -INF, l - 1);
      }
    }
    const kOff = p.minOff[i]!;
    for (let l = 1; l < kOff; l++) {
      for (let d = 0; d + l + 1 < D; d++) {
        const cols: number[] = [];
        const vals: number[] = [];
        wCols(i, d, 1, cols, vals);
        for (let j = 1; j <= l; j++) wCols(i, d + j, -1, cols, vals);
        wCols(i, d + l + 1, 1, cols, vals);
        addRow(cols, vals, -INF, 1);
      }
    }
  }
  // Weekends.
  const yCol = new Int32Array(N * Math.max(1, p.NW)).fill(-1);
  for (let i = 0; i < N; i++) {
    const mw = p.maxWk[i]!;
    if (mw < 0) continue;
    const ys: number[] = [];
    for (let k = 0; k < p.NW; k++) {
      const y = addCol(0, 0, 1, true);
      yCol[i * p.NW + k] = y;
      ys.push(y);
      for (let d = 0; d < D; d++) {
        if (p.weekendOf[d] !== k) continue;
        const cols = [y];
        const vals = [1];
        wCols(i, d, -1, cols, vals);
        addRow(cols, vals, 0, INF);
      }
    }
    addRow(ys, ys.map(() => 1), -INF, mw);
  }
  // Cover.
  const underCol = new Int32Array(p.C);
  const overCol = new Int32Array(p.C);
  const members: number[][] = Array.from({ length: p.C }, () => []);
  for (let d = 0; d < D; d++) {
    for (let s = 0; s < S; s++) {
      for (let q = p.cellStart[d * S + s]!; q < p.cellStart[d * S + s + 1]!; q++) {
        const c = p.cellList[q]!;
        for (let i = 0; i < N; i++) if (p.groupMember[p.cellGroup[c]! * N + i]) members[c]!.push(x(i, d, s));
      }
    }
  }
  for (let c = 0; c < p.C; c++) {
    underCol[c] = addCol(p.cellUnder[c]!, 0, INF, false);
    overCol[c] = addCol(p.cellOver[c]!, 0, INF, false);
    const cols = [...members[c]!, underCol[c]!, overCol[c]!];
    const vals = [...members[c]!.map(() => 1), 1, -1];
    addRow(cols, vals, p.cellIdeal[c]!, p.cellIdeal[c]!);
    if (p.cellMin[c]! > 0) addRow(members[c]!, members[c]!.map(() => 1), p.cellMin[c]!, INF);
  }
  const numCols = colCost.length;
  const numRows = rowLower.length;
  return {
    data: {
      numCols,
      numRows,
      offset,
      colCost,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      matrix: { format: 'csr', numRows, numCols, starts, indices, values },
      integrality,
    },
    xCol,
    yCol,
    underCol,
    overCol,
  };
}

/** A full column vector for a grid (the warm start). */
export function startVector(p: CompiledProblem, m: ExactModel, grid: ArrayLike<number>): Float64Array {
  const v = new Float64Array(m.data.numCols);
  const { N, D, S } = p;
  for (let i = 0; i < N; i++)
    for (let d = 0; d < D; d++) {
      const s = grid[i * D + d]!;
      if (s >= 0) v[m.xCol[(i * D + d) * S + s]!] = 1;
      const k = p.weekendOf[d]!;
      if (s >= 0 && k >= 0 && m.yCol[i * p.NW + k]! >= 0) v[m.yCol[i * p.NW + k]!] = 1;
    }
  const st = new RotaState(p);
  st.load(grid);
  for (let c = 0; c < p.C; c++) {
    const n = st.cov[c]!;
    const ideal = p.cellIdeal[c]!;
    v[m.underCol[c]!] = n < ideal ? ideal - n : 0;
    v[m.overCol[c]!] = n > ideal ? n - ideal : 0;
  }
  return v;
}

/** The grid of a column vector. */
export function gridFromVector(p: CompiledProblem, m: ExactModel, v: ArrayLike<number>): Int32Array {
  const { N, D, S } = p;
  const grid = new Int32Array(N * D).fill(-1);
  for (let i = 0; i < N; i++)
    for (let d = 0; d < D; d++)
      for (let s = 0; s < S; s++) if (v[m.xCol[(i * D + d) * S + s]!]! > 0.5) grid[i * D + d] = s;
  return grid;
}
