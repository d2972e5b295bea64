import { NOT_PINNED, type CompiledProblem } from './compile.js';
import type { ExactModelData } from './exact-model.js';
import type { HighsLike, HighsModelLike } from './highs.js';
import { Rerosterer } from './reroster.js';
import { RotaState } from './state.js';

/** Tolerance on reduced costs: a priced row joins the master below minus this (within the gap plus this for neighbours). */
const REDUCED_COST_TOLERANCE = 1e-7;

/** HiGHS's `simplex_strategy` for the primal simplex. */
const PRIMAL_SIMPLEX = 4;

/** One staff member's row over the horizon with its own cost (requests, plus hard units weighted). */
interface Column {
  readonly staff: number;
  readonly row: Int32Array;
  readonly cost: number;
  /** Master rows it counts in, and how many times. */
  readonly indices: readonly number[];
  readonly values: readonly number[];
}

/** A slack column of the master (cover under / over, hard-minimum shortfall). */
interface Slack {
  readonly cost: number;
  readonly row: number;
  readonly value: number;
  /** Cover cell it belongs to, and which slack it is. */
  readonly cell: number;
  readonly kind: 'under' | 'over' | 'short';
}

/** Outcome of the linear master over the columns generated so far. */
export interface MasterLp {
  readonly objective: number;
  /** A proven lower bound on every rota's soft penalty (-Infinity when the pricing could not prove one). */
  readonly bound: number;
  /** Columns added by the last pricing round. */
  readonly added: number;
}

/**
 * Set-partitioning master of a rota (one column = one staff member's whole row): choose one row
 * per staff member so that the rows' own costs plus the cover penalties are least. Its linear
 * relaxation is solved by column generation: the duals of the cover rows price each staff member's
 * next row through the dynamic programme ({@link Rerosterer.price}), exact over the horizon except
 * for per-type maxima (priced by Lagrangian multipliers, whose value still bounds from below), so
 * that the relaxation's value less each staff member's least reduced cost (Farley's bound) is a
 * proven lower bound at every round. The integer master over the generated
 * columns, warm-started from the local search, then gives a rota and, with that bound, its gap.
 */
export class ColumnMaster {
  private readonly p: CompiledProblem;
  private readonly model: HighsModelLike;
  private readonly probe: RotaState;
  private readonly pricer: Rerosterer;
  private readonly columns: Column[] = [];
  private readonly seen = new Set<string>();
  /** Slack columns, before the first row column. */
  private readonly slacks: Slack[] = [];
  private readonly rowLower: number[];
  private readonly rowUpper: number[];
  /** Master row of each cover cell. */
  private readonly coverRowOf: Int32Array;
  /** Master row of each cell's hard minimum (-1 when none). */
  private readonly minRowOf: Int32Array;
  private readonly hardWeight: number;
  private readonly cellPrice: Float64Array;
  /** Row duals of the linear master at its last solve. */
  private dual: ArrayLike<number> = [];
  /** Value of the linear master at its last solve. */
  relaxation = Number.NaN;
  /** Shift each cell is forced to by {@link forceCell} (NOT_PINNED: free), and how many are. */
  private readonly forced: Int32Array;
  private forcedCells = 0;
  /** Each staff member's row of largest weight at the last {@link relaxedShares}. */
  private readonly heaviest: Int32Array[] = [];
  /** Columns barred (upper bound 0) because they break a forced cell. */
  private readonly barred = new Set<number>();

  constructor(p: CompiledProblem, highs: HighsLike, hardWeight: number) {
    this.p = p;
    this.hardWeight = hardWeight;
    this.model = highs.createModel();
    // Primal simplex: the basis stays primal feasible when columns are added, so each round's
    // re-solve starts where the last ended (a third of the dual simplex's time on Curtois & Qu 12).
    this.model.options.set({ output_flag: false, simplex_strategy: PRIMAL_SIMPLEX });
    this.probe = new RotaState(p, hardWeight);
    this.probe.commit();
    this.pricer = new Rerosterer(this.probe);
    this.cellPrice = new Float64Array(p.C);
    const { N, C } = p;
    this.forced = new Int32Array(N * p.D).fill(NOT_PINNED);
    const none = { indices: [] as number[], values: [] as number[] };
    // Rows: one per staff member (exactly one row chosen), one per cover cell (count = ideal, with
    // under and over slack), one per cell with a hard minimum (count >= minimum, slack at the hard weight).
    for (let i = 0; i < N; i++) this.model.addRow(1, 1, none);
    this.coverRowOf = new Int32Array(C);
    this.minRowOf = new Int32Array(C).fill(-1);
    let r = N;
    for (let c = 0; c < C; c++) {
      this.coverRowOf[c] = r++;
      this.model.addRow(p.cellIdeal[c]!, p.cellIdeal[c]!, none);
    }
    for (let c = 0; c < C; c++) {
      if (p.cellMin[c]! <= 0) continue;
      this.minRowOf[c] = r++;
      this.model.addRow(p.cellMin[c]!, Number.POSITIVE_INFINITY, none);
    }
    for (let c = 0; c < C; c++) {
      this.slacks.push({ cost: p.cellUnder[c]!, row: this.coverRowOf[c]!, value: 1, cell: c, kind: 'under' });
      this.slacks.push({ cost: p.cellOver[c]!, row: this.coverRowOf[c]!, value: -1, cell: c, kind: 'over' });
      if (this.minRowOf[c]! >= 0) this.slacks.push({ cost: hardWeight, row: this.minRowOf[c]!, value: 1, cell: c, kind: 'short' });
    }
    for (const slack of this.slacks) this.model.addCol(slack.cost, 0, Number.POSITIVE_INFINITY, { indices: [slack.row], values: [slack.value] });
    this.rowLower = [...Array.from({ length: N }, () => 1), ...Array.from(p.cellIdeal)];
    this.rowUpper = [...this.rowLower];
    for (let c = 0; c < C; c++) {
      if (this.minRowOf[c]! < 0) continue;
      this.rowLower.push(p.cellMin[c]!);
      this.rowUpper.push(Number.POSITIVE_INFINITY);
    }
  }

  /** Releases the HiGHS model. */
  dispose(): void {
    this.model.dispose();
  }

  /** Adds every row of a rota (a grid) as a column; returns how many were new. */
  addGrid(grid: Int32Array): number {
    const D = this.p.D;
    let added = 0;
    for (let i = 0; i < this.p.N; i++) if (this.addColumn(i, grid.subarray(i * D, (i + 1) * D))) added++;
    return added;
  }

  /** Own cost of a row: its requests and, weighted, any hard units of the staff member's own rules. */
  private rowCost(i: number, row: ArrayLike<number>): number {
    const { p, probe } = this;
    const D = p.D;
    const S1 = p.S + 1;
    let soft = 0;
    for (let d = 0; d < D; d++) {
      probe.setCell(i, d, row[d]!);
      soft += p.uS[(i * D + d) * S1 + row[d]! + 1]!;
    }
    const hard = probe.rowHard(i);
    probe.undo();
    probe.commit();
    return soft + hard * this.hardWeight;
  }

  private addColumn(i: number, row: ArrayLike<number>): boolean {
    const key = `${i}:${Array.prototype.join.call(row, ',')}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    const copy = Int32Array.from(row);
    const cost = this.rowCost(i, copy);
    const indices: number[] = [i];
    const values: number[] = [1];
    this.coverEntries(i, copy, indices, values);
    this.model.addCol(cost, 0, Number.POSITIVE_INFINITY, { indices, values });
    this.columns.push({ staff: i, row: copy, cost, indices, values });
    return true;
  }

  /** Master rows a row counts in (cover and hard-minimum rows), with their coefficients. */
  private coverEntries(i: number, row: Int32Array, indices: number[], values: number[]): void {
    const { p } = this;
    const at = new Map<number, number>();
    for (let d = 0; d < p.D; d++) {
      const v = row[d]!;
      if (v < 0) continue;
      for (let q = p.cellStart[d * p.S + v]!, e = p.cellStart[d * p.S + v + 1]!; q < e; q++) {
        const c = p.cellList[q]!;
        if (!p.groupMember[p.cellGroup[c]! * p.N + i]) continue;
        for (const r of [this.coverRowOf[c]!, this.minRowOf[c]!]) if (r >= 0) at.set(r, (at.get(r) ?? 0) + 1);
      }
    }
    for (const [r, n] of at) {
      indices.push(r);
      values.push(n);
    }
  }

  /**
   * Solves the linear master and prices one new row per staff member from its duals. With `proof`
   * each staff member is priced to the end of the multiplier search, so the round proves a bound;
   * without it, the search stops at the first row worth adding (much faster while many are), and
   * only a round in which no staff member had one proves a bound. At `end` (a `performance.now()`
   * time) the pricing stops before the next staff member, and the round proves no bound (on 120
   * staff with 18 shift types a round that proves one takes about 19 s).
   *
   * @returns the master's value, the lower bound this round proves, and how many columns it added
   */
  solveLp(proof = true, end = Number.POSITIVE_INFINITY): MasterLp {
    const { p, model } = this;
    model.run();
    const objective = model.getObjectiveValue();
    this.relaxation = objective;
    const dual = model.getSolution().rowDual;
    this.dual = dual;
    this.setCellPrices(dual);
    let added = 0;
    let boundGap = 0;
    let exact = true;
    for (let i = 0; i < p.N; i++) {
      if (performance.now() > end) {
        exact = false;
        break;
      }
      const forced = this.forcedCells > 0 ? { forced: this.forced.subarray(i * p.D, (i + 1) * p.D) } : {};
      const row = this.pricer.price(i, this.cellPrice, proof ? forced : { ...forced, acceptBelow: dual[i]! - REDUCED_COST_TOLERANCE });
      const lowest = this.pricer.lastLowest;
      if (!Number.isFinite(lowest)) exact = false;
      else boundGap += Math.min(0, lowest - dual[i]!);
      const reduced = this.rowCost(i, row) - this.priceOf(i, row) - dual[i]!;
      if (reduced < -REDUCED_COST_TOLERANCE && this.addColumn(i, row)) added++;
    }
    return { objective, bound: exact && this.forcedCells === 0 ? objective + boundGap : Number.NEGATIVE_INFINITY, added };
  }

  /**
   * The relaxation as shares of cells: at `(i*D+d)*(S+1) + v+1`, how much of staff member i's day d
   * the linear master gives to shift v (-1: off), summed over the chosen rows (each day's shares add
   * up to one). Re-solves the master over the columns it has, and notes each staff member's
   * {@link heaviestRow}.
   */
  relaxedShares(): Float64Array {
    const { p, model } = this;
    const S1 = p.S + 1;
    model.run();
    const lambda = model.getSolution().colValue;
    const shares = new Float64Array(p.N * p.D * S1);
    const heaviestWeight = new Float64Array(p.N);
    this.columns.forEach((column, k) => {
      const weight = lambda[this.slacks.length + k]!;
      if (weight <= 1e-9) return;
      if (weight > heaviestWeight[column.staff]!) {
        heaviestWeight[column.staff] = weight;
        this.heaviest[column.staff] = column.row;
      }
      for (let d = 0; d < p.D; d++) shares[(column.staff * p.D + d) * S1 + column.row[d]! + 1]! += weight;
    });
    return shares;
  }

  /**
   * Staff member i's row of largest weight in the relaxation at the last {@link relaxedShares}
   * (never a barred one, so it keeps every forced cell).
   */
  heaviestRow(i: number): Int32Array {
    return this.heaviest[i]!;
  }

  /**
   * Makes staff member i's day d hold shift v (-1: off) in every later solve: the columns that
   * differ there are barred, the pricing keeps to it, and when no column of theirs is left one is
   * priced in (a dive's fixing; no bound is proven while any cell is forced).
   */
  forceCell(i: number, d: number, v: number): void {
    const D = this.p.D;
    if (this.forced[i * D + d] === NOT_PINNED) this.forcedCells++;
    this.forced[i * D + d] = v;
    let kept = false;
    this.columns.forEach((column, k) => {
      if (column.staff !== i || this.barred.has(k)) return;
      if (column.row[d] === v) {
        kept = true;
        return;
      }
      this.barred.add(k);
      this.model.changeColBounds(this.slacks.length + k, 0, 0);
    });
    // no row of theirs keeps every forced cell: price one, or the master would have no solution
    if (!kept) this.addColumn(i, this.pricer.price(i, this.cellPrice, { forced: this.forced.subarray(i * D, (i + 1) * D) }));
  }

  /** Whether {@link forceCell} has forced staff member i's day d. */
  isForced(i: number, d: number): boolean {
    return this.forced[i * this.p.D + d] !== NOT_PINNED;
  }

  /** Frees every cell {@link forceCell} forced (the columns priced meanwhile stay). */
  releaseCells(): void {
    for (const k of this.barred) this.model.changeColBounds(this.slacks.length + k, 0, Number.POSITIVE_INFINITY);
    this.barred.clear();
    this.forced.fill(NOT_PINNED);
    this.forcedCells = 0;
  }

  /** Re-solves the linear master and takes its duals as the prices of {@link addNeighbours}. */
  refreshDuals(): void {
    this.model.run();
    this.relaxation = this.model.getObjectiveValue();
    this.dual = this.model.getSolution().rowDual;
    this.setCellPrices(this.dual);
  }

  /**
   * Adds, for staff member i and every day and shift (or day off), the best row that takes that
   * shift on that day, when its reduced cost under the duals of {@link refreshDuals} is within
   * `gap` (the distance from the relaxation to the best rota known: no row of a better rota costs
   * more). Widens the choice of the integer master where plain pricing stops at the relaxation.
   * Stops early at `end` (a `performance.now()` time).
   *
   * @returns how many columns were added
   */
  addNeighbours(i: number, gap: number, end = Number.POSITIVE_INFINITY): number {
    const { p, dual } = this;
    let added = 0;
    for (let d = 0; d < p.D && performance.now() < end; d++) {
      for (let v = -1; v < p.S; v++) {
        const row = this.pricer.price(i, this.cellPrice, { forceDay: d, forceShift: v });
        if (row[d] !== v) continue;
        const reduced = this.rowCost(i, row) - this.priceOf(i, row) - dual[i]!;
        if (reduced <= gap + REDUCED_COST_TOLERANCE && this.addColumn(i, row)) added++;
      }
    }
    return added;
  }

  private setCellPrices(dual: ArrayLike<number>): void {
    const { p } = this;
    for (let c = 0; c < p.C; c++) this.cellPrice[c] = dual[this.coverRowOf[c]!]! + (this.minRowOf[c]! >= 0 ? dual[this.minRowOf[c]!]! : 0);
  }

  private priceOf(i: number, row: Int32Array): number {
    const { p } = this;
    let total = 0;
    for (let d = 0; d < p.D; d++) {
      const v = row[d]!;
      if (v < 0) continue;
      for (let q = p.cellStart[d * p.S + v]!, e = p.cellStart[d * p.S + v + 1]!; q < e; q++) {
        const c = p.cellList[q]!;
        if (p.groupMember[p.cellGroup[c]! * p.N + i]) total += this.cellPrice[c]!;
      }
    }
    return total;
  }

  /**
   * The integer master over the generated columns, in the shape the HiGHS worker takes (columns
   * binary, slacks continuous), with the start vector of a rota whose rows are among the columns.
   */
  integerModel(start: Int32Array): { data: ExactModelData; start: Float64Array } {
    const { p } = this;
    const colCost: number[] = [];
    const starts: number[] = [0];
    const indices: number[] = [];
    const values: number[] = [];
    const integrality: number[] = [];
    const value: number[] = [];
    const cover = new RotaState(p, this.hardWeight);
    cover.load(start);
    for (const slack of this.slacks) {
      colCost.push(slack.cost);
      indices.push(slack.row);
      values.push(slack.value);
      starts.push(indices.length);
      integrality.push(0);
      const n = cover.cov[slack.cell]!;
      value.push(slack.kind === 'under' ? Math.max(0, p.cellIdeal[slack.cell]! - n) : slack.kind === 'over' ? Math.max(0, n - p.cellIdeal[slack.cell]!) : Math.max(0, p.cellMin[slack.cell]! - n));
    }
    const D = p.D;
    for (const column of this.columns) {
      colCost.push(column.cost);
      indices.push(...column.indices);
      values.push(...column.values);
      starts.push(indices.length);
      integrality.push(1);
      let same = true;
      for (let d = 0; d < D && same; d++) same = column.row[d] === start[column.staff * D + d];
      value.push(same ? 1 : 0);
    }
    const numCols = colCost.length;
    const numRows = this.rowLower.length;
    return {
      data: {
        numCols,
        numRows,
        offset: 0,
        colCost,
        colLower: new Array<number>(numCols).fill(0),
        colUpper: colCost.map((_, k) => (integrality[k] ? 1 : Number.POSITIVE_INFINITY)),
        rowLower: this.rowLower,
        rowUpper: this.rowUpper,
        matrix: { format: 'csc', numRows, numCols, starts, indices, values },
        integrality,
      },
      start: Float64Array.from(value),
    };
  }

  /** The rota a solution of {@link integerModel} chooses (rows not chosen are taken from `fallback`). */
  gridOf(colValue: ArrayLike<number>, fallback: Int32Array): Int32Array {
    const D = this.p.D;
    const grid = Int32Array.from(fallback);
    this.columns.forEach((column, k) => {
      if (colValue[this.slacks.length + k]! > 0.5) grid.set(column.row, column.staff * D);
    });
    return grid;
  }
}
