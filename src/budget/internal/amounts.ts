import { compareMoney, type Money } from '../../core/index.js';
import { Dec } from '../../core/internal/decimal.js';
import type { AccountKind, VarianceStatus } from '../schemas.js';

/** actual / base x 100 to 4 decimals, or null for a zero base. */
export function percentOf(actual: Money, base: Money): string | null {
  const below = new Dec(base.amount);
  if (below.isZero()) return null;
  return new Dec(actual.amount).div(below).mul(100).toDecimalPlaces(4).toFixed();
}

/** Favourable or not, for a cost or revenue line. */
export function statusOf(kind: AccountKind, actual: Money, budget: Money): VarianceStatus {
  const order = compareMoney(actual, budget);
  if (order === 0) return 'on-budget';
  const over = order > 0;
  return kind === 'cost' ? (over ? 'unfavourable' : 'favourable') : over ? 'favourable' : 'unfavourable';
}

