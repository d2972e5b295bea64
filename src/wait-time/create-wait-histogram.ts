import { z } from 'zod';
import { ERROR_CODES, parseInput, practiceOpsError } from '../core/index.js';
import { percentileFromOrder } from './internal/order.js';
import type { PercentileMethod } from './schemas.js';

/**
 * Options for {@link createWaitHistogram}.
 *
 * @example
 * ```ts
 * HistogramOptionsSchema.parse({ resolutionSeconds: 1, maxMinutes: 240 });
 * ```
 * @category Metrics
 */
export const HistogramOptionsSchema = z.object({
  /** Bin width in seconds. Waits recorded to the second are held exactly with the default 1. */
  resolutionSeconds: z.number().positive().max(3600).default(1),
  /** Upper end of the binned range, minutes; longer waits are kept exactly up to `overflowCapacity`. */
  maxMinutes: z.number().positive().max(7 * 24 * 60).default(240),
  /** How many waits beyond `maxMinutes` are kept exactly before only their count and maximum are. */
  overflowCapacity: z.number().int().min(0).default(10_000),
});

/**
 * Histogram options as accepted.
 *
 * @category Metrics
 */
export type HistogramOptionsInput = z.input<typeof HistogramOptionsSchema>;

/**
 * A fixed-width histogram of waits: constant memory (one counter per bin), mergeable, one pass.
 * A value v is counted in bin round(v / w) (w the bin width), so every order statistic it returns
 * is within w/2 of the true one, and exact when the data are multiples of w (timestamps to the
 * second with w = 1 s). The mean is exact (compensated sum of the raw values).
 *
 * @category Metrics
 */
export interface WaitHistogram {
  /** Adds one wait in minutes (>= 0). */
  readonly add: (minutes: number) => void;
  /** Adds every count of another histogram with the same resolution and range. */
  readonly merge: (other: WaitHistogram) => void;
  /** Number of values. */
  readonly count: () => number;
  /** Exact mean (null when empty). */
  readonly mean: () => number | null;
  /** Exact maximum (null when empty). */
  readonly max: () => number | null;
  /** The k-th smallest value (1-based), to the bin. */
  readonly orderStatistic: (k: number) => number;
  /** A percentile (nearest-rank by default). */
  readonly percentile: (p: number, method?: PercentileMethod) => number | null;
  /** Share of values at or under `minutes` (to the bin; exact on the grid). */
  readonly shareWithin: (minutes: number) => number | null;
  /** The largest absolute error of an order statistic, minutes: half a bin, or more once the overflow store is full. */
  readonly errorBoundMinutes: () => number;
  /** Bytes held by the counters (for reports). */
  readonly bytes: () => number;
  /** @internal raw state for merging */
  readonly state: () => HistogramState;
}

/** @internal */
export interface HistogramState {
  readonly width: number;
  readonly bins: Float64Array;
  readonly overflow: number[];
  readonly overflowCount: number;
  readonly sum: number;
  readonly compensation: number;
  readonly max: number;
  readonly maxMinutes: number;
}

/**
 * Creates an empty {@link WaitHistogram}: the bounded-memory store behind {@link createWaitStream}.
 * With the defaults (1-second bins up to 4 hours) it holds 14,401 counters (115 kB) and gives exact
 * nearest-rank percentiles for waits recorded to the second.
 *
 * @param options - bin width in seconds, binned range in minutes, overflow store size
 * @returns the histogram
 * @throws PracticeOpsError `INVALID_INPUT` for bad options
 * @example
 * ```ts
 * const h = createWaitHistogram();
 * for (const w of [5, 12, 18, 30]) h.add(w);
 * h.percentile(90); // 30
 * ```
 * @category Metrics
 */
export function createWaitHistogram(options: HistogramOptionsInput = {}): WaitHistogram {
  const o = parseInput(HistogramOptionsSchema, options, { label: 'histogram options' });
  const width = o.resolutionSeconds / 60; // minutes per bin
  const size = Math.floor(o.maxMinutes / width) + 1;
  const bins = new Float64Array(size);
  let overflow: number[] = [];
  let overflowCount = 0;
  let overflowSorted = true;
  let n = 0;
  let sum = 0;
  let compensation = 0;
  let max = Number.NEGATIVE_INFINITY;

  const addSum = (value: number): void => {
    const y = value - compensation;
    const t = sum + y;
    compensation = t - sum - y;
    sum = t;
  };
  const sortOverflow = (): void => {
    if (!overflowSorted) {
      overflow.sort((a, b) => a - b);
      overflowSorted = true;
    }
  };
  const binned = (): number => n - overflowCount;

  const histogram: WaitHistogram = {
    add(minutes: number) {
      if (!(minutes >= 0) || !Number.isFinite(minutes)) {
        throw practiceOpsError(ERROR_CODES.invalidInput, 'A wait must be a finite number of minutes >= 0', {
          path: [],
          expected: '>= 0',
          received: String(minutes),
        });
      }
      n += 1;
      addSum(minutes);
      if (minutes > max) max = minutes;
      const index = Math.round(minutes / width);
      if (index < size) {
        bins[index] = (bins[index] as number) + 1;
      } else {
        overflowCount += 1;
        if (overflow.length < o.overflowCapacity) {
          overflow.push(minutes);
          overflowSorted = false;
        }
      }
    },
    merge(other: WaitHistogram) {
      const s = other.state();
      if (s.width !== width || s.bins.length !== size) {
        throw practiceOpsError(ERROR_CODES.conflict, 'Histograms differ in resolution or range', {
          path: [],
          expected: `width ${width} min, ${size} bins`,
          received: `width ${s.width} min, ${s.bins.length} bins`,
        });
      }
      for (let i = 0; i < size; i++) bins[i] = (bins[i] as number) + (s.bins[i] as number);
      const room = o.overflowCapacity - overflow.length;
      overflow = overflow.concat(s.overflow.slice(0, Math.max(0, room)));
      overflowSorted = false;
      overflowCount += s.overflowCount;
      n += s.bins.reduce((a, b) => a + b, 0) + s.overflowCount;
      addSum(s.sum);
      addSum(-s.compensation);
      if (s.max > max) max = s.max;
    },
    count: () => n,
    mean: () => (n === 0 ? null : sum / n),
    max: () => (n === 0 ? null : max),
    orderStatistic(k: number) {
      if (!(k >= 1 && k <= n)) {
        throw practiceOpsError(ERROR_CODES.outOfDomain, 'Rank outside 1..count', { path: [], expected: `1..${n}`, received: String(k) });
      }
      if (k <= binned()) {
        let seen = 0;
        for (let i = 0; i < size; i++) {
          seen += bins[i] as number;
          if (seen >= k) return i * width;
        }
      }
      const j = k - binned(); // 1-based rank among overflow values
      if (j === overflowCount) return max;
      sortOverflow();
      if (overflowCount === overflow.length) return overflow[j - 1] as number;
      return o.maxMinutes; // the value is known only to lie in (maxMinutes, max]
    },
    percentile(p: number, method: PercentileMethod = 'nearest-rank') {
      return percentileFromOrder(n, p, method, (k) => histogram.orderStatistic(k));
    },
    shareWithin(minutes: number) {
      if (n === 0) return null;
      let within = 0;
      const last = Math.min(size - 1, Math.floor(minutes / width + 1e-9));
      for (let i = 0; i <= last; i++) within += bins[i] as number;
      if (minutes > o.maxMinutes) for (const v of overflow) if (v <= minutes) within += 1;
      return within / n;
    },
    errorBoundMinutes: () => (overflowCount > overflow.length ? Math.max(width / 2, max - o.maxMinutes) : width / 2),
    bytes: () => bins.byteLength + overflow.length * 8,
    state: () => ({ width, bins, overflow, overflowCount, sum, compensation, max, maxMinutes: o.maxMinutes }),
  };
  return histogram;
}
