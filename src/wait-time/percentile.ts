import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { percentileFromOrder } from './internal/order.js';
import { PercentileMethodSchema, type PercentileMethod } from './schemas.js';

const ArgsSchema = z.object({
  values: z.array(z.number().finite()),
  p: z.number().gt(0).max(100),
  method: PercentileMethodSchema.default('nearest-rank'),
});

/**
 * A percentile of a list of numbers. `nearest-rank` (default) returns the smallest observed value
 * with at least p% of the data at or below it (rank ⌈p/100 · n⌉); `linear` interpolates between
 * order statistics at h = (n − 1)·p/100 (Hyndman & Fan type 7). The input is not mutated.
 *
 * @param values - the numbers (any order)
 * @param p - the percentile, 0 < p <= 100
 * @param method - `nearest-rank` or `linear`
 * @returns the percentile, or null for an empty list
 * @throws PracticeOpsError `INVALID_INPUT` for non-finite values or p outside (0, 100]
 * @example
 * ```ts
 * percentile([15, 20, 35, 40, 50], 30); // 20 (nearest rank)
 * percentile([15, 20, 35, 40, 50], 40, 'linear'); // 29
 * ```
 * @category Metrics
 */
export function percentile(values: readonly number[], p: number, method: PercentileMethod = 'nearest-rank'): number | null {
  const args = parseInput(ArgsSchema, { values, p, method }, { label: 'percentile arguments' });
  const sorted = Float64Array.from(args.values).sort();
  return percentileFromOrder(sorted.length, args.p, args.method, (k) => sorted[k - 1] as number);
}
