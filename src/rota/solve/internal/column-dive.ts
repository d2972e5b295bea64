import { yieldToEventLoop } from '../../../core/internal/yield-to-event-loop.js';
import type { CompiledProblem } from './compile.js';
import type { ColumnMaster } from './column-generation.js';
import type { Rng } from './rng.js';

/**
 * Pricing rounds at most between two fixings: the master need not settle for the next fixing to be
 * sound, and short steps let the dive reach its end (Curtois & Qu 8, one dive without completion:
 * 5 rounds, 26 steps in 9.5 s; 20 rounds, 13 steps in 17.5 s and the time was up half-way).
 */
const ROUNDS_PER_STEP = 5;
/**
 * Share of the cells still fractional fixed at each step (at least one) of a careful dive, at most
 * one cell per staff member and one per day.
 */
const FIX_SHARE = 0.1;
/**
 * Share fixed at each step of a fast dive, only cells that each staff member's heaviest row holds.
 * Curtois & Qu 12, seeds 1-3: 10 to 13 steps from 760 fractional cells to the completion, the
 * completion 4047 to 4146 and the neighbourhood search then at the optimum 4040 in 43 to 50 s.
 */
const FAST_FIX_SHARE = 0.25;
/**
 * At or below this many fractional cells, the rest of the dive is handed to the per-cell
 * programme (Curtois & Qu 8: about 120 solved to optimality in 1 to 2.5 s, 230 not within 4 s).
 */
const COMPLETE_AT = 120;
/**
 * A dive is careful when the relaxation leaves at most this many cells fractional at the start,
 * fast otherwise. Curtois & Qu 8 leaves 310 to 360, and its careful dives complete in 5 to 7 s with
 * the relaxation near the root's (1299 to about 1320 with 120 cells left); fast dives there end at
 * 1400 to 1600 (the relaxation climbs from 200 cells left). 12 leaves 760: after 13 careful steps
 * (11 s), 360 were still fractional when the time was up.
 */
const CAREFUL_AT_MOST = 400;
/** A share this close to one counts as whole. */
const WHOLE = 1 - 1e-6;

/** What {@link diveCells} works on. */
export interface CellDiveInput {
  readonly p: CompiledProblem;
  /** The column master, after column generation (its forced cells are released at the end). */
  readonly master: ColumnMaster;
  /** `performance.now()` at which to stop. */
  readonly end: number;
  readonly signal: AbortSignal | undefined;
  /**
   * Solves the cells marked free (at `i*D+d`) exactly, every other cell held to the rota given,
   * and keeps the rota found if it is the best; resolves to whether that solve was proven optimal
   * (then the dive, which could only fix more, stops).
   */
  readonly complete: (grid: Int32Array, free: Uint8Array) => Promise<boolean>;
  /** Largest random (seeded) amount added to a share when choosing what to fix; 0 for none. */
  readonly noise: number;
  readonly rng: Rng;
}

/**
 * A diving heuristic on the column master (price and dive): each step re-prices the master a few
 * rounds with the fixed cells forced, then fixes fractional cells of largest share (plus the
 * noise). A careful dive (at most {@link CAREFUL_AT_MOST} cells fractional at the start) fixes a
 * tenth of them a step, at most one per staff member and one per day: two cells of one person, each
 * held by a different row, may have no row in common, and the cells of one day share its cover, so
 * fixing several at once (say, each to the day off its largest share gives it) can leave a shift
 * short for good, where fixing one at a time lets the re-pricing move the cover (Curtois & Qu 8,
 * seeds 2 and 3, 8 dives each from one master: 7 of 16 dives completed at 1400 to 1505 with any
 * number of cells a day, 2 of 16 with one, the rest at 1302 to 1331; the published best is 1308).
 * A fast dive fixes a quarter a step, any number per staff member but only cells their heaviest
 * row holds, so that row keeps every fixing and the master stays feasible. Once
 * {@link COMPLETE_AT} or fewer cells are fractional, `complete` solves them exactly with every other
 * cell held to the relaxation's choice; the dive stops when that solve is proven optimal (fixing
 * more could only do worse), when no cell is fractional, at `end` or on an abort, and otherwise
 * goes on. The forced cells are released at the end; the rows priced meanwhile stay in the master.
 */
export async function diveCells(input: CellDiveInput): Promise<void> {
  const { p, master, end, signal } = input;
  const { N, D, S } = p;
  const S1 = S + 1;
  const late = (): boolean => performance.now() > end || signal?.aborted === true;
  let careful = true;
  try {
    for (let step = 0; ; step++) {
      for (let round = 0; round < ROUNDS_PER_STEP && !late(); round++) {
        if (master.solveLp(false, end).added === 0) break;
        await yieldToEventLoop();
      }
      const shares = master.relaxedShares();
      const grid = new Int32Array(N * D);
      const fractional: { i: number; d: number; v: number; share: number; rank: number }[] = [];
      for (let i = 0; i < N; i++) {
        for (let d = 0; d < D; d++) {
          const at = (i * D + d) * S1;
          let v = -1;
          for (let w = 0; w < S; w++) if (shares[at + w + 1]! > shares[at + v + 1]!) v = w;
          grid[i * D + d] = v;
          const share = shares[at + v + 1]!;
          if (!master.isForced(i, d) && share < WHOLE) fractional.push({ i, d, v, share, rank: share });
        }
      }
      if (step === 0) careful = fractional.length <= CAREFUL_AT_MOST;
      if (late()) return;
      if (fractional.length <= COMPLETE_AT) {
        const free = new Uint8Array(N * D);
        for (const cell of fractional) free[cell.i * D + cell.d] = 1;
        const optimal = await input.complete(grid, free);
        if (optimal || fractional.length === 0) return;
      }
      for (const cell of fractional) cell.rank = cell.share + input.noise * input.rng.next();
      fractional.sort((a, b) => b.rank - a.rank);
      const quota = Math.max(1, Math.ceil(fractional.length * (careful ? FIX_SHARE : FAST_FIX_SHARE)));
      let fixed = 0;
      const fixedStaff = new Set<number>();
      const fixedDays = new Set<number>();
      for (const cell of fractional) {
        if (fixed >= quota) break;
        if (careful ? fixedStaff.has(cell.i) || fixedDays.has(cell.d) : master.heaviestRow(cell.i)[cell.d] !== cell.v) continue;
        if (careful) {
          fixedStaff.add(cell.i);
          fixedDays.add(cell.d);
        }
        master.forceCell(cell.i, cell.d, cell.v);
        fixed++;
      }
    }
  } finally {
    master.releaseCells();
  }
}
