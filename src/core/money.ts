import { z } from 'zod';
import { CurrencyCodeSchema, minorUnits, type CurrencyCode } from './currency.js';
import { ERROR_CODES, practiceOpsError } from './errors.js';
import { Dec } from './internal/decimal.js';
import { parseInput } from './parse.js';
import { decimalRounding, RoundingModeSchema, type RoundingMode } from './rounding.js';

/**
 * A decimal number written as a string (`"1234.50"`, `"-0.08"`): how money travels on the wire,
 * so that no float ever carries it.
 *
 * @example
 * ```ts
 * DecimalStringSchema.parse('1234.50'); // '1234.50'
 * ```
 * @category Money
 */
export const DecimalStringSchema = z
  .string()
  .trim()
  .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'Expected a decimal number written as a string, such as "1234.50"');

/**
 * An amount of money: a decimal string and an ISO 4217 currency code.
 *
 * @example
 * ```ts
 * MoneySchema.parse({ amount: '12.50', currency: 'USD' });
 * ```
 * @category Money
 */
export const MoneySchema = z
  .object({
    /** The amount as a decimal string, such as `"1234.50"`. */
    amount: DecimalStringSchema,
    /** The ISO 4217 currency code, such as `"USD"`. */
    currency: CurrencyCodeSchema,
  })
  .readonly();

/**
 * An amount of money, as it travels on the wire: `{ amount: "12.50", currency: "USD" }`.
 *
 * @category Money
 */
export type Money = z.infer<typeof MoneySchema>;

/**
 * Options for the money functions that round.
 *
 * @category Money
 */
export interface RoundingOptions {
  /** The rounding mode; `half-even` by default. */
  readonly rounding?: RoundingMode;
  /** Digits to keep; the currency's minor units by default. */
  readonly decimals?: number;
}

const RoundingOptionsSchema = z
  .object({ rounding: RoundingModeSchema.optional(), decimals: z.int().min(0).max(20).optional() })
  .strict();

function fromDecimal(value: InstanceType<typeof Dec>, currency: CurrencyCode): Money {
  return { amount: value.toFixed(), currency };
}

function toDecimal(m: Money): InstanceType<typeof Dec> {
  return new Dec(m.amount);
}

function checkSameCurrency(a: Money, b: Money, operation: string): void {
  if (a.currency !== b.currency) {
    throw practiceOpsError(ERROR_CODES.currencyMismatch, `Cannot ${operation} ${a.currency} and ${b.currency}`, {
      path: ['currency'],
      expected: a.currency,
      received: b.currency,
    });
  }
}

/**
 * Creates a money value after checking the amount and the currency.
 *
 * @param amount - a decimal string (or a safe integer) such as `"12.50"`
 * @param currency - an ISO 4217 code
 * @returns the money value with its amount normalised (`"12.5"`)
 * @throws PracticeOpsError `INVALID_INPUT` for an amount that is not a decimal or an unknown currency
 * @example
 * ```ts
 * money('12.50', 'USD'); // { amount: '12.5', currency: 'USD' }
 * ```
 * @category Money
 */
export function money(amount: string | number, currency: string): Money {
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'Money from a number must be a safe integer; pass fractions as strings', {
      path: ['amount'],
      expected: 'a decimal string or a safe integer',
      received: String(amount),
    });
  }
  const parsed = parseInput(MoneySchema, { amount: String(amount), currency }, { label: 'money' });
  return fromDecimal(toDecimal(parsed), parsed.currency);
}

/**
 * Zero in a currency.
 *
 * @param currency - an ISO 4217 code
 * @returns `{ amount: '0', currency }`
 * @example
 * ```ts
 * zeroMoney('EUR'); // { amount: '0', currency: 'EUR' }
 * ```
 * @category Money
 */
export function zeroMoney(currency: string): Money {
  return money('0', currency);
}

/**
 * Money from an integer count of minor units (cents for USD).
 *
 * @param minor - the count of minor units
 * @param currency - an ISO 4217 code
 * @returns the money value
 * @example
 * ```ts
 * moneyFromMinorUnits(1234, 'USD'); // { amount: '12.34', currency: 'USD' }
 * ```
 * @category Money
 */
export function moneyFromMinorUnits(minor: number | bigint, currency: string): Money {
  const digits = minorUnits(currency);
  return fromDecimal(new Dec(minor.toString()).div(new Dec(10).pow(digits)), currency);
}

/**
 * The amount as an integer count of minor units, rounding first if it has more digits.
 *
 * @param value - the money value
 * @param options - the rounding mode for extra digits (`half-even` by default)
 * @returns the count of minor units as a bigint
 * @example
 * ```ts
 * toMinorUnits(money('12.345', 'USD')); // 1234n
 * ```
 * @category Money
 */
export function toMinorUnits(value: Money, options: Pick<RoundingOptions, 'rounding'> = {}): bigint {
  const digits = minorUnits(value.currency);
  const scaled = toDecimal(value)
    .mul(new Dec(10).pow(digits))
    .toDecimalPlaces(0, decimalRounding(options.rounding ?? 'half-even'));
  return BigInt(scaled.toFixed(0));
}

/**
 * Adds two amounts of the same currency, exactly.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns a + b
 * @throws PracticeOpsError `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * ```ts
 * addMoney(money('0.1', 'USD'), money('0.2', 'USD')); // { amount: '0.3', currency: 'USD' }
 * ```
 * @category Money
 */
export function addMoney(a: Money, b: Money): Money {
  checkSameCurrency(a, b, 'add');
  return fromDecimal(toDecimal(a).add(toDecimal(b)), a.currency);
}

/**
 * Subtracts one amount from another of the same currency, exactly.
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract
 * @returns a - b
 * @throws PracticeOpsError `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * ```ts
 * subtractMoney(money('1', 'USD'), money('0.99', 'USD')); // { amount: '0.01', currency: 'USD' }
 * ```
 * @category Money
 */
export function subtractMoney(a: Money, b: Money): Money {
  checkSameCurrency(a, b, 'subtract');
  return fromDecimal(toDecimal(a).sub(toDecimal(b)), a.currency);
}

/**
 * Sums a list of amounts, exactly.
 *
 * @param values - the amounts, all in `currency`
 * @param currency - the currency of the sum (needed for an empty list)
 * @returns the sum
 * @throws PracticeOpsError `CURRENCY_MISMATCH` when an amount is in another currency
 * @example
 * ```ts
 * sumMoney([money('1.10', 'USD'), money('2.20', 'USD')], 'USD'); // { amount: '3.3', currency: 'USD' }
 * ```
 * @category Money
 */
export function sumMoney(values: readonly Money[], currency: string): Money {
  let total = new Dec(0);
  const zero = zeroMoney(currency);
  for (const value of values) {
    checkSameCurrency(zero, value, 'sum');
    total = total.add(toDecimal(value));
  }
  return fromDecimal(total, zero.currency);
}

/**
 * Multiplies an amount by a factor and rounds the result explicitly.
 *
 * @param value - the amount
 * @param factor - a decimal string or number (a rate, a quantity, hours)
 * @param options - rounding mode (`half-even` by default) and digits (the currency's minor units by default)
 * @returns the rounded product
 * @example
 * ```ts
 * multiplyMoney(money('19.99', 'USD'), '1.5'); // { amount: '29.98', currency: 'USD' } (29.985 half-even)
 * multiplyMoney(money('19.99', 'USD'), '1.5', { rounding: 'half-up' }); // 29.99
 * ```
 * @category Money
 */
export function multiplyMoney(value: Money, factor: string | number, options: RoundingOptions = {}): Money {
  const product = toDecimal(value).mul(new Dec(factor));
  return roundMoney(fromDecimal(product, value.currency), options);
}

/**
 * Rounds an amount to the currency's minor units (or to `decimals` digits).
 *
 * @param value - the amount
 * @param options - rounding mode (`half-even` by default) and digits
 * @returns the rounded amount
 * @example
 * ```ts
 * roundMoney(money('2.345', 'USD')); // 2.34 (half-even)
 * roundMoney(money('-2.345', 'USD'), { rounding: 'half-up' }); // -2.35 (ties away from zero)
 * ```
 * @category Money
 */
export function roundMoney(value: Money, options: RoundingOptions = {}): Money {
  const opts = parseInput(RoundingOptionsSchema, options, { label: 'rounding options' });
  const digits = opts.decimals ?? minorUnits(value.currency);
  const rounded = toDecimal(value).toDecimalPlaces(digits, decimalRounding(opts.rounding ?? 'half-even'));
  return fromDecimal(rounded, value.currency);
}

/**
 * Compares two amounts of the same currency.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns -1, 0 or 1
 * @throws PracticeOpsError `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * ```ts
 * compareMoney(money('1', 'USD'), money('2', 'USD')); // -1
 * ```
 * @category Money
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  checkSameCurrency(a, b, 'compare');
  return toDecimal(a).comparedTo(toDecimal(b)) as -1 | 0 | 1;
}

/**
 * Negates an amount.
 *
 * @param value - the amount
 * @returns -value
 * @example
 * ```ts
 * negateMoney(money('5', 'USD')); // { amount: '-5', currency: 'USD' }
 * ```
 * @category Money
 */
export function negateMoney(value: Money): Money {
  return fromDecimal(toDecimal(value).neg(), value.currency);
}

/**
 * Whether an amount is exactly zero.
 *
 * @param value - the amount
 * @returns true for zero
 * @example
 * ```ts
 * isZeroMoney(money('0.00', 'USD')); // true
 * ```
 * @category Money
 */
export function isZeroMoney(value: Money): boolean {
  return toDecimal(value).isZero();
}

/**
 * The amount as a string with exactly the currency's minor-unit digits (`"1234.50"`), for display and CSV.
 * Rounds half-even if the amount has more digits.
 *
 * @param value - the amount
 * @returns the fixed-point string
 * @example
 * ```ts
 * formatMoneyAmount(money('1234.5', 'USD')); // '1234.50'
 * ```
 * @category Money
 */
export function formatMoneyAmount(value: Money): string {
  return toDecimal(value).toFixed(minorUnits(value.currency), decimalRounding('half-even'));
}

/**
 * The ratio of two amounts of the same currency as a decimal string (for percentages and ratios).
 *
 * @param numerator - the amount on top
 * @param denominator - the amount below; must not be zero
 * @param decimals - digits to keep (10 by default), half-even
 * @returns numerator / denominator
 * @throws PracticeOpsError `OUT_OF_DOMAIN` for a zero denominator, `CURRENCY_MISMATCH` for mixed currencies
 * @example
 * ```ts
 * moneyRatio(money('25', 'USD'), money('100', 'USD')); // '0.25'
 * ```
 * @category Money
 */
export function moneyRatio(numerator: Money, denominator: Money, decimals = 10): string {
  checkSameCurrency(numerator, denominator, 'divide');
  const below = toDecimal(denominator);
  if (below.isZero()) {
    throw practiceOpsError(ERROR_CODES.outOfDomain, 'Cannot divide by a zero amount', {
      path: ['denominator'],
      expected: 'a non-zero amount',
      received: denominator.amount,
    });
  }
  return toDecimal(numerator).div(below).toDecimalPlaces(decimals, decimalRounding('half-even')).toFixed();
}
