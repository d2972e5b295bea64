import { z } from 'zod';
import { addMoney, MoneySchema, multiplyMoney, parseInput, subtractMoney, type Money } from '../core/index.js';
import { statusOf } from './internal/amounts.js';
import { AccountKindSchema, type AccountKind, type VarianceStatus } from './schemas.js';

/**
 * A signed variance and whether it is good news.
 *
 * @category Flexible budget
 */
export interface SignedVariance {
  /** The amount (later minus earlier: flexible - static, actual - flexible, actual - static). */
  readonly amount: Money;
  /** Favourable, unfavourable or none, for the line's kind. */
  readonly status: VarianceStatus;
}

/**
 * Input of {@link flexibleVariances}: the three budgets of a flexible-budget analysis.
 *
 * @category Flexible budget
 */
export interface FlexibleVariancesInput {
  /** The static (original) budget, at the planned volume. */
  readonly staticBudget: Money;
  /** The flexible budget: the plan re-computed at the actual volume. */
  readonly flexibleBudget: Money;
  /** The actual result. */
  readonly actual: Money;
  /** `cost` (default) or `revenue`. */
  readonly kind?: AccountKind;
}

/**
 * The variances of a flexible-budget analysis.
 *
 * @category Flexible budget
 */
export interface FlexibleVariancesResult {
  /** actual - static: the whole difference. */
  readonly totalVariance: SignedVariance;
  /** flexible - static: the part explained by volume alone. */
  readonly volumeVariance: SignedVariance;
  /**
   * actual - flexible: the part explained by prices and management (called the spending or
   * management variance on the cost side and the price variance on the revenue side).
   */
  readonly spendingVariance: SignedVariance;
}

const FlexibleVariancesSchema = z
  .object({ staticBudget: MoneySchema, flexibleBudget: MoneySchema, actual: MoneySchema, kind: AccountKindSchema.default('cost') })
  .strict();

function signed(kind: AccountKind, later: Money, earlier: Money): SignedVariance {
  return { amount: subtractMoney(later, earlier), status: statusOf(kind, later, earlier) };
}

/**
 * Splits the difference between a static budget and the actual result into a volume variance
 * (flexible - static) and a spending variance (actual - flexible).
 *
 * @param input - static budget, flexible budget, actual and kind
 * @returns the total, volume and spending variances with their status
 * @example
 * ```ts
 * flexibleVariances({ staticBudget: money('4100000', 'USD'), flexibleBudget: money('4100000', 'USD'), actual: money('4200000', 'USD') })
 *   .spendingVariance.amount.amount; // '100000' (unfavourable)
 * ```
 * @category Flexible budget
 */
export function flexibleVariances(input: FlexibleVariancesInput): FlexibleVariancesResult {
  const { staticBudget, flexibleBudget, actual, kind } = parseInput(FlexibleVariancesSchema, input, { label: 'flexible variances' });
  return {
    totalVariance: signed(kind, actual, staticBudget),
    volumeVariance: signed(kind, flexibleBudget, staticBudget),
    spendingVariance: signed(kind, actual, flexibleBudget),
  };
}

/**
 * Input of {@link flexibleBudget}: a cost (or revenue) that is fixed plus a rate per unit of volume.
 *
 * @category Flexible budget
 */
export interface FlexibleBudgetInput {
  /** The fixed part. */
  readonly fixed: Money;
  /** The budgeted amount per unit of volume (per patient, per visit). */
  readonly variableRate: Money;
  /** The planned volume (a decimal string or a non-negative number). */
  readonly plannedVolume: string | number;
  /** The actual volume. */
  readonly actualVolume: string | number;
  /** The actual total, if known: gives the spending variance. */
  readonly actual?: Money;
  /** The actual amount per unit, if known: splits off the price (rate) variance. */
  readonly actualRate?: Money;
  /** `cost` (default) or `revenue`. */
  readonly kind?: AccountKind;
}

/**
 * A flexible budget and, when actuals are given, its variances.
 *
 * @category Flexible budget
 */
export interface FlexibleBudgetResult {
  /** fixed + rate x planned volume. */
  readonly staticBudget: Money;
  /** fixed + rate x actual volume. */
  readonly flexibleBudget: Money;
  /** flexible - static. */
  readonly volumeVariance: SignedVariance;
  /** actual - flexible, when an actual total is given. */
  readonly spendingVariance?: SignedVariance;
  /** actual - static, when an actual total is given. */
  readonly totalVariance?: SignedVariance;
  /** (actual rate - budgeted rate) x actual volume, when an actual rate is given. */
  readonly priceVariance?: SignedVariance;
}

const VolumeInputSchema = z.union([z.string().trim().regex(/^\d+(\.\d+)?$/, 'Expected a non-negative decimal string'), z.number().finite().min(0).transform(String)]);
const FlexibleBudgetSchema = z
  .object({
    fixed: MoneySchema,
    variableRate: MoneySchema,
    plannedVolume: VolumeInputSchema,
    actualVolume: VolumeInputSchema,
    actual: MoneySchema.optional(),
    actualRate: MoneySchema.optional(),
    kind: AccountKindSchema.default('cost'),
  })
  .strict();

/**
 * A flexible budget: the static budget (fixed + rate x planned volume), the budget flexed to the
 * actual volume, the volume variance and, given actuals, the spending and price variances.
 * With $54 per patient and $6,000 fixed, 300 planned patients give $22,200 and 380 actual give $26,520.
 *
 * @param input - fixed part, rate, planned and actual volume, and optionally the actual total and rate
 * @returns the budgets and variances, rounded to minor units (half-even)
 * @throws PracticeOpsError `INVALID_INPUT` for bad input, `CURRENCY_MISMATCH` for mixed currencies
 * @example
 * ```ts
 * const f = flexibleBudget({ fixed: money('6000', 'USD'), variableRate: money('54', 'USD'), plannedVolume: 300, actualVolume: 380 });
 * f.staticBudget.amount; // '22200'
 * f.flexibleBudget.amount; // '26520'
 * ```
 * @category Flexible budget
 */
export function flexibleBudget(input: FlexibleBudgetInput): FlexibleBudgetResult {
  const parsed = parseInput(FlexibleBudgetSchema, input, { label: 'flexible budget' });
  const { fixed, variableRate, kind } = parsed;
  const staticBudget = addMoney(fixed, multiplyMoney(variableRate, parsed.plannedVolume));
  const flexible = addMoney(fixed, multiplyMoney(variableRate, parsed.actualVolume));
  const result: FlexibleBudgetResult = {
    staticBudget,
    flexibleBudget: flexible,
    volumeVariance: signed(kind, flexible, staticBudget),
  };
  const withActual =
    parsed.actual === undefined
      ? result
      : { ...result, spendingVariance: signed(kind, parsed.actual, flexible), totalVariance: signed(kind, parsed.actual, staticBudget) };
  if (parsed.actualRate === undefined) return withActual;
  const atActualRate = multiplyMoney(parsed.actualRate, parsed.actualVolume);
  const atBudgetRate = multiplyMoney(variableRate, parsed.actualVolume);
  return { ...withActual, priceVariance: signed(kind, atActualRate, atBudgetRate) };
}
