import { z } from 'zod';
import { allocate, daysBetween, ERROR_CODES, MoneySchema, parseInput, practiceOpsError, type Money } from '../core/index.js';
import { FiscalPeriodSchema } from './schemas.js';

/**
 * How {@link spreadAmount} divides a total: `equal` parts, by the number of `days` in each period,
 * or by `custom` weights (percentages or any non-negative ratios).
 *
 * @category Spreading
 */
export type SpreadMethod = 'equal' | 'days' | 'custom';

/**
 * Options for {@link spreadAmount}.
 *
 * @category Spreading
 */
export interface SpreadOptions {
  /** The method; `equal` by default, `custom` when `weights` are given. */
  readonly method?: SpreadMethod;
  /** One weight per period for `custom` (for example `8` for January to October and `10` for November and December). */
  readonly weights?: readonly (number | string)[];
}

/**
 * One part of a spread total.
 *
 * @category Spreading
 */
export interface SpreadPart {
  /** The period's id (`'1'`, `'2'`... when only a count of periods was given). */
  readonly periodId: string;
  /** The part, a whole number of minor units. */
  readonly amount: Money;
}

const WeightSchema = z.union([z.number().finite().min(0), z.string().regex(/^\d+(\.\d+)?$/, 'Expected a non-negative decimal string')]);
const SpreadInputSchema = z.object({
  total: MoneySchema,
  periods: z.union([z.int().min(1).max(10_000), z.array(FiscalPeriodSchema).min(1)]),
  options: z
    .object({ method: z.enum(['equal', 'days', 'custom']).optional(), weights: z.array(WeightSchema).optional() })
    .strict()
    .default({}),
});

/**
 * Spreads a total (an annual budget, say) over periods with the largest-remainder method in minor
 * units, so the parts always sum exactly to the total. The earlier periods take the extra cents.
 *
 * @param total - the amount to spread, a whole number of minor units
 * @param periods - the fiscal periods (see `fiscalPeriods`) or just a count of periods (not for `days`)
 * @param options - the method (`equal`, `days` or `custom`) and custom weights
 * @returns one part per period, in order
 * @throws PracticeOpsError `INVALID_INPUT` for a total with sub-minor digits, all-zero weights, or a weight count that differs from the periods
 * @example
 * ```ts
 * spreadAmount(money('100000.00', 'USD'), 12).map((p) => p.amount.amount);
 * // ['8333.34', '8333.34', '8333.34', '8333.34', '8333.33', ... '8333.33']
 * ```
 * @category Spreading
 */
export function spreadAmount(
  total: Money,
  periods: number | readonly { readonly id: string; readonly start: string; readonly end: string }[],
  options: SpreadOptions = {},
): readonly SpreadPart[] {
  const input = parseInput(SpreadInputSchema, { total, periods, options }, { label: 'spread' });
  const count = typeof input.periods === 'number' ? input.periods : input.periods.length;
  const ids = typeof input.periods === 'number' ? Array.from({ length: count }, (_, i) => String(i + 1)) : input.periods.map((p) => p.id);
  const method = input.options.method ?? (input.options.weights === undefined ? 'equal' : 'custom');
  let ratios: (number | string)[];
  if (method === 'equal') {
    ratios = Array.from({ length: count }, () => 1);
  } else if (method === 'days') {
    if (typeof input.periods === 'number') {
      throw practiceOpsError(ERROR_CODES.invalidInput, 'Spreading by days needs periods with dates, not a count', {
        path: ['periods'],
        expected: 'an array of fiscal periods',
        received: String(input.periods),
      });
    }
    ratios = input.periods.map((p) => daysBetween(p.start, p.end) + 1);
  } else {
    const weights = input.options.weights;
    if (weights === undefined || weights.length !== count) {
      throw practiceOpsError(ERROR_CODES.invalidInput, `Custom spreading needs one weight per period (${count})`, {
        path: ['options', 'weights'],
        expected: `${count} weights`,
        received: weights === undefined ? 'undefined' : `${weights.length} weights`,
      });
    }
    ratios = [...weights];
  }
  const parts = allocate(input.total, ratios);
  return parts.map((amount, index) => ({ periodId: ids[index] ?? String(index + 1), amount }));
}
