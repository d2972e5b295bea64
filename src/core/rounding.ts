import Decimal from 'decimal.js';
import { z } from 'zod';

/**
 * How to round. `half-even` (banker's rounding) is the default everywhere; `half-up` means ties
 * away from zero (2.345 -> 2.35 and -2.345 -> -2.35); `half-down` ties toward zero; `up` away from
 * zero; `down` toward zero; `ceil` and `floor` toward positive and negative infinity.
 *
 * @example
 * ```ts
 * RoundingModeSchema.parse('half-up');
 * ```
 * @category Money
 */
export const RoundingModeSchema = z.enum(['half-even', 'half-up', 'half-down', 'up', 'down', 'ceil', 'floor']);

/**
 * A rounding mode; see {@link RoundingModeSchema}.
 *
 * @category Money
 */
export type RoundingMode = z.infer<typeof RoundingModeSchema>;

const DECIMAL_ROUNDING: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** @internal decimal.js's constant for a rounding mode. */
export function decimalRounding(mode: RoundingMode): Decimal.Rounding {
  return DECIMAL_ROUNDING[mode];
}
