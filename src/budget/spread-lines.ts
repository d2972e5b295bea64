import { z } from 'zod';
import { MoneySchema, parseInput, type Money } from '../core/index.js';
import { FiscalPeriodSchema, type BudgetLine, type FiscalPeriod } from './schemas.js';
import { spreadAmount, type SpreadOptions } from './spread.js';

/**
 * Input of {@link spreadLines}: an annual amount for one account (and cost centre) and the periods to spread it over.
 *
 * @category Spreading
 */
export interface SpreadLinesInput {
  /** The account id. */
  readonly account: string;
  /** The cost centre id, if any. */
  readonly costCentre?: string;
  /** The amount to spread (an annual budget). */
  readonly total: Money;
  /** The fiscal periods, usually `fiscalPeriods(budget.fiscalYearStart)`. */
  readonly periods: readonly FiscalPeriod[];
  /** How to spread: `equal` (default), `days` or `custom` weights. */
  readonly spread?: SpreadOptions;
  /** A note for every line. */
  readonly note?: string;
}

const SpreadLinesSchema = z
  .object({
    account: z.string().min(1),
    costCentre: z.string().min(1).optional(),
    total: MoneySchema,
    periods: z.array(FiscalPeriodSchema).min(1),
    spread: z.object({ method: z.enum(['equal', 'days', 'custom']).optional(), weights: z.array(z.union([z.number(), z.string()])).optional() }).strict().optional(),
    note: z.string().optional(),
  })
  .strict();

/**
 * Turns an annual amount into one budget line per period with {@link spreadAmount}, so the lines
 * sum exactly to the annual amount.
 *
 * @param input - account, cost centre, total, periods and how to spread
 * @returns the budget lines, one per period
 * @throws PracticeOpsError `INVALID_INPUT` as {@link spreadAmount}
 * @example
 * ```ts
 * const lines = spreadLines({ account: 'information-technology', total: money('30000', 'USD'), periods: fiscalPeriods('2025-07-01') });
 * lines[0]; // { account: 'information-technology', period: '2025-07', amount: '2500' }
 * ```
 * @category Spreading
 */
export function spreadLines(input: SpreadLinesInput): readonly BudgetLine[] {
  const parsed = parseInput(SpreadLinesSchema, input, { label: 'spread lines' });
  const options: SpreadOptions = {
    ...(parsed.spread?.method === undefined ? {} : { method: parsed.spread.method }),
    ...(parsed.spread?.weights === undefined ? {} : { weights: parsed.spread.weights }),
  };
  return spreadAmount(parsed.total, parsed.periods, options).map((part) => ({
    account: parsed.account,
    ...(parsed.costCentre === undefined ? {} : { costCentre: parsed.costCentre }),
    period: part.periodId,
    amount: part.amount.amount,
    ...(parsed.note === undefined ? {} : { note: parsed.note }),
  }));
}
