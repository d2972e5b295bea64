import { parseInput } from '../core/parse.js';
import { computeSafetyStock, SafetyStockInputSchema, type SafetyStockInput, type SafetyStockResult } from './safety-stock.js';

/**
 * A reorder point: expected demand over the protection interval plus safety stock.
 *
 * @example
 * ```ts
 * const { reorderPoint: rop, safetyStock: ss }: ReorderPointResult = reorderPoint({ demandMean: 20, demandSd: 5, leadTimeMean: 9, leadTimeSd: 2 });
 * ```
 * @category Formulas
 */
export interface ReorderPointResult extends SafetyStockResult {
  /** d x (L + R) + SS. With a review period R > 0 this is the order-up-to level of a periodic review. */
  readonly reorderPoint: number;
}

/**
 * The reorder point for continuous review (ROP = d x L + SS), or, with a `reviewPeriod`, the
 * order-up-to level for periodic review (S = d x (R + L) + SS). Safety stock as in {@link safetyStock}.
 *
 * @param input - demand and lead-time statistics and the service target
 * @returns the reorder point with its safety stock and the numbers behind it
 * @throws PracticeOpsError `INVALID_INPUT` for bad statistics or targets
 * @example
 * ```ts
 * reorderPoint({ demandMean: 20, demandSd: 5, leadTimeMean: 9, leadTimeSd: 2, cycleServiceLevel: 0.95 }).reorderPoint; // 250.268...
 * ```
 * @category Formulas
 */
export function reorderPoint(input: SafetyStockInput): ReorderPointResult {
  const parsed = parseInput(SafetyStockInputSchema, input, { label: 'reorder point input' });
  const safety = computeSafetyStock(parsed);
  return { ...safety, reorderPoint: safety.protectionDemandMean + safety.safetyStock };
}
