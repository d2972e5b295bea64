import type { z } from 'zod';
import type { DistributionSchema } from '../schemas.js';
import { logGamma, scaledUpperGamma } from './gamma.js';
import type { Rng } from './rng.js';

type Distribution = z.output<typeof DistributionSchema>;

/** Standard normal by Box–Muller (one of the pair). */
function standardNormal(rng: Rng): number {
  let u = rng.next();
  while (u <= 0) u = rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the boost for shape < 1. */
function standardGamma(shape: number, rng: Rng): number {
  if (shape < 1) {
    let u = rng.next();
    while (u <= 0) u = rng.next();
    return standardGamma(shape + 1, rng) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

const lognormalParams = (mean: number, sd: number): { mu: number; sigma: number } => {
  const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
};

/** One draw. */
export function sample(d: Distribution, rng: Rng): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'exponential': {
      let u = rng.next();
      while (u <= 0) u = rng.next();
      return -d.mean * Math.log(u);
    }
    case 'uniform':
      return d.min + (d.max - d.min) * rng.next();
    case 'normal':
      return d.mean + d.sd * standardNormal(rng);
    case 'lognormal': {
      const { mu, sigma } = lognormalParams(d.mean, d.sd);
      return Math.exp(mu + sigma * standardNormal(rng));
    }
    case 'gamma': {
      const shape = (d.mean * d.mean) / (d.sd * d.sd);
      return standardGamma(shape, rng) * (d.mean / shape);
    }
    case 'discrete': {
      const u = rng.next();
      let acc = 0;
      for (const v of d.values) {
        acc += v.probability;
        if (u < acc) return v.value;
      }
      return (d.values[d.values.length - 1] as { value: number }).value;
    }
  }
}

/** Regularised lower incomplete gamma P(s, x). */
function lowerRegularised(s: number, x: number): number {
  if (x <= 0) return 0;
  const q = Math.exp(-x + s * Math.log(x) - logGamma(s)) * scaledUpperGamma(s, x);
  return Math.min(1, Math.max(0, 1 - q));
}

/** Standard normal CDF through erf(x) = P(1/2, x²). */
function normalCdf(z: number): number {
  const p = lowerRegularised(0.5, (z * z) / 2);
  return z >= 0 ? 0.5 + p / 2 : 0.5 - p / 2;
}

/** P(X <= x) for the continuous kinds. */
export function cdf(d: Distribution, x: number): number {
  switch (d.kind) {
    case 'fixed':
      return x >= d.value ? 1 : 0;
    case 'exponential':
      return x <= 0 ? 0 : 1 - Math.exp(-x / d.mean);
    case 'uniform':
      return d.max === d.min ? (x >= d.min ? 1 : 0) : Math.min(1, Math.max(0, (x - d.min) / (d.max - d.min)));
    case 'normal':
      return d.sd === 0 ? (x >= d.mean ? 1 : 0) : normalCdf((x - d.mean) / d.sd);
    case 'lognormal': {
      if (x <= 0) return 0;
      const { mu, sigma } = lognormalParams(d.mean, d.sd);
      return normalCdf((Math.log(x) - mu) / sigma);
    }
    case 'gamma': {
      const shape = (d.mean * d.mean) / (d.sd * d.sd);
      return lowerRegularised(shape, x / (d.mean / shape));
    }
    case 'discrete': {
      let acc = 0;
      for (const v of d.values) if (v.value <= x) acc += v.probability;
      return Math.min(1, acc);
    }
  }
}

/**
 * The distribution on a grid of step `step`, values clamped at >= 0: mass of [kδ − δ/2, kδ + δ/2)
 * goes to kδ (discrete values are rounded to the nearest grid point; exact when on the grid).
 */
export function discretise(d: Distribution, step: number, maxBins = 200_000): Float64Array {
  if (d.kind === 'discrete' || d.kind === 'fixed') {
    const values = d.kind === 'fixed' ? [{ value: d.value, probability: 1 }] : d.values;
    let top = 0;
    for (const v of values) top = Math.max(top, Math.round(Math.max(0, v.value) / step));
    const pmf = new Float64Array(top + 1);
    for (const v of values) {
      const k = Math.round(Math.max(0, v.value) / step);
      pmf[k] = (pmf[k] as number) + v.probability;
    }
    return pmf;
  }
  const bins: number[] = [];
  let previous = cdf(d, step / 2); // everything below δ/2 (including negative draws) goes to 0
  bins.push(previous);
  let k = 1;
  while (previous < 1 - 1e-13 && k < maxBins) {
    const next = cdf(d, (k + 0.5) * step);
    bins.push(Math.max(0, next - previous));
    previous = next;
    k += 1;
  }
  return Float64Array.from(bins);
}
