import { z } from 'zod';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { loss, poissonPmfs, quantile, survival } from './internal/normal-math.js';

/**
 * Input of {@link newsvendor}: the costs (either price, cost and salvage value, or the underage and
 * overage costs directly) and the demand distribution (normal or Poisson).
 *
 * @example
 * ```ts
 * NewsvendorInputSchema.parse({ underageCost: 4, overageCost: 1, demand: { distribution: 'poisson', mean: 5 } });
 * ```
 * @category Formulas
 */
export const NewsvendorInputSchema = z
  .object({
    /** Selling price (or the value of a unit used); with `unitCost` gives the underage cost. */
    price: z.number().min(0).finite().optional(),
    /** Purchase cost of a unit. */
    unitCost: z.number().min(0).finite().optional(),
    /** What a leftover unit is worth (returns credit, resale); 0 by default. */
    salvageValue: z.number().min(0).finite().default(0),
    /** Cost of one unit too few (lost margin, an emergency order premium); overrides price - unitCost. */
    underageCost: z.number().min(0).finite().optional(),
    /** Cost of one unit too many; overrides unitCost - salvageValue. */
    overageCost: z.number().min(0).finite().optional(),
    /** The demand distribution for the season. */
    demand: z.discriminatedUnion('distribution', [
      z.object({
        /** Normal demand. */
        distribution: z.literal('normal'),
        /** Mean demand. */
        mean: z.number().min(0).finite(),
        /** Standard deviation of demand. */
        sd: z.number().min(0).finite(),
      }),
      z.object({
        /** Poisson demand (small counts). */
        distribution: z.literal('poisson'),
        /** Mean demand. */
        mean: z.number().min(0).max(1e6).finite(),
      }),
    ]),
  })
  .readonly();

/**
 * Input of {@link newsvendor} (before defaults).
 *
 * @example
 * ```ts
 * const input: NewsvendorInput = { price: 30, unitCost: 18, demand: { distribution: 'normal', mean: 400, sd: 60 } };
 * ```
 * @category Formulas
 */
export type NewsvendorInput = z.input<typeof NewsvendorInputSchema>;

/**
 * The newsvendor's order and what to expect from it.
 *
 * @example
 * ```ts
 * const { quantity, expectedLeftover }: NewsvendorResult = newsvendor(input);
 * ```
 * @category Formulas
 */
export interface NewsvendorResult {
  /** The order quantity: mean + z sd for normal demand (not rounded), an integer for Poisson demand. */
  readonly quantity: number;
  /** Cu / (Cu + Co): the in-stock probability the order aims for. */
  readonly criticalRatio: number;
  /** The underage cost used. */
  readonly underageCost: number;
  /** The overage cost used. */
  readonly overageCost: number;
  /** Normal demand: the safety factor z = Phi^-1(critical ratio). */
  readonly z?: number;
  /** P(demand <= quantity). */
  readonly inStockProbability: number;
  /** Expected units sold (used). */
  readonly expectedSales: number;
  /** Expected units short. */
  readonly expectedLostSales: number;
  /** Expected units left over. */
  readonly expectedLeftover: number;
  /** Expected underage plus overage cost. */
  readonly expectedMismatchCost: number;
  /** Expected profit, when price and unit cost are given. */
  readonly expectedProfit?: number;
}

/**
 * The newsvendor model for a one-off order (a season's flu vaccine pre-book): order the quantity
 * whose in-stock probability equals the critical ratio Cu / (Cu + Co). Normal demand gives
 * Q = mean + z sd with expected shortage sd G(z); Poisson demand gives the smallest Q with
 * P(D <= Q) >= the critical ratio.
 *
 * @param input - costs and the demand distribution
 * @returns the quantity and the expected sales, shortage, leftovers and profit
 * @throws PracticeOpsError `INVALID_INPUT` when the costs are missing or both zero
 * @example
 * ```ts
 * newsvendor({ price: 180, unitCost: 110, salvageValue: 90, demand: { distribution: 'normal', mean: 3192, sd: 1181 } });
 * // quantity about 4095, criticalRatio 0.7778
 * ```
 * @category Formulas
 */
export function newsvendor(input: NewsvendorInput): NewsvendorResult {
  const parsed = parseInput(NewsvendorInputSchema, input, { label: 'newsvendor input' });
  const cu = parsed.underageCost ?? (parsed.price !== undefined && parsed.unitCost !== undefined ? parsed.price - parsed.unitCost : undefined);
  const co = parsed.overageCost ?? (parsed.unitCost !== undefined ? parsed.unitCost - parsed.salvageValue : undefined);
  if (cu === undefined || co === undefined || cu < 0 || co < 0 || cu + co <= 0) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'The newsvendor needs non-negative underage and overage costs, not both zero', {
      path: cu === undefined || cu < 0 ? ['underageCost'] : ['overageCost'],
      expected: 'price >= unitCost >= salvageValue, or underageCost and overageCost',
      received: `underage ${String(cu)}, overage ${String(co)}`,
    });
  }
  const ratio = cu / (cu + co);
  const { demand } = parsed;
  let quantity: number;
  let lost: number;
  let inStock: number;
  let z: number | undefined;
  if (demand.distribution === 'normal') {
    if (demand.sd === 0 || ratio === 0 || ratio === 1) {
      z = ratio === 1 ? Infinity : ratio === 0 ? -Infinity : quantile(ratio);
      quantity = demand.sd === 0 ? demand.mean : Math.max(0, demand.mean + z * demand.sd);
      lost = demand.sd === 0 ? 0 : ratio === 0 ? demand.mean : 0;
      inStock = demand.sd === 0 ? 1 : ratio;
      if (!Number.isFinite(quantity)) {
        throw practiceOpsError(ERROR_CODES.outOfDomain, 'With no overage cost the newsvendor orders without limit', { path: ['overageCost'], expected: '> 0', received: '0' });
      }
    } else {
      z = quantile(ratio);
      quantity = demand.mean + z * demand.sd;
      if (quantity < 0) {
        quantity = 0;
        z = -demand.mean / demand.sd;
      }
      lost = demand.sd * loss(z);
      inStock = 1 - survival(z);
    }
  } else {
    if (ratio === 1) {
      throw practiceOpsError(ERROR_CODES.outOfDomain, 'With no overage cost the newsvendor orders without limit', { path: ['overageCost'], expected: '> 0', received: '0' });
    }
    const mean = demand.mean;
    const upTo = Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
    const pmfs = poissonPmfs(mean, upTo);
    let cumulative = 0;
    let partialMean = 0; // sum over k <= Q of k p_k
    quantity = upTo;
    for (let k = 0; k <= upTo; k++) {
      const p = pmfs[k] ?? 0;
      cumulative += p;
      partialMean += k * p;
      if (cumulative >= ratio - 1e-12) {
        quantity = k;
        break;
      }
    }
    inStock = Math.min(1, cumulative);
    lost = Math.max(0, mean - partialMean - quantity * (1 - inStock));
  }
  const sales = (demand.distribution === 'normal' && demand.sd === 0 ? Math.min(demand.mean, quantity) : demand.mean - lost);
  const leftover = quantity - sales;
  const mismatch = cu * lost + co * leftover;
  return {
    quantity,
    criticalRatio: ratio,
    underageCost: cu,
    overageCost: co,
    ...(z === undefined ? {} : { z }),
    inStockProbability: inStock,
    expectedSales: sales,
    expectedLostSales: lost,
    expectedLeftover: leftover,
    expectedMismatchCost: mismatch,
    ...(parsed.price !== undefined && parsed.unitCost !== undefined
      ? { expectedProfit: parsed.price * sales + parsed.salvageValue * leftover - parsed.unitCost * quantity }
      : {}),
  };
}

