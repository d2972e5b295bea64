import { scaledUpperGamma } from './gamma.js';

/**
 * Erlang B blocking probability for `servers` (any real >= 0) and `traffic` erlangs, by the
 * recursion B(x) = A·B(x-1) / (x + A·B(x-1)), which keeps every value in [0, 1] (no factorials, no
 * overflow at 10,000 servers). A fractional number of servers x = m + f starts the recursion from
 * B(f, A), given by the integral form 1/B(f, A) = A ∫₀^∞ e^{-At} (1+t)^f dt = A · x^{-s}e^{x}Γ(s, A)
 * with s = f + 1 (Jagerman 1974), evaluated with the incomplete-gamma continued fraction.
 */
export function erlangBUnchecked(servers: number, traffic: number): number {
  if (traffic === 0) return servers === 0 ? 1 : 0;
  const whole = Math.floor(servers);
  const fraction = servers - whole;
  let b = fraction === 0 ? 1 : Math.min(1, 1 / (traffic * scaledUpperGamma(fraction + 1, traffic)));
  for (let k = 1; k <= whole; k++) {
    const x = fraction + k;
    b = (traffic * b) / (x + traffic * b);
  }
  return b;
}

/** Erlang C from Erlang B: C = n·B / (n - A·(1 - B)); 1 when A >= n. */
export function erlangCFromB(servers: number, traffic: number, b: number): number {
  if (traffic >= servers) return 1;
  const c = (servers * b) / (servers - traffic * (1 - b));
  return Math.min(1, Math.max(0, c));
}

/** Erlang C probability of waiting. */
export function erlangCUnchecked(servers: number, traffic: number): number {
  if (traffic >= servers) return 1;
  return erlangCFromB(servers, traffic, erlangBUnchecked(servers, traffic));
}

/** P(wait <= t) for M/M/n with rates per minute: 1 - C·exp(-(n - A)·t / h). */
export function serviceLevelFromC(c: number, servers: number, traffic: number, meanService: number, t: number): number {
  if (traffic >= servers) return 0;
  return 1 - c * Math.exp((-(servers - traffic) * t) / meanService);
}
