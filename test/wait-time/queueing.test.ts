import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  erlangA,
  erlangB,
  erlangC,
  meanWait,
  queueMetrics,
  requiredLines,
  requiredStaff,
  serviceLevel,
} from 'practiceops/wait-time';
import { isPracticeOpsError } from 'practiceops';

const CALL_CENTRE = { arrivals: 100, periodMinutes: 30, meanServiceMinutes: 3 } as const;
const ER = { arrivals: 2, periodMinutes: 60, meanServiceMinutes: 20, servers: 1 } as const;

/** log(A^k / k!) */
const logTerm = (a: number, k: number): number => {
  let s = k * Math.log(a);
  for (let i = 2; i <= k; i++) s -= Math.log(i);
  return s;
};
/** Erlang B straight from its definition, summed in log space (slow, independent). */
function erlangBDirect(n: number, a: number): number {
  const logs = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) logs[k] = (logs[k - 1] as number) + Math.log(a) - Math.log(k);
  let max = -Infinity;
  for (const l of logs) max = Math.max(max, l);
  let total = 0;
  for (const l of logs) total += Math.exp(l - max);
  return Math.exp((logs[n] as number) - max) / total;
}

describe('published values', () => {
  it('matches the Call Centre Helper worked Erlang C example (100 calls / 30 min, 180 s AHT, 80/20, 85% occupancy, 30% shrinkage)', () => {
    // Source: Call Centre Helper, "Erlang C Formula – Made Simple With an Erlang C Calculator Example":
    // 10 erlangs, 14 agents, P(wait) = 0.1741, service level 88.8% (0.8883500192), 20 agents with 30% shrinkage.
    const r = requiredStaff({ ...CALL_CENTRE, targetServiceLevel: 0.8, targetWaitMinutes: 20 / 60, maxOccupancy: 0.85, shrinkage: 0.3 });
    expect(r.trafficErlangs).toBeCloseTo(10, 12);
    expect(r.servers).toBe(14);
    expect(r.scheduled).toBe(20);
    expect(r.serviceLevel).toBeCloseTo(0.8883500192, 10);
    expect(r.probabilityOfWaiting).toBeCloseTo(0.1741319, 7);
    expect(r.occupancy).toBeCloseTo(10 / 14, 12);
    expect(r.bindingConstraint).toBe('service-level');
    expect(erlangC(14, 10)).toBeCloseTo(0.1741319, 7);
    expect(serviceLevel({ ...CALL_CENTRE, servers: 14 }, 20 / 60)).toBeCloseTo(0.8883500192, 10);
    // and 13 agents fall short (79.6%), so 14 is the least
    expect(serviceLevel({ ...CALL_CENTRE, servers: 13 }, 20 / 60)).toBeLessThan(0.8);
  });

  it('Erlang B: 10 erlangs at 2% blocking needs 17 lines', () => {
    // Source: the Erlang B table (e.g. Iversen, "Teletraffic Engineering and Network Planning", DTU/ITU-D, Erlang B table):
    // 17 circuits carry 10.66 erlangs at 2%, 16 circuits only 9.83.
    expect(requiredLines(10, 0.02)).toBe(17);
    expect(erlangB(17, 10)).toBeLessThanOrEqual(0.02);
    expect(erlangB(16, 10)).toBeGreaterThan(0.02);
    expect(erlangB(17, 10)).toBeCloseTo(0.012948875, 8);
  });

  it('M/M/1 emergency room: 2 arrivals/h, 3/h per doctor: mean wait 40 min, P(wait > 30 min) = 0.404', () => {
    // Source: Hillier & Lieberman, "Introduction to Operations Research", County Hospital emergency room example
    // (M/M/1, λ = 2/h, μ = 3/h): Wq = 2/3 h, P(Wq > 1/2 h) = 0.404.
    expect(meanWait(ER)).toBeCloseTo(40, 10);
    expect(1 - serviceLevel(ER, 30)).toBeCloseTo(0.404, 3);
    const m = queueMetrics(ER);
    expect(m.probabilityOfWaiting).toBeCloseTo(2 / 3, 12);
    expect(m.meanQueueLength).toBeCloseTo(4 / 3, 12); // Lq = λ²/(μ(μ−λ)) = 4/3
  });
});

describe('Erlang B', () => {
  it('agrees with the definition summed in log space, up to 10,000 servers', () => {
    for (const [n, a] of [
      [1, 0.5],
      [5, 3],
      [50, 45],
      [500, 480],
      [2000, 2100],
      [10_000, 9_800],
      [10_000, 10_200],
    ] as const) {
      const b = erlangB(n, a);
      expect(Number.isFinite(b)).toBe(true);
      expect(b).toBeCloseTo(erlangBDirect(n, a), 10);
      expect(Math.abs(b / erlangBDirect(n, a) - 1)).toBeLessThan(1e-9);
    }
  });

  it('extends to fractional servers via the integral form, continuously', () => {
    // 1/B(x, A) = A ∫₀^∞ e^{-At} (1+t)^x dt, integrated here numerically (Simpson) as an independent check.
    const integral = (x: number, a: number): number => {
      const upper = 60 / a;
      const steps = 200_000;
      const h = upper / steps;
      let s = 0;
      for (let i = 0; i <= steps; i++) {
        const t = i * h;
        const f = Math.exp(-a * t) * Math.pow(1 + t, x);
        s += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * f;
      }
      return 1 / (a * ((s * h) / 3));
    };
    for (const [x, a] of [
      [0.5, 1],
      [2.5, 2],
      [7.3, 5],
      [3.75, 0.4],
    ] as const) {
      expect(erlangB(x, a)).toBeCloseTo(integral(x, a), 9);
    }
    expect(erlangB(2.0000001, 2)).toBeCloseTo(erlangB(2, 2), 6);
    expect(erlangB(2.9999999, 2)).toBeCloseTo(erlangB(3, 2), 6);
    expect(erlangB(0.5, 5000)).toBeGreaterThan(0.99);
    expect(erlangB(9_999.5, 9_800)).toBeGreaterThan(erlangB(10_000, 9_800));
  });

  it('is a probability and falls as servers are added (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0.01, max: 300, noNaN: true }), (x, a) => {
        const b = erlangB(x, a);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(erlangB(x + 0.5, a)).toBeLessThanOrEqual(b + 1e-15);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects bad input with a typed error', () => {
    try {
      erlangB(-1, 10);
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'INVALID_INPUT')).toBe(true);
      expect((error as { path: unknown }).path).toEqual(['servers']);
    }
    expect(() => erlangB(3, Number.NaN)).toThrow(/Erlang B/);
  });
});

describe('Erlang C, service level and staffing', () => {
  it('is stable at 10,000 servers', () => {
    const c = erlangC(10_000, 9_900);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    const b = erlangBDirect(10_000, 9_900);
    expect(c).toBeCloseTo((10_000 * b) / (10_000 - 9_900 * (1 - b)), 10);
    const r = requiredStaff({ arrivals: 9_000, periodMinutes: 1, meanServiceMinutes: 1, targetServiceLevel: 0.8, targetWaitMinutes: 1 / 3 });
    expect(r.servers).toBeGreaterThan(9_000);
    expect(r.servers).toBeLessThan(9_100);
    expect(r.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(serviceLevel({ arrivals: 9_000, periodMinutes: 1, meanServiceMinutes: 1, servers: r.servers - 1 }, 1 / 3)).toBeLessThan(0.8);
  });

  it('returns the least staff meeting every target (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0.5, max: 15, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        fc.double({ min: 0.6, max: 1, noNaN: true }),
        (arrivals, aht, sl, occ) => {
          const input = { arrivals, periodMinutes: 60, meanServiceMinutes: aht, targetServiceLevel: sl, targetWaitMinutes: 0.5, maxOccupancy: occ };
          const r = requiredStaff(input);
          expect(r.serviceLevel).toBeGreaterThanOrEqual(sl - 1e-12);
          expect(r.occupancy).toBeLessThanOrEqual(occ + 1e-12);
          const fewer = r.servers - 1;
          if (fewer >= 1) {
            const traffic = (arrivals / 60) * aht;
            const slFewer = serviceLevel({ arrivals, periodMinutes: 60, meanServiceMinutes: aht, servers: fewer }, 0.5);
            expect(slFewer < sl - 1e-12 || traffic / fewer > occ + 1e-12).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('respects a mean-wait cap and reports overload', () => {
    const r = requiredStaff({ ...CALL_CENTRE, targetServiceLevel: 0.5, targetWaitMinutes: 1, maxMeanWaitMinutes: 0.05 });
    expect(r.meanWaitMinutes).toBeLessThanOrEqual(0.05);
    expect(queueMetrics({ ...CALL_CENTRE, servers: 10 }).overloaded).toBe(true);
    expect(serviceLevel({ ...CALL_CENTRE, servers: 9 }, 1)).toBe(0);
  });
});

describe('Erlang A', () => {
  it('equals M/M/∞ when patience equals service time (Poisson occupancy)', () => {
    // With θ = μ every customer leaves at rate μ whether waiting or served, so N ~ Poisson(A):
    // P(wait) = P(N >= n) and E[queue] = E[(N − n)+] (Palm; see Mandelbaum & Zeltyn, "The M/M/n+G queue").
    const a = 8;
    const n = 7;
    const r = erlangA({ arrivals: 8 * 60, periodMinutes: 60, meanServiceMinutes: 1, servers: n, meanPatienceMinutes: 1 });
    let below = 0;
    let excess = 0;
    for (let k = 0; k < 200; k++) {
      const pk = Math.exp(logTerm(a, k) - a);
      if (k < n) below += pk;
      else excess += (k - n) * pk;
    }
    expect(r.probabilityOfWaiting).toBeCloseTo(1 - below, 10);
    expect(r.meanQueueLength).toBeCloseTo(excess, 10);
    expect(r.probabilityOfAbandoning).toBeCloseTo(excess / a, 10);
  });

  it('tends to Erlang C as patience grows', () => {
    const r = erlangA({ ...CALL_CENTRE, servers: 14, meanPatienceMinutes: 1e7 }, 20 / 60);
    expect(r.probabilityOfWaiting).toBeCloseTo(0.1741319, 6);
    expect(r.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(r.probabilityOfAbandoning).toBeLessThan(1e-6);
  });

  it('stays finite when overloaded (callers give up) and at 10,000 servers', () => {
    const over = erlangA({ ...CALL_CENTRE, servers: 8, meanPatienceMinutes: 1 }, 1 / 3);
    expect(over.probabilityOfAbandoning).toBeGreaterThan(0.15);
    expect(over.serviceLevel).toBeGreaterThan(0);
    expect(over.serviceLevel).toBeLessThan(1);
    const big = erlangA({ arrivals: 9_900, periodMinutes: 1, meanServiceMinutes: 1, servers: 10_000, meanPatienceMinutes: 2 }, 1 / 3);
    expect(big.probabilityOfWaiting).toBeGreaterThan(0);
    expect(big.probabilityOfWaiting).toBeLessThan(1);
    expect(big.serviceLevel).toBeGreaterThan(0.9);
  });
});

describe('requiredStaff with abandonment (Erlang A)', () => {
  it('reduces to the Erlang C answer for very patient callers and needs no more staff for impatient ones', () => {
    const base = { ...CALL_CENTRE, targetServiceLevel: 0.8, targetWaitMinutes: 20 / 60, maxOccupancy: 0.85, shrinkage: 0.3 };
    const patient = requiredStaff({ ...base, meanPatienceMinutes: 1e7 });
    expect(patient).toMatchObject({ servers: 14, scheduled: 20, model: 'erlang-a', bindingConstraint: 'service-level' });
    expect(patient.serviceLevel).toBeCloseTo(0.88835, 4);
    const impatient = requiredStaff({ ...base, meanPatienceMinutes: 1 });
    expect(impatient.servers).toBeLessThanOrEqual(14);
    expect(impatient.probabilityOfAbandoning).toBeGreaterThan(0);
    const capped = requiredStaff({ ...base, meanPatienceMinutes: 1, maxAbandonment: 0.001 });
    expect(capped.probabilityOfAbandoning).toBeLessThanOrEqual(0.001);
    expect(capped.servers).toBeGreaterThan(impatient.servers);
    expect(capped.bindingConstraint).toBe('abandonment');
  });

  it('scales to thousands of servers, and shows why an abandonment cap matters', () => {
    const base = { arrivals: 9_000, periodMinutes: 1, meanServiceMinutes: 1, targetServiceLevel: 0.8, targetWaitMinutes: 1 / 3, meanPatienceMinutes: 2 };
    // Without a cap the service level is reached below the load: the overflow gives up (efficiency-driven regime).
    const r = requiredStaff(base);
    expect(r.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(r.servers).toBeLessThan(9_000);
    expect(r.probabilityOfAbandoning).toBeGreaterThan(0.1);
    const fewer = erlangA({ ...base, servers: r.servers - 1 }, 1 / 3);
    expect(fewer.serviceLevel).toBeLessThan(0.8);
    const capped = requiredStaff({ ...base, maxAbandonment: 0.01 });
    expect(capped.servers).toBeGreaterThan(8_900);
    expect(capped.servers).toBeLessThan(9_100);
    expect(capped.probabilityOfAbandoning).toBeLessThanOrEqual(0.01);
  });
});

describe('Erlang A against a simulation', () => {
  it('matches an FCFS M/M/n+M simulation in waiting, abandonment and service level', () => {
    // Sequential FCFS simulation: a caller starts at max(arrival, first free server) and abandons
    // if that is later than arrival + patience (abandoners never hold a server).
    let seed = 12345;
    const uniform = (): number => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return (seed + 0.5) / 4294967296;
    };
    const exp = (mean: number): number => -mean * Math.log(uniform());
    const n = 10;
    const lambda = 100 / 30;
    const free = new Float64Array(n);
    let t = 0;
    let waited = 0;
    let abandoned = 0;
    let servedWithin = 0;
    const calls = 400_000;
    for (let i = 0; i < calls; i++) {
      t += exp(1 / lambda);
      let k = 0;
      for (let j = 1; j < n; j++) if ((free[j] as number) < (free[k] as number)) k = j;
      const start = Math.max(t, free[k] as number);
      const wait = start - t;
      if (wait > 0) waited += 1;
      if (wait > exp(2)) {
        abandoned += 1;
        continue;
      }
      if (wait <= 1 / 3) servedWithin += 1;
      free[k] = start + exp(3);
    }
    const r = erlangA({ arrivals: 100, periodMinutes: 30, meanServiceMinutes: 3, servers: n, meanPatienceMinutes: 2 }, 1 / 3);
    expect(Math.abs((r.probabilityOfWaiting ?? 0) - waited / calls)).toBeLessThan(0.01);
    expect(Math.abs(r.probabilityOfAbandoning - abandoned / calls)).toBeLessThan(0.006);
    expect(Math.abs((r.serviceLevel ?? 0) - servedWithin / calls)).toBeLessThan(0.01);
  });

  it('Erlang B: 30 lines offered 25 erlangs block about 5% of calls', () => {
    // Source: Wolfram Mathematica, "Compute Loss Probabilities for a Queue" (Enhanced Core Algorithms examples):
    // "if there are 30 call lines and the traffic is 25 Erlangs, then the blocking probability is approximately 0.05".
    expect(erlangB(30, 25)).toBeCloseTo(0.05, 2);
  });
});
