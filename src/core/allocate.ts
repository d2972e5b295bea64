import { z } from 'zod';
import { ERROR_CODES, practiceOpsError } from './errors.js';
import { Dec } from './internal/decimal.js';
import { moneyFromMinorUnits, MoneySchema, toMinorUnits, type Money } from './money.js';
import { parseInput } from './parse.js';

const RatioSchema = z.union([z.number().finite().min(0), z.string().regex(/^\d+(\.\d+)?$/, 'Expected a non-negative decimal string')]);
const AllocateInputSchema = z.object({ amount: MoneySchema, ratios: z.array(RatioSchema).min(1) });

/**
 * Splits an amount by ratios using the largest-remainder method in minor units, so the parts
 * always sum to the whole. Ties in the remainders go to the earlier part. A negative amount is
 * split as its absolute value and each part negated.
 *
 * @param amount - the amount to split; it must already be a whole number of minor units
 * @param ratios - non-negative weights (numbers or decimal strings), at least one positive
 * @returns one part per ratio, in order
 * @throws PracticeOpsError `INVALID_INPUT` for negative ratios, all-zero ratios, or an amount with sub-minor digits
 * @example
 * ```ts
 * allocate(money('0.08', 'USD'), [3, 3, 4]).map((m) => m.amount); // ['0.03', '0.02', '0.03']
 * ```
 * @category Money
 */
export function allocate(amount: Money, ratios: readonly (number | string)[]): Money[] {
  const input = parseInput(AllocateInputSchema, { amount, ratios }, { label: 'allocation' });
  const weights = input.ratios.map((r) => new Dec(r));
  const totalWeight = weights.reduce((sum, w) => sum.add(w), new Dec(0));
  if (totalWeight.isZero()) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'At least one ratio must be positive', {
      path: ['ratios'],
      expected: 'a positive sum of ratios',
      received: '0',
    });
  }
  const minor = toMinorUnits(input.amount);
  if (!new Dec(input.amount.amount).eq(new Dec(moneyFromMinorUnits(minor, input.amount.currency).amount))) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'The amount has more digits than its currency allows; round it first', {
      path: ['amount', 'amount'],
      expected: `a whole number of ${input.amount.currency} minor units`,
      received: input.amount.amount,
    });
  }
  const negative = minor < 0n;
  const whole = new Dec((negative ? -minor : minor).toString());
  const floors: bigint[] = [];
  const remainders: { index: number; remainder: InstanceType<typeof Dec> }[] = [];
  let assigned = 0n;
  weights.forEach((weight, index) => {
    const exact = whole.mul(weight).div(totalWeight);
    const floor = exact.floor();
    floors.push(BigInt(floor.toFixed(0)));
    assigned += BigInt(floor.toFixed(0));
    remainders.push({ index, remainder: exact.sub(floor) });
  });
  let left = BigInt(whole.toFixed(0)) - assigned;
  remainders.sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (const { index } of remainders) {
    if (left <= 0n) break;
    floors[index] = (floors[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return floors.map((part) => moneyFromMinorUnits(negative ? -part : part, input.amount.currency));
}
