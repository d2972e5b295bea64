import { z } from 'zod';
import { MoneySchema, parseInput, subtractMoney, type Money } from '../core/index.js';
import { percentOf, statusOf } from './internal/amounts.js';
import { Dec } from '../core/internal/decimal.js';
import { AccountKindSchema, type AccountKind, type VarianceStatus } from './schemas.js';

/**
 * Input of {@link budgetVariance}.
 *
 * @category Variance
 */
export interface BudgetVarianceInput {
  /** The budget for the whole period. */
  readonly budget: Money;
  /** The actual amount. */
  readonly actual: Money;
  /** `cost` (default) or `revenue`: which direction is favourable. */
  readonly kind?: AccountKind;
  /** The budget prorated to date, when the period is not over. */
  readonly prorated?: Money;
}

/**
 * A variance: how far actual is from budget, in money and percent, and whether that is good news.
 *
 * @category Variance
 */
export interface BudgetVarianceResult {
  /** Cost or revenue. */
  readonly kind: AccountKind;
  /** The budget. */
  readonly budget: Money;
  /** The actual amount. */
  readonly actual: Money;
  /** actual - budget. */
  readonly variance: Money;
  /** actual / budget x 100 (hledger's "% of budget"), 4 decimals; null when the budget is zero. */
  readonly percentOfBudget: string | null;
  /** variance / |budget| x 100, 4 decimals; null when the budget is zero. */
  readonly variancePercent: string | null;
  /** Against the whole budget: favourable, unfavourable or on budget. */
  readonly status: VarianceStatus;
  /** The prorated budget, when given. */
  readonly prorated?: Money;
  /** actual - prorated, when a prorated budget is given. */
  readonly varianceToProrated?: Money;
  /** actual / prorated x 100, 4 decimals (null for a zero prorated budget), when given. */
  readonly percentOfProrated?: string | null;
  /** Against the prorated budget, when given: the status to date. */
  readonly statusToDate?: VarianceStatus;
}

const VarianceInputSchema = z
  .object({ budget: MoneySchema, actual: MoneySchema, kind: AccountKindSchema.default('cost'), prorated: MoneySchema.optional() })
  .strict();

/**
 * The variance of an actual amount against its budget: absolute, as a percentage of the budget, and
 * against the budget prorated to date; favourable when a cost is under budget or a revenue over it.
 *
 * @param input - budget, actual, kind and optionally the prorated budget (all in one currency)
 * @returns the variance
 * @throws PracticeOpsError `INVALID_INPUT` for bad amounts, `CURRENCY_MISMATCH` for mixed currencies
 * @example
 * ```ts
 * const v = budgetVariance({ budget: money('400', 'USD'), actual: money('412', 'USD') });
 * v.variance.amount; // '12'
 * v.status; // 'unfavourable'
 * ```
 * @category Variance
 */
export function budgetVariance(input: BudgetVarianceInput): BudgetVarianceResult {
  const parsed = parseInput(VarianceInputSchema, input, { label: 'variance input' });
  const { budget, actual, kind } = parsed;
  const variance = subtractMoney(actual, budget);
  const base: BudgetVarianceResult = {
    kind,
    budget,
    actual,
    variance,
    percentOfBudget: percentOf(actual, budget),
    variancePercent: new Dec(budget.amount).isZero()
      ? null
      : new Dec(variance.amount).div(new Dec(budget.amount).abs()).mul(100).toDecimalPlaces(4).toFixed(),
    status: statusOf(kind, actual, budget),
  };
  if (parsed.prorated === undefined) return base;
  const prorated = parsed.prorated;
  return {
    ...base,
    prorated,
    varianceToProrated: subtractMoney(actual, prorated),
    percentOfProrated: percentOf(actual, prorated),
    statusToDate: statusOf(kind, actual, prorated),
  };
}
