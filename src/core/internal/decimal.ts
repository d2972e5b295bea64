import Decimal from 'decimal.js';

/**
 * The library's private Decimal constructor: 34 significant digits (IEEE 754 decimal128),
 * half-even by default. Never `Decimal.set`, so an app's own decimal.js settings are untouched.
 */
export const Dec = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;
