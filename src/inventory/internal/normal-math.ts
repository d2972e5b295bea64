// Private numerics for the standard normal distribution and the Poisson distribution.
// Accuracy goal: close to full double precision (about 1e-15 relative) over the range that
// inventory work uses (|z| < 8); the public wrappers in ../normal.ts validate input.

import { Dec } from '../../core/internal/decimal.js';

const SQRT_2PI = Math.sqrt(2 * Math.PI);
let decSqrt2Pi: InstanceType<typeof Dec> | undefined;

/**
 * One Newton step on Phi(x) = p in 34-digit decimal arithmetic (Phi by its positive-term series),
 * which turns an estimate good to ~1e-15 into the correctly rounded double. Used for |x| < 8,
 * where the series keeps well over 17 significant digits.
 */
function decimalNewton(x: number, p: number): number {
  decSqrt2Pi ??= Dec.acos(-1).times(2).sqrt();
  const X = new Dec(x);
  const x2 = X.times(X);
  let term = X;
  let sum = X;
  const tiny = new Dec('1e-36');
  for (let n = 1; n < 2000; n++) {
    term = term.times(x2).dividedBy(2 * n + 1);
    sum = sum.plus(term);
    if (term.abs().lessThan(sum.abs().times(tiny))) break;
  }
  const density = x2.dividedBy(-2).exp().dividedBy(decSqrt2Pi);
  const distribution = density.times(sum).plus('0.5');
  return X.minus(distribution.minus(new Dec(p)).dividedBy(density)).toNumber();
}
const SERIES_LIMIT = 2;

/** The standard normal density. */
export function pdf(z: number): number {
  return Math.exp(-0.5 * z * z) / SQRT_2PI;
}

/**
 * The upper tail Q(x) = 1 - Phi(x) for x >= 0.
 * Below SERIES_LIMIT: Phi(x) - 1/2 = phi(x) * sum x^(2n+1) / (2n+1)!!, a series of positive terms.
 * Above it: the continued fraction of the Mills ratio, evaluated with the modified Lentz method.
 */
function upperTail(x: number): number {
  if (x < SERIES_LIMIT) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let n = 1; n < 500; n++) {
      term *= x2 / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return 0.5 - pdf(x) * sum;
  }
  // Q(x) = phi(x) / (x + 1/(x + 2/(x + 3/(x + ...))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 5000; n++) {
    d = x + n * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = x + n / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return pdf(x) / f;
}

/** Phi(z), the standard normal distribution function. */
export function cdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return z >= 0 ? 1 - upperTail(z) : upperTail(-z);
}

/** 1 - Phi(z), without cancellation in the upper tail. */
export function survival(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  return z >= 0 ? upperTail(z) : 1 - upperTail(-z);
}

// Acklam's rational approximation (relative error about 1.15e-9), refined below.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function acklam(p: number): number {
  const [a0, a1, a2, a3, a4, a5] = A as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = B as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = C as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = D as [number, number, number, number];
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
  }
  const q = Math.sqrt(-2 * Math.log(1 - p));
  return -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
}

/**
 * Phi^-1(p): Acklam's approximation followed by Halley steps against the accurate distribution
 * function above (upper-tail arithmetic for p > 1/2, so no digits are lost near 1).
 */
const quantileMemo = new Map<number, number>();
const QUANTILE_MEMO_SIZE = 512;

export function quantile(p: number): number {
  const known = quantileMemo.get(p);
  if (known !== undefined) return known;
  const value = computeQuantile(p);
  if (quantileMemo.size >= QUANTILE_MEMO_SIZE) quantileMemo.clear();
  quantileMemo.set(p, value);
  return value;
}

function computeQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  let x = acklam(p);
  for (let step = 0; step < 3; step++) {
    // error in probability, taken on the side of the distribution where it is small
    // Phi(x) - p, written as (1 - p) - Q(x) above the median so that no digits cancel
    const e = x > 0 ? 1 - p - survival(x) : cdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    const next = x - u / (1 + 0.5 * x * u);
    if (next === x) break;
    x = next;
  }
  return Math.abs(x) < 8 ? decimalNewton(x, p) : x;
}

/** The standard normal loss function G(z) = E[(Z - z)+] = phi(z) - z (1 - Phi(z)). */
export function loss(z: number): number {
  if (z === Infinity) return 0;
  if (z === -Infinity) return Infinity;
  if (z < 0) return -z + loss(-z); // G(-z) = z + G(z)
  return pdf(z) - z * survival(z);
}

/** The z with G(z) = target (target > 0); G is strictly decreasing. Newton steps from a bracketed start. */
export function inverseLoss(target: number): number {
  if (!(target > 0)) return Number.NaN;
  let lo = -1;
  while (loss(lo) < target) lo *= 2;
  let hi = 1;
  while (loss(hi) > target) hi *= 2;
  let x = (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const g = loss(x) - target;
    if (g > 0) lo = x;
    else hi = x;
    const slope = -survival(x);
    let next = x - g / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) < 1e-15 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return x;
}

/** Poisson probabilities P(X = 0..k), computed by the recurrence in log space for the start. */
export function poissonPmfs(mean: number, upTo: number): number[] {
  const pmfs: number[] = [];
  if (mean === 0) {
    for (let k = 0; k <= upTo; k++) pmfs.push(k === 0 ? 1 : 0);
    return pmfs;
  }
  let p = Math.exp(-mean);
  if (p === 0) {
    // very large means: start at the mode in log space and walk outwards
    const logPmf = (k: number): number => -mean + k * Math.log(mean) - logFactorial(k);
    for (let k = 0; k <= upTo; k++) pmfs.push(Math.exp(logPmf(k)));
    return pmfs;
  }
  for (let k = 0; k <= upTo; k++) {
    pmfs.push(p);
    p = (p * mean) / (k + 1);
  }
  return pmfs;
}

function logFactorial(k: number): number {
  let sum = 0;
  for (let i = 2; i <= k; i++) sum += Math.log(i);
  return sum;
}
