import { z } from 'zod';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';

const PerPeriodSchema = z.union([z.number().min(0).finite(), z.array(z.number().min(0).finite())]);

/**
 * Input of {@link wagnerWhitin}: a known demand plan, and the order (setup) and holding costs, each
 * either one number or one per period.
 *
 * @example
 * ```ts
 * WagnerWhitinInputSchema.parse({ demand: [90, 120, 80, 70], orderCost: 500, holdingCost: 2 });
 * ```
 * @category Formulas
 */
export const WagnerWhitinInputSchema = z
  .object({
    /** Demand per period, in units (at least one period). */
    demand: z.array(z.number().min(0).finite()).min(1),
    /** Cost of placing an order in a period (one number, or one per period). */
    orderCost: PerPeriodSchema,
    /** Cost of carrying one unit from a period to the next (one number, or one per period). */
    holdingCost: PerPeriodSchema,
  })
  .readonly();

/**
 * Input of {@link wagnerWhitin}.
 *
 * @example
 * ```ts
 * const plan: WagnerWhitinInput = { demand: [69, 29, 36], orderCost: [85, 102, 102], holdingCost: 1 };
 * ```
 * @category Formulas
 */
export type WagnerWhitinInput = z.input<typeof WagnerWhitinInputSchema>;

/**
 * The cheapest order plan for a known demand plan.
 *
 * @example
 * ```ts
 * const { orders, totalCost }: WagnerWhitinResult = wagnerWhitin({ demand: [90, 120, 80, 70], orderCost: 500, holdingCost: 2 });
 * ```
 * @category Formulas
 */
export interface WagnerWhitinResult {
  /** The quantity to order in each period (0 for none). */
  readonly orders: readonly number[];
  /** Setup plus holding cost of the plan. */
  readonly totalCost: number;
  /** Sum of the order costs of the periods that order. */
  readonly orderingCost: number;
  /** Holding cost of the stock carried between periods. */
  readonly holdingCost: number;
}

function perPeriod(value: number | readonly number[], length: number, path: string): readonly number[] {
  if (typeof value === 'number') return Array.from({ length }, () => value);
  if (value.length !== length) {
    throw practiceOpsError(ERROR_CODES.invalidInput, `${path} must have one value per period`, {
      path: [path],
      expected: `array(${length})`,
      received: `array(${value.length})`,
    });
  }
  return value;
}

/**
 * The Wagner-Whitin dynamic programme: the order plan of least setup plus holding cost that meets a
 * known demand in every period with no shortages. An order in period j covers periods j..t
 * entirely (the zero-inventory property). O(n^2) in the number of periods. Periods with zero
 * demand never trigger an order of their own.
 *
 * @param input - demand plan, order cost and holding cost
 * @returns the orders per period and the plan's cost
 * @throws PracticeOpsError `INVALID_INPUT` for negative values or cost arrays of the wrong length
 * @example
 * ```ts
 * wagnerWhitin({ demand: [90, 120, 80, 70], orderCost: 500, holdingCost: 2 });
 * // { orders: [210, 0, 150, 0], totalCost: 1380, ... }
 * ```
 * @category Formulas
 */
export function wagnerWhitin(input: WagnerWhitinInput): WagnerWhitinResult {
  const parsed = parseInput(WagnerWhitinInputSchema, input, { label: 'Wagner-Whitin input' });
  const demand = parsed.demand;
  const n = demand.length;
  const setup = perPeriod(parsed.orderCost, n, 'orderCost');
  const holding = perPeriod(parsed.holdingCost, n, 'holdingCost');
  // best[t] = least cost to cover periods 0..t-1; from[t] = the period of the last order
  const best: number[] = [0];
  const from: number[] = [0];
  for (let t = 1; t <= n; t++) {
    let bestCost = Infinity;
    let bestFrom = 0;
    for (let j = t - 1; j >= 0; j--) {
      // an order in j covering j..t-1; carrying cost of period k's demand is sum of holding j..k-1
      let carry = 0;
      let cumulativeHolding = 0;
      for (let k = j + 1; k < t; k++) {
        cumulativeHolding += holding[k - 1] as number;
        carry += cumulativeHolding * (demand[k] as number);
      }
      const ordering = demand.slice(j, t).some((d) => d > 0) ? (setup[j] as number) : 0;
      const cost = (best[j] as number) + ordering + carry;
      if (cost < bestCost - 1e-9 || (Math.abs(cost - bestCost) <= 1e-9 && j < bestFrom)) {
        bestCost = cost;
        bestFrom = j;
      }
    }
    best.push(bestCost);
    from.push(bestFrom);
  }
  const orders = Array.from({ length: n }, () => 0);
  let orderingCost = 0;
  let holdingCost = 0;
  for (let t = n; t > 0; ) {
    const j = from[t] as number;
    const quantity = demand.slice(j, t).reduce((a, b) => a + b, 0);
    orders[j] = quantity;
    if (quantity > 0) orderingCost += setup[j] as number;
    let cumulativeHolding = 0;
    for (let k = j + 1; k < t; k++) {
      cumulativeHolding += holding[k - 1] as number;
      holdingCost += cumulativeHolding * (demand[k] as number);
    }
    t = j;
  }
  return { orders, totalCost: orderingCost + holdingCost, orderingCost, holdingCost };
}
