import { z } from 'zod';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { inverseLoss, loss, quantile, survival } from './internal/normal-math.js';

/**
 * Input of {@link safetyStock} and {@link reorderPoint}. Demand and lead time are in the same period
 * (days, say). Give a `cycleServiceLevel` (probability of no stock-out in a cycle) or a `fillRate`
 * (share of demand met from stock, which needs `orderQuantity`); 95 % cycle service by default.
 *
 * @example
 * ```ts
 * SafetyStockInputSchema.parse({ demandMean: 20, leadTimeMean: 9 }); // 95 % cycle service by default
 * ```
 * @category Formulas
 */
export const SafetyStockInputSchema = z
  .object({
    /** Mean demand per period. */
    demandMean: z.number().min(0).finite(),
    /** Standard deviation of demand per period. */
    demandSd: z.number().min(0).finite().default(0),
    /** Mean lead time, in periods. */
    leadTimeMean: z.number().min(0).finite(),
    /** Standard deviation of the lead time, in periods. */
    leadTimeSd: z.number().min(0).finite().default(0),
    /** Review period for periodic review (order-up-to); 0 for continuous review. */
    reviewPeriod: z.number().min(0).finite().default(0),
    /** Target probability of not running out during a replenishment cycle. */
    cycleServiceLevel: z.number().gt(0).lt(1).optional(),
    /** Target share of demand met from stock (needs `orderQuantity`). */
    fillRate: z.number().gt(0).lt(1).optional(),
    /** The order quantity (replenishment per cycle): needed for a fill rate, and reported on otherwise. */
    orderQuantity: z.number().positive().finite().optional(),
  })
  .readonly();

/**
 * Input of {@link safetyStock} (before defaults).
 *
 * @example
 * ```ts
 * const input: SafetyStockInput = { demandMean: 2500, demandSd: 500, leadTimeMean: 2, orderQuantity: 10000, fillRate: 0.975 };
 * ```
 * @category Formulas
 */
export type SafetyStockInput = z.input<typeof SafetyStockInputSchema>;

/**
 * A safety stock with the numbers behind it.
 *
 * @example
 * ```ts
 * const { safetyStock: ss, fillRate }: SafetyStockResult = safetyStock(input);
 * ```
 * @category Formulas
 */
export interface SafetyStockResult {
  /** The safety stock: z x sd of demand over the protection interval (never negative). */
  readonly safetyStock: number;
  /** The safety factor z. */
  readonly safetyFactor: number;
  /** Mean demand over the protection interval (lead time plus review period). */
  readonly protectionDemandMean: number;
  /** sd of demand over the protection interval: sqrt((L + R) sd_d^2 + d^2 sd_L^2). */
  readonly protectionDemandSd: number;
  /** The cycle service level achieved, Phi(z). */
  readonly cycleServiceLevel: number;
  /** Expected units short per replenishment cycle: sd x G(z). */
  readonly expectedShortagePerCycle: number;
  /** The fill rate 1 - ESC / Q, when the order quantity is known. */
  readonly fillRate?: number;
}

/** @internal shared by safetyStock and reorderPoint */
export function computeSafetyStock(parsed: z.output<typeof SafetyStockInputSchema>): SafetyStockResult {
  if (parsed.cycleServiceLevel !== undefined && parsed.fillRate !== undefined) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'Give a cycle service level or a fill rate, not both', {
      path: ['fillRate'],
      expected: 'only one service target',
      received: String(parsed.fillRate),
    });
  }
  if (parsed.fillRate !== undefined && parsed.orderQuantity === undefined) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'A fill-rate target needs the order quantity', {
      path: ['orderQuantity'],
      expected: 'a positive number',
      received: 'undefined',
    });
  }
  const interval = parsed.leadTimeMean + parsed.reviewPeriod;
  const mean = parsed.demandMean * interval;
  const sd = Math.sqrt(interval * parsed.demandSd ** 2 + parsed.demandMean ** 2 * parsed.leadTimeSd ** 2);
  let z: number;
  if (parsed.fillRate !== undefined) {
    const q = parsed.orderQuantity as number;
    z = sd === 0 ? 0 : inverseLoss(((1 - parsed.fillRate) * q) / sd);
  } else {
    z = quantile(parsed.cycleServiceLevel ?? 0.95);
  }
  const safety = Math.max(0, z * sd);
  const effectiveZ = sd === 0 ? z : safety / sd;
  const shortage = sd === 0 ? 0 : sd * loss(effectiveZ);
  return {
    safetyStock: safety,
    safetyFactor: z,
    protectionDemandMean: mean,
    protectionDemandSd: sd,
    cycleServiceLevel: sd === 0 ? 1 : 1 - survival(effectiveZ),
    expectedShortagePerCycle: shortage,
    ...(parsed.orderQuantity === undefined ? {} : { fillRate: 1 - shortage / parsed.orderQuantity }),
  };
}

/**
 * Safety stock for a target cycle service level or fill rate, with variable demand and a variable
 * lead time: SS = z x sqrt(L x sd_d^2 + d^2 x sd_L^2). For a fill rate the factor z solves
 * sd_L x G(z) = (1 - fill rate) x Q with the standard normal loss function G.
 *
 * @param input - demand and lead-time statistics and the service target
 * @returns the safety stock and the numbers behind it
 * @throws PracticeOpsError `INVALID_INPUT` for a negative lead time, a service level outside (0, 1)...
 * @example
 * ```ts
 * safetyStock({ demandMean: 20, demandSd: 5, leadTimeMean: 9, leadTimeSd: 2, cycleServiceLevel: 0.95 }).safetyStock; // 70.268...
 * ```
 * @category Formulas
 */
export function safetyStock(input: SafetyStockInput): SafetyStockResult {
  return computeSafetyStock(parseInput(SafetyStockInputSchema, input, { label: 'safety stock input' }));
}
