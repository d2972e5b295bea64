import { z } from 'zod';
import { ERROR_CODES, MoneySchema, parseInput, practiceOpsError, type Money } from '../core/index.js';
import { minorUnits } from '../core/currency.js';
import { Dec } from '../core/internal/decimal.js';

const DECIMALS = 4;
const NumberLike = z.union([z.string().trim().regex(/^\d+(\.\d+)?$/, 'Expected a non-negative decimal string'), z.number().finite().min(0).transform(String)]);

function ratio(numerator: Dec, denominator: Dec, path: string, scale = 1): string {
  if (denominator.isZero()) {
    throw practiceOpsError(ERROR_CODES.outOfDomain, `The ${path} must not be zero`, { path: [path], expected: 'a non-zero amount', received: '0' });
  }
  return numerator.mul(scale).div(denominator).toDecimalPlaces(DECIMALS, Dec.ROUND_HALF_EVEN).toFixed();
}

function sameCurrency(values: readonly Money[], names: readonly string[]): void {
  const first = values[0];
  values.forEach((value, index) => {
    if (first !== undefined && value.currency !== first.currency) {
      throw practiceOpsError(ERROR_CODES.currencyMismatch, `${names[index] ?? 'an amount'} is in ${value.currency}, not ${first.currency}`, {
        path: [names[index] ?? index],
        expected: first.currency,
        received: value.currency,
      });
    }
  });
}

/**
 * Options for {@link fteFromHours}.
 *
 * @category KPIs
 */
export interface FteOptions {
  /** The practice's standard full-time week in hours; 40 by default. */
  readonly standardWeekHours?: number | string;
}

/**
 * A full-time equivalent by the MGMA rule: hours worked in a normal week over the practice's
 * standard week, capped at 1.0 (nobody counts as more than one FTE, however long they work).
 *
 * @param weeklyHours - the hours a person works in a normal week
 * @param options - the standard week (40 hours by default)
 * @returns the FTE as a decimal string, 0 to 1, 4 decimals
 * @throws PracticeOpsError `INVALID_INPUT` for negative hours or a standard week that is not positive
 * @example
 * ```ts
 * fteFromHours(20); // '0.5'
 * fteFromHours(55); // '1' (capped)
 * ```
 * @category KPIs
 */
export function fteFromHours(weeklyHours: number | string, options: FteOptions = {}): string {
  const input = parseInput(
    z.object({ hours: NumberLike, week: NumberLike.refine((v) => new Dec(v).gt(0), 'The standard week must be positive') }),
    { hours: weeklyHours, week: options.standardWeekHours ?? 40 },
    { label: 'FTE input' },
  );
  const fte = new Dec(input.hours).div(new Dec(input.week));
  return Dec.min(fte, 1).toDecimalPlaces(DECIMALS, Dec.ROUND_HALF_EVEN).toFixed();
}

/**
 * The total physician FTE of a practice: the sum of each physician's capped FTE (MGMA rule).
 *
 * @param weeklyHours - each physician's hours in a normal week
 * @param options - the standard week (40 hours by default)
 * @returns the total FTE, 4 decimals
 * @example
 * ```ts
 * totalFte([40, 50, 20]); // '2.5'
 * ```
 * @category KPIs
 */
export function totalFte(weeklyHours: readonly (number | string)[], options: FteOptions = {}): string {
  return weeklyHours.reduce<Dec>((sum, hours) => sum.add(new Dec(fteFromHours(hours, options))), new Dec(0)).toFixed();
}

/**
 * The overhead ratio: total operating cost (overhead, excluding provider pay) over total medical
 * revenue, as a percentage (MGMA "total operating cost as a percent of total medical revenue").
 *
 * @param operatingCost - total operating cost
 * @param revenue - total medical revenue (net collections)
 * @returns a percentage, 4 decimals
 * @throws PracticeOpsError `OUT_OF_DOMAIN` for zero revenue, `CURRENCY_MISMATCH` for mixed currencies
 * @example
 * ```ts
 * overheadRatio(money('600000', 'USD'), money('1000000', 'USD')); // '60'
 * ```
 * @category KPIs
 */
export function overheadRatio(operatingCost: Money, revenue: Money): string {
  const input = parseInput(z.object({ operatingCost: MoneySchema, revenue: MoneySchema }), { operatingCost, revenue }, { label: 'overhead ratio' });
  sameCurrency([input.operatingCost, input.revenue], ['operatingCost', 'revenue']);
  return ratio(new Dec(input.operatingCost.amount), new Dec(input.revenue.amount), 'revenue', 100);
}

/**
 * Operating cost per FTE physician (MGMA): total operating cost over total physician FTE.
 *
 * @param operatingCost - total operating cost
 * @param physicianFte - total physician FTE (see {@link totalFte})
 * @returns the cost per FTE physician, rounded to minor units (half-even)
 * @throws PracticeOpsError `OUT_OF_DOMAIN` for zero FTE
 * @example
 * ```ts
 * operatingCostPerFtePhysician(money('1500000', 'USD'), '2.5'); // { amount: '600000', currency: 'USD' }
 * ```
 * @category KPIs
 */
export function operatingCostPerFtePhysician(operatingCost: Money, physicianFte: number | string): Money {
  const input = parseInput(z.object({ operatingCost: MoneySchema, fte: NumberLike }), { operatingCost, fte: physicianFte }, { label: 'cost per FTE' });
  const fte = new Dec(input.fte);
  if (fte.isZero()) {
    throw practiceOpsError(ERROR_CODES.outOfDomain, 'Physician FTE must not be zero', { path: ['physicianFte'], expected: '> 0', received: input.fte });
  }
  const digits = minorUnits(input.operatingCost.currency);
  return {
    amount: new Dec(input.operatingCost.amount).div(fte).toDecimalPlaces(digits, Dec.ROUND_HALF_EVEN).toFixed(),
    currency: input.operatingCost.currency,
  };
}

/**
 * Staff cost as a percentage of revenue: support-staff salaries and benefits over total medical revenue.
 *
 * @param staffCost - support-staff cost (salaries and benefits)
 * @param revenue - total medical revenue
 * @returns a percentage, 4 decimals
 * @throws PracticeOpsError `OUT_OF_DOMAIN` for zero revenue, `CURRENCY_MISMATCH` for mixed currencies
 * @example
 * ```ts
 * staffCostPercentOfRevenue(money('250000', 'USD'), money('1000000', 'USD')); // '25'
 * ```
 * @category KPIs
 */
export function staffCostPercentOfRevenue(staffCost: Money, revenue: Money): string {
  const input = parseInput(z.object({ staffCost: MoneySchema, revenue: MoneySchema }), { staffCost, revenue }, { label: 'staff cost ratio' });
  sameCurrency([input.staffCost, input.revenue], ['staffCost', 'revenue']);
  return ratio(new Dec(input.staffCost.amount), new Dec(input.revenue.amount), 'revenue', 100);
}

/**
 * Input of {@link netCollectionRate}.
 *
 * @category KPIs
 */
export interface NetCollectionInput {
  /** Payments received. */
  readonly payments: Money;
  /** Gross charges. */
  readonly charges: Money;
  /** Contractual adjustments (amounts the practice agreed not to collect). */
  readonly contractualAdjustments: Money;
  /** Refunds paid back, netted from payments; zero by default. */
  readonly refunds?: Money;
}

/**
 * The net (adjusted) collection rate, MGMA's formula: (payments - refunds) over (gross charges -
 * contractual adjustments), as a percentage.
 *
 * @param input - payments, charges, contractual adjustments and optional refunds
 * @returns a percentage, 4 decimals
 * @throws PracticeOpsError `OUT_OF_DOMAIN` when charges equal adjustments, `CURRENCY_MISMATCH` for mixed currencies
 * @example
 * ```ts
 * netCollectionRate({ payments: money('57000', 'USD'), charges: money('100000', 'USD'), contractualAdjustments: money('40000', 'USD') }); // '95'
 * ```
 * @category KPIs
 */
export function netCollectionRate(input: NetCollectionInput): string {
  const parsed = parseInput(
    z.object({ payments: MoneySchema, charges: MoneySchema, contractualAdjustments: MoneySchema, refunds: MoneySchema.optional() }).strict(),
    input,
    { label: 'net collection input' },
  );
  const values = [parsed.payments, parsed.charges, parsed.contractualAdjustments, ...(parsed.refunds === undefined ? [] : [parsed.refunds])];
  sameCurrency(values, ['payments', 'charges', 'contractualAdjustments', 'refunds']);
  const collected = new Dec(parsed.payments.amount).sub(new Dec(parsed.refunds?.amount ?? '0'));
  const collectible = new Dec(parsed.charges.amount).sub(new Dec(parsed.contractualAdjustments.amount));
  return ratio(collected, collectible, 'charges net of adjustments', 100);
}

/**
 * Input of {@link daysInAccountsReceivable}.
 *
 * @category KPIs
 */
export interface DaysInArInput {
  /** Total accounts receivable at the end of the period. */
  readonly receivables: Money;
  /** Gross charges over the look-back period. */
  readonly charges: Money;
  /** Days in the look-back period (90 for three months, for example). */
  readonly days: number;
}

/**
 * Days in accounts receivable: total receivables over average daily gross charges (charges over
 * the look-back period divided by its days).
 *
 * @param input - receivables, charges and the look-back days
 * @returns days, 4 decimals
 * @throws PracticeOpsError `OUT_OF_DOMAIN` for zero charges, `INVALID_INPUT` for days that are not a positive integer
 * @example
 * ```ts
 * daysInAccountsReceivable({ receivables: money('150000', 'USD'), charges: money('450000', 'USD'), days: 90 }); // '30'
 * ```
 * @category KPIs
 */
export function daysInAccountsReceivable(input: DaysInArInput): string {
  const parsed = parseInput(
    z.object({ receivables: MoneySchema, charges: MoneySchema, days: z.int().min(1) }).strict(),
    input,
    { label: 'days in A/R input' },
  );
  sameCurrency([parsed.receivables, parsed.charges], ['receivables', 'charges']);
  return ratio(new Dec(parsed.receivables.amount).mul(parsed.days), new Dec(parsed.charges.amount), 'charges');
}
