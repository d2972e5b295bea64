import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  standardNormalCdf,
  standardNormalLoss,
  standardNormalLossInverse,
  standardNormalPdf,
  standardNormalQuantile,
} from '../../src/inventory/index.js';

describe('standard normal quantile', () => {
  it('matches Wichura AS241 / R qnorm to double precision', () => {
    // Reference values: R 4.x qnorm() (Wichura 1988, Algorithm AS 241), printed with 17 digits.
    const cases: [number, number][] = [
      [0.95, 1.6448536269514722],
      [0.975, 1.959963984540054],
      [0.9, 1.2815515655446004],
      [0.99, 2.3263478740408408],
      [0.999, 3.090232306167813],
      [0.8, 0.8416212335729143],
      [0.05, -1.6448536269514729],
      [1e-10, -6.361340902404056],
    ];
    for (const [p, z] of cases) expect(Math.abs(standardNormalQuantile(p) - z)).toBeLessThan(2e-15 * Math.max(1, Math.abs(z)));
  });

  it('is correctly rounded at the 95th percentile', () => {
    // The exact value Phi^-1(0.95) = 1.64485362695147271486... (any multiple-precision system, e.g. mpmath);
    // the nearest double is 1.6448536269514726, two units in the last place above AS241's 1.6448536269514722.
    expect(Math.abs(standardNormalQuantile(0.95) - 1.6448536269514727)).toBeLessThanOrEqual(2.3e-16);
  });

  it('inverts the distribution function everywhere in (0, 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const z = standardNormalQuantile(p);
        const back = standardNormalCdf(z);
        // relative error on the smaller tail
        const tail = Math.min(p, 1 - p);
        return Math.abs(back - p) <= 1e-13 * Math.max(tail, 1e-300) + 1e-16;
      }),
    );
  });

  it('rejects probabilities outside (0, 1) with a typed error', () => {
    expect(() => standardNormalQuantile(1)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => standardNormalQuantile(-0.1)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('standard normal distribution function and density', () => {
  it('matches tabulated values', () => {
    // Abramowitz & Stegun, Handbook of Mathematical Functions, Table 26.1; R pnorm().
    expect(standardNormalCdf(1.96)).toBeCloseTo(0.9750021048517795, 15);
    expect(standardNormalCdf(-3)).toBeCloseTo(0.0013498980316301, 15);
    expect(standardNormalCdf(0)).toBe(0.5);
    expect(1 - standardNormalCdf(5)).toBeCloseTo(2.866515718791939e-7, 13);
    expect(standardNormalPdf(0)).toBeCloseTo(0.3989422804014327, 16);
    expect(standardNormalPdf(1)).toBeCloseTo(0.24197072451914337, 16);
  });

  it('is symmetric', () => {
    fc.assert(fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => Math.abs(standardNormalCdf(z) + standardNormalCdf(-z) - 1) < 1e-15));
  });
});

describe('standard normal loss function', () => {
  it('matches G(z) = phi(z) - z (1 - Phi(z)) at tabulated points', () => {
    // Silver, Pyke & Peterson, Inventory Management and Production Planning and Scheduling (3rd ed.), Table B.1: G(0) = 0.3989, G(1) = 0.0833, G(2) = 0.0085.
    expect(standardNormalLoss(0)).toBeCloseTo(0.3989422804014327, 15);
    expect(standardNormalLoss(1)).toBeCloseTo(0.0833154705876864, 14);
    expect(standardNormalLoss(2)).toBeCloseTo(0.00849070261682967, 15);
    expect(standardNormalLoss(-1)).toBeCloseTo(1.0833154705876864, 14);
  });

  it('gives the expected shortage of the Chopra & Meindl Lego example', () => {
    // Chopra & Meindl, Supply Chain Management, Example "Evaluating fill rate" (Lego at Walmart):
    // weekly demand 2,500 (sd 500), lead time 2 weeks, ss = 1,000, Q = 10,000: ESC = 25.13, fill rate 0.9975.
    const sigmaL = Math.sqrt(2) * 500;
    const esc = sigmaL * standardNormalLoss(1000 / sigmaL);
    expect(esc).toBeCloseTo(25.13, 2);
    expect(1 - esc / 10_000).toBeCloseTo(0.9975, 4);
  });

  it('is inverted by standardNormalLossInverse', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 6, noNaN: true }), (z) => Math.abs(standardNormalLossInverse(standardNormalLoss(z)) - z) < 1e-9),
    );
    expect(() => standardNormalLossInverse(0)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
