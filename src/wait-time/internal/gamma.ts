// Special functions for the queueing formulas. Formulas from Abramowitz & Stegun 6.5 (incomplete
// gamma: series for the lower part, Legendre continued fraction for the upper part, evaluated with
// the modified Lentz method) and the Lanczos approximation of ln Γ (g = 7, n = 9).

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-16;
const TINY = 1e-300;

/** The lower incomplete gamma γ(s, x) / (e^{-x} x^s) by its power series (good for x < s + 1). */
function lowerSeriesScaled(s: number, x: number): number {
  let term = 1 / s;
  let sum = term;
  for (let n = 1; n < 10_000; n++) {
    term *= x / (s + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum;
}

/** Γ(s, x) / (e^{-x} x^s) by the continued fraction (good for x > s + 1), modified Lentz. */
function upperFractionScaled(s: number, x: number): number {
  let b = x + 1 - s;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/**
 * x^{-s} e^{x} Γ(s, x): the upper incomplete gamma scaled so that it neither overflows nor
 * underflows for large x. Requires s > 0, x > 0.
 */
export function scaledUpperGamma(s: number, x: number): number {
  if (x > s + 1) return upperFractionScaled(s, x);
  // Γ(s, x) = Γ(s) - γ(s, x); here x <= s + 1, so the numbers stay moderate for the s we use (s < 2).
  const lower = lowerSeriesScaled(s, x);
  return Math.exp(logGamma(s) + x - s * Math.log(x)) - lower;
}
