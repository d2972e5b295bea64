import { z } from 'zod';
import { parseInput } from '../core/parse.js';
import { cdf, inverseLoss, loss, pdf, quantile } from './internal/normal-math.js';

const FiniteSchema = z.number().refine((v) => !Number.isNaN(v), 'Expected a number');
const OpenProbabilitySchema = z.number().gt(0).lt(1);

/**
 * The standard normal density phi(z).
 *
 * @param z - the point
 * @returns phi(z)
 * @example
 * ```ts
 * standardNormalPdf(0); // 0.3989422804014327
 * ```
 * @category Statistics
 */
export function standardNormalPdf(z: number): number {
  return pdf(parseInput(FiniteSchema, z, { label: 'z' }));
}

/**
 * The standard normal distribution function Phi(z), accurate to about 1e-16 (a positive-term
 * series near the centre, a continued fraction in the tails).
 *
 * @param z - the point
 * @returns P(Z <= z)
 * @example
 * ```ts
 * standardNormalCdf(1.96); // 0.9750021048517795
 * ```
 * @category Statistics
 */
export function standardNormalCdf(z: number): number {
  return cdf(parseInput(FiniteSchema, z, { label: 'z' }));
}

/**
 * The standard normal quantile Phi^-1(p): Acklam's rational approximation polished with Halley
 * steps against an accurate Phi, so the result is within a few units in the last place.
 *
 * @param p - a probability strictly between 0 and 1
 * @returns the z with Phi(z) = p
 * @throws PracticeOpsError `INVALID_INPUT` when p is not in (0, 1)
 * @example
 * ```ts
 * standardNormalQuantile(0.95); // 1.64485362695147...
 * ```
 * @category Statistics
 */
export function standardNormalQuantile(p: number): number {
  return quantile(parseInput(OpenProbabilitySchema, p, { label: 'probability' }));
}

/**
 * The standard normal loss function G(z) = E[max(Z - z, 0)] = phi(z) - z (1 - Phi(z)): the
 * expected shortage per unit of standard deviation when z standard deviations of safety stock are held.
 *
 * @param z - safety factor
 * @returns G(z)
 * @example
 * ```ts
 * standardNormalLoss(0); // 0.3989422804014327
 * ```
 * @category Statistics
 */
export function standardNormalLoss(z: number): number {
  return loss(parseInput(FiniteSchema, z, { label: 'z' }));
}

/**
 * The inverse of {@link standardNormalLoss}: the safety factor z whose expected shortage G(z) equals `target`.
 *
 * @param target - a positive expected shortage per standard deviation
 * @returns z with G(z) = target
 * @throws PracticeOpsError `INVALID_INPUT` when target is not positive
 * @example
 * ```ts
 * standardNormalLossInverse(0.0833154705876864); // about 1
 * ```
 * @category Statistics
 */
export function standardNormalLossInverse(target: number): number {
  return inverseLoss(parseInput(z.number().positive().finite(), target, { label: 'target' }));
}
