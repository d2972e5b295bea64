import { z } from 'zod';
import { IsoDateSchema, MoneySchema, parseInput, roundMoney, RoundingModeSchema, type Money, type RoundingMode } from '../core/index.js';
import { Dec } from '../core/internal/decimal.js';
import { prorationShare } from './internal/prorate-share.js';
import { ProrationMethodSchema, type ProrationMethod } from './schemas.js';

/**
 * Options for {@link prorateBudget}.
 *
 * @category Proration
 */
export interface ProrateOptions {
  /** `linear` (by elapsed days, both ends counted; the default), `whole` or `ended`. */
  readonly method?: ProrationMethod;
  /** Rounding of the prorated amount to minor units; `half-even` by default. */
  readonly rounding?: RoundingMode;
}

const ProrateInputSchema = z.object({
  amount: MoneySchema,
  period: z.object({ start: IsoDateSchema, end: IsoDateSchema }).refine((p) => p.start <= p.end, {
    message: 'A period must not end before it starts',
    path: ['end'],
  }),
  asOf: IsoDateSchema,
  options: z.object({ method: ProrationMethodSchema.optional(), rounding: RoundingModeSchema.optional() }).strict().default({}),
});

/**
 * The share of a period's budget that is due by a date. `linear` counts elapsed days including
 * both the first day and `asOf` (3,000 for April on April 10: 3,000 x 10 / 30 = 1,000); `whole`
 * counts the full amount once the period has started; `ended` only once it has ended. Before the
 * period nothing is due; after it, all of it.
 *
 * @param amount - the period's budget
 * @param period - the period's first and last day (both included)
 * @param asOf - the date to prorate to (included)
 * @param options - the method and the rounding
 * @returns the prorated budget, rounded to minor units
 * @example
 * ```ts
 * prorateBudget(money('3000', 'USD'), { start: '2026-04-01', end: '2026-04-30' }, '2026-04-10'); // 1000
 * ```
 * @category Proration
 */
export function prorateBudget(
  amount: Money,
  period: { readonly start: string; readonly end: string },
  asOf: string,
  options: ProrateOptions = {},
): Money {
  const input = parseInput(ProrateInputSchema, { amount, period, asOf, options }, { label: 'proration' });
  const method = input.options.method ?? 'linear';
  const rounding = { rounding: input.options.rounding ?? 'half-even' };
  const [elapsed, length] = prorationShare(input.period.start, input.period.end, input.asOf, method);
  const exact = new Dec(input.amount.amount).mul(elapsed).div(length);
  return roundMoney({ amount: exact.toFixed(), currency: input.amount.currency }, rounding);
}
