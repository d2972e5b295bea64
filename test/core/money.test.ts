import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocate,
  compareMoney,
  formatMoneyAmount,
  isPracticeOpsError,
  minorUnits,
  money,
  moneyFromMinorUnits,
  moneyRatio,
  multiplyMoney,
  roundMoney,
  subtractMoney,
  sumMoney,
  toMinorUnits,
} from '../../src/core/index.js';

describe('money', () => {
  it('adds exactly where floats do not', () => {
    expect(addMoney(money('0.1', 'USD'), money('0.2', 'USD')).amount).toBe('0.3');
    expect(subtractMoney(money('1', 'USD'), money('0.99', 'USD')).amount).toBe('0.01');
  });

  it('rounds half-even by default and half-up as ties away from zero', () => {
    expect(roundMoney(money('2.345', 'USD')).amount).toBe('2.34');
    expect(roundMoney(money('-2.345', 'USD')).amount).toBe('-2.34');
    expect(roundMoney(money('2.345', 'USD'), { rounding: 'half-up' }).amount).toBe('2.35');
    expect(roundMoney(money('-2.345', 'USD'), { rounding: 'half-up' }).amount).toBe('-2.35');
    expect(roundMoney(money('2.355', 'USD')).amount).toBe('2.36');
    expect(roundMoney(money('2.341', 'USD'), { rounding: 'ceil' }).amount).toBe('2.35');
    expect(roundMoney(money('-2.341', 'USD'), { rounding: 'floor' }).amount).toBe('-2.35');
  });

  it('multiplies with explicit rounding', () => {
    expect(multiplyMoney(money('19.99', 'USD'), '1.5').amount).toBe('29.98');
    expect(multiplyMoney(money('19.99', 'USD'), '1.5', { rounding: 'half-up' }).amount).toBe('29.99');
    expect(multiplyMoney(money('1000', 'JPY'), '0.333').amount).toBe('333');
  });

  it('knows ISO 4217 minor units from its own table', () => {
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('USD')).toBe(2);
    expect(minorUnits('BHD')).toBe(3);
    expect(minorUnits('CLF')).toBe(4);
    expect(minorUnits('ISK')).toBe(0);
    expect(formatMoneyAmount(money('1.5', 'BHD'))).toBe('1.500');
    expect(toMinorUnits(money('12.345', 'USD'))).toBe(1234n);
    expect(moneyFromMinorUnits(1234, 'USD').amount).toBe('12.34');
  });

  it('rejects mixing currencies with a typed error', () => {
    const mix = () => addMoney(money('1', 'USD'), money('1', 'EUR'));
    expect(mix).toThrowError(expect.objectContaining({ code: 'CURRENCY_MISMATCH', expected: 'USD', received: 'EUR' }));
    expect(() => compareMoney(money('1', 'USD'), money('1', 'GBP'))).toThrow(/Cannot compare/);
    expect(() => sumMoney([money('1', 'EUR')], 'USD')).toThrowError(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
  });

  it('rejects bad amounts, floats and unknown currencies with path, expected and received', () => {
    try {
      money('12,50', 'USD');
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'INVALID_INPUT')).toBe(true);
      if (isPracticeOpsError(error)) {
        expect(error.issues[0]?.path).toEqual(['amount']);
        expect(error.issues[0]?.received).toBe('"12,50"');
      }
    }
    expect(() => money(0.1, 'USD')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', received: '0.1' }));
    expect(() => money('1', 'XXX')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['currency'] }));
    expect(() => minorUnits('ABC')).toThrowError(expect.objectContaining({ code: 'UNKNOWN_CURRENCY' }));
  });

  it('divides amounts into a ratio and refuses a zero denominator', () => {
    expect(moneyRatio(money('25', 'USD'), money('100', 'USD'))).toBe('0.25');
    expect(() => moneyRatio(money('1', 'USD'), money('0', 'USD'))).toThrowError(expect.objectContaining({ code: 'OUT_OF_DOMAIN' }));
  });
});

describe('allocate (largest remainder in minor units)', () => {
  it('splits 0.08 by 3:3:4 into 0.03, 0.02, 0.03', () => {
    expect(allocate(money('0.08', 'USD'), [3, 3, 4]).map((m) => m.amount)).toEqual(['0.03', '0.02', '0.03']);
  });

  it('spreads 100,000.00 over the day counts of a 365-day year to exactly 100,000.00', () => {
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const parts = allocate(money('100000.00', 'USD'), days);
    expect(sumMoney(parts, 'USD').amount).toBe('100000');
    expect(parts[0]?.amount).toBe('8493.15');
    expect(parts[1]?.amount).toBe('7671.23');
  });

  it('splits 100,000.00 equally over twelve months: four of 8,333.34 and eight of 8,333.33', () => {
    const parts = allocate(money('100000.00', 'USD'), Array.from({ length: 12 }, () => 1)).map((m) => m.amount);
    expect(parts.filter((p) => p === '8333.34')).toHaveLength(4);
    expect(parts.filter((p) => p === '8333.33')).toHaveLength(8);
  });

  it('splits negative amounts symmetrically and rejects bad ratios', () => {
    expect(allocate(money('-0.08', 'USD'), [3, 3, 4]).map((m) => m.amount)).toEqual(['-0.03', '-0.02', '-0.03']);
    expect(() => allocate(money('1', 'USD'), [0, 0])).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => allocate(money('1', 'USD'), [-1, 2])).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['ratios', 0] }));
    expect(() => allocate(money('1.005', 'USD'), [1, 1])).toThrowError(expect.objectContaining({ path: ['amount', 'amount'] }));
  });

  it('always sums to the whole and never mutates its input (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }).filter((r) => r.some((x) => x > 0)),
        fc.constantFrom('USD', 'JPY', 'BHD'),
        (minor, ratios, currency) => {
          const amount = moneyFromMinorUnits(minor, currency);
          const frozenRatios = Object.freeze([...ratios]);
          const parts = allocate(Object.freeze(amount), frozenRatios);
          expect(parts).toHaveLength(ratios.length);
          expect(toMinorUnits(sumMoney(parts, currency))).toBe(minor);
          // each part is within one minor unit of its exact share
          const total = ratios.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => {
            const exact = (Number(minor) * (ratios[i] ?? 0)) / total;
            expect(Math.abs(Number(toMinorUnits(part)) - exact)).toBeLessThan(1.000001);
          });
        },
      ),
    );
  });
});
