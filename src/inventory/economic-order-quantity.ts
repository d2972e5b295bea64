import { z } from 'zod';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';

/**
 * One quantity discount: from `minQuantity` units on, the unit price is `unitPrice`.
 *
 * @example
 * ```ts
 * QuantityBreakSchema.parse({ minQuantity: 1000, unitPrice: 4.8 });
 * ```
 * @category Formulas
 */
export const QuantityBreakSchema = z
  .object({
    /** The first quantity (in the units the demand is counted in) at which the price applies. */
    minQuantity: z.number().min(0).finite(),
    /** The unit price from that quantity on. */
    unitPrice: z.number().min(0).finite(),
  })
  .readonly();

/**
 * A quantity discount tier.
 *
 * @example
 * ```ts
 * const tier: QuantityBreak = { minQuantity: 1000, unitPrice: 4.8 };
 * ```
 * @category Formulas
 */
export type QuantityBreak = z.infer<typeof QuantityBreakSchema>;

/**
 * Input of {@link economicOrderQuantity}. Give `holdingCost` (per unit per year) or
 * `holdingRate` (a fraction of the unit price per year, which price breaks need when the
 * holding cost follows the price).
 *
 * @example
 * ```ts
 * EconomicOrderQuantityInputSchema.parse({ annualDemand: 1300, orderCost: 8, holdingCost: 0.225 });
 * ```
 * @category Formulas
 */
export const EconomicOrderQuantityInputSchema = z
  .object({
    /** Demand per year, in units. */
    annualDemand: z.number().positive().finite(),
    /** Fixed cost of placing one order. */
    orderCost: z.number().min(0).finite(),
    /** Cost of holding one unit for a year. */
    holdingCost: z.number().positive().finite().optional(),
    /** Holding cost as a fraction of the unit price per year (0.25 = 25 %). */
    holdingRate: z.number().positive().finite().optional(),
    /** Unit price without discounts; with `priceBreaks`, the price below the first break. */
    unitPrice: z.number().min(0).finite().optional(),
    /** Cost of one unit back-ordered for a year (planned shortages); omit for none. */
    backorderCost: z.number().positive().finite().optional(),
    /** Quantity discounts. */
    priceBreaks: z.array(QuantityBreakSchema).optional(),
    /** `all-units`: the price of the tier reached applies to every unit; `incremental`: only to the units inside each tier. */
    discount: z.literal(['all-units', 'incremental']).default('all-units'),
  })
  .readonly();

/**
 * Input of {@link economicOrderQuantity} (before defaults).
 *
 * @example
 * ```ts
 * const input: EconomicOrderQuantityInput = { annualDemand: 5000, orderCost: 49, holdingRate: 0.2, priceBreaks: [{ minQuantity: 0, unitPrice: 5 }, { minQuantity: 1000, unitPrice: 4.8 }] };
 * ```
 * @category Formulas
 */
export type EconomicOrderQuantityInput = z.input<typeof EconomicOrderQuantityInputSchema>;

/**
 * The economic order quantity and what it costs per year.
 *
 * @example
 * ```ts
 * const { quantity, annualCost }: EconomicOrderQuantityResult = economicOrderQuantity({ annualDemand: 1300, orderCost: 8, holdingCost: 0.225 });
 * ```
 * @category Formulas
 */
export interface EconomicOrderQuantityResult {
  /** The order quantity (not rounded: round to packs with the vendor's pack size). */
  readonly quantity: number;
  /** Ordering plus holding (plus backorder) cost per year, without the purchase price. */
  readonly annualCost: number;
  /** `annualCost` plus the purchase cost, when a price is known; otherwise equal to `annualCost`. */
  readonly totalAnnualCost: number;
  /** Orders per year. */
  readonly ordersPerYear: number;
  /** Time between orders, in years. */
  readonly cycleYears: number;
  /** The average unit price paid at this quantity, when a price is known. */
  readonly unitPrice?: number;
  /** With backorders: the largest shortage just before an order arrives. */
  readonly maxBackorder?: number;
  /** With backorders: the highest stock level, just after an order arrives. */
  readonly maxInventory?: number;
}

interface Tier {
  readonly min: number;
  readonly max: number;
  readonly price: number;
  /** Cost of buying exactly `min` units (incremental discounts). */
  readonly base: number;
}

function tiersOf(input: z.output<typeof EconomicOrderQuantityInputSchema>): Tier[] {
  const breaks = [...(input.priceBreaks ?? [])].sort((a, b) => a.minQuantity - b.minQuantity);
  if (input.unitPrice !== undefined && (breaks.length === 0 || (breaks[0]?.minQuantity ?? 0) > 0)) {
    breaks.unshift({ minQuantity: 0, unitPrice: input.unitPrice });
  }
  const tiers: Tier[] = [];
  let base = 0;
  for (let i = 0; i < breaks.length; i++) {
    const current = breaks[i] as QuantityBreak;
    const next = breaks[i + 1];
    if (next !== undefined && next.minQuantity === current.minQuantity) {
      throw practiceOpsError(ERROR_CODES.conflict, 'Two price breaks start at the same quantity', {
        path: ['priceBreaks', i + 1, 'minQuantity'],
        expected: 'distinct minimum quantities',
        received: String(next.minQuantity),
      });
    }
    const max = next?.minQuantity ?? Infinity;
    tiers.push({ min: current.minQuantity, max, price: current.unitPrice, base });
    if (next !== undefined) base += current.unitPrice * (next.minQuantity - current.minQuantity);
  }
  return tiers;
}

/**
 * The economic order quantity (Harris-Wilson), optionally with planned backorders and with
 * all-units or incremental quantity discounts. Without discounts: Q = sqrt(2 D S / H) and the
 * annual ordering plus holding cost is sqrt(2 D S H). With backorders at cost B per unit-year:
 * Q = sqrt(2 D S / H) x sqrt((H + B) / B). With discounts every tier's best feasible quantity is
 * priced in full (purchase cost included) and the cheapest wins.
 *
 * @param input - annual demand, order cost, holding cost or rate, and optional backorder cost and price breaks
 * @returns the quantity, annual costs, orders per year and cycle length
 * @throws PracticeOpsError `INVALID_INPUT` for bad numbers or when neither holding cost nor rate is given
 * @example
 * ```ts
 * economicOrderQuantity({ annualDemand: 1300, orderCost: 8, holdingCost: 0.225 });
 * // { quantity: 304.0467800264368, annualCost: 68.41052550594829, ... }
 * ```
 * @category Formulas
 */
export function economicOrderQuantity(input: EconomicOrderQuantityInput): EconomicOrderQuantityResult {
  const parsed = parseInput(EconomicOrderQuantityInputSchema, input, { label: 'EOQ input' });
  const { annualDemand: demand, orderCost: setup } = parsed;
  const holdingAt = (price: number | undefined): number => {
    if (parsed.holdingCost !== undefined) return parsed.holdingCost;
    if (parsed.holdingRate !== undefined && price !== undefined && price > 0) return parsed.holdingRate * price;
    throw practiceOpsError(ERROR_CODES.invalidInput, 'EOQ needs a holding cost, or a holding rate and a positive unit price', {
      path: ['holdingCost'],
      expected: 'holdingCost > 0, or holdingRate with unitPrice or priceBreaks',
      received: 'undefined',
    });
  };

  const tiers = tiersOf(parsed);
  if (tiers.length <= 1 && parsed.priceBreaks === undefined) {
    const price = tiers[0]?.price;
    const holding = holdingAt(price);
    const shortageFactor = parsed.backorderCost === undefined ? 1 : (holding + parsed.backorderCost) / parsed.backorderCost;
    const quantity = Math.sqrt(((2 * demand * setup) / holding) * shortageFactor);
    const annualCost = Math.sqrt((2 * demand * setup * holding) / shortageFactor);
    const extra =
      parsed.backorderCost === undefined
        ? {}
        : {
            maxBackorder: (quantity * holding) / (holding + parsed.backorderCost),
            maxInventory: (quantity * parsed.backorderCost) / (holding + parsed.backorderCost),
          };
    return {
      quantity,
      annualCost,
      totalAnnualCost: annualCost + (price === undefined ? 0 : price * demand),
      ordersPerYear: demand / quantity,
      cycleYears: quantity / demand,
      ...(price === undefined ? {} : { unitPrice: price }),
      ...extra,
    };
  }
  if (parsed.backorderCost !== undefined) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'EOQ with both backorders and price breaks is not supported', {
      path: ['backorderCost'],
      expected: 'undefined when priceBreaks are given',
      received: String(parsed.backorderCost),
    });
  }
  if (tiers.length === 0) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'priceBreaks must not be empty', { path: ['priceBreaks'], expected: 'at least one break', received: 'array(0)' });
  }

  // the cost of buying q units, and the annual total at q
  const purchaseCost = (tier: Tier, q: number): number =>
    parsed.discount === 'all-units' ? tier.price * q : tier.base + tier.price * (q - tier.min);
  const annualAt = (tier: Tier, q: number): { annual: number; total: number; unitPrice: number } => {
    const cost = purchaseCost(tier, q);
    const unitPrice = cost / q;
    const holding = parsed.holdingCost !== undefined ? (parsed.holdingCost * q) / 2 : ((parsed.holdingRate ?? 0) * cost) / 2;
    const ordering = (demand / q) * setup;
    return { annual: ordering + holding, total: ordering + holding + demand * unitPrice, unitPrice };
  };

  let best: { q: number; annual: number; total: number; unitPrice: number } | undefined;
  for (const tier of tiers) {
    const lower = Math.max(tier.min, Number.MIN_VALUE);
    let unconstrained: number;
    if (parsed.discount === 'all-units') {
      unconstrained = Math.sqrt((2 * demand * setup) / holdingAt(tier.price));
    } else {
      const fixed = setup + tier.base - tier.price * tier.min;
      const holding = parsed.holdingCost ?? (parsed.holdingRate ?? 0) * tier.price;
      if (holding <= 0) holdingAt(undefined);
      unconstrained = Math.sqrt((2 * demand * Math.max(fixed, 0)) / holding);
    }
    const candidates: number[] = [];
    if (unconstrained >= lower && unconstrained < tier.max) candidates.push(unconstrained);
    else if (unconstrained < lower) candidates.push(lower);
    else if (parsed.discount === 'incremental' && Number.isFinite(tier.max)) candidates.push(tier.max);
    for (const q of candidates) {
      if (!(q > 0)) continue;
      const priced = annualAt(tier, q);
      if (best === undefined || priced.total < best.total - 1e-12) best = { q, ...priced };
    }
  }
  if (best === undefined) {
    throw practiceOpsError(ERROR_CODES.outOfDomain, 'No price tier gives a feasible order quantity', { path: ['priceBreaks'] });
  }
  return {
    quantity: best.q,
    annualCost: best.annual,
    totalAnnualCost: best.total,
    ordersPerYear: demand / best.q,
    cycleYears: best.q / demand,
    unitPrice: best.unitPrice,
  };
}
