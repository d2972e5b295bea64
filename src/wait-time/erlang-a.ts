import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { logGamma } from './internal/gamma.js';
import { ErlangAQueueSchema, type ErlangAQueueInput, type ErlangAResult } from './schemas.js';

const TargetSchema = z.number().finite().min(0).optional();

function logSumExp(values: Float64Array, from: number, to: number, max: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += Math.exp((values[i] as number) - max);
  return sum;
}

/**
 * Erlang A (M/M/n+M, Palm's model): an M/M/n queue whose waiting callers abandon after an
 * exponential patience. Solved exactly as a birth-death chain in log space (probabilities below
 * e^-46 of the mode are dropped), so it is stable at thousands of servers. With a target wait, the
 * service level P(served after waiting at most t) follows each waiting caller through the queue
 * ahead of them (served at rate nμ, those ahead abandoning at rate θ each, the caller at rate θ),
 * by uniformisation of that absorbing chain.
 *
 * @param queue - arrivals, period, mean service time, whole servers and mean patience (minutes)
 * @param targetWaitMinutes - optional answer-time target for the service level
 * @returns probabilities of waiting and abandoning, mean wait and queue length, occupancy, service level
 * @throws PracticeOpsError `INVALID_INPUT` for bad input
 * @example
 * ```ts
 * const r = erlangA({ arrivals: 100, periodMinutes: 30, meanServiceMinutes: 3, servers: 10, meanPatienceMinutes: 2 }, 1 / 3);
 * r.probabilityOfAbandoning; // about 0.14
 * ```
 * @category Queueing
 */
export function erlangA(queue: ErlangAQueueInput, targetWaitMinutes?: number): ErlangAResult {
  const q = parseInput(ErlangAQueueSchema, queue, { label: 'Erlang A queue' });
  const t = parseInput(TargetSchema, targetWaitMinutes, { label: 'target wait', basePath: ['targetWaitMinutes'] });
  const lambda = q.arrivals / q.periodMinutes;
  const mu = 1 / q.meanServiceMinutes;
  const theta = 1 / q.meanPatienceMinutes;
  const n = q.servers;
  const traffic = lambda / mu;
  if (lambda === 0) {
    return {
      trafficErlangs: 0,
      probabilityOfWaiting: 0,
      probabilityOfAbandoning: 0,
      meanWaitMinutes: 0,
      meanQueueLength: 0,
      occupancy: 0,
      ...(t === undefined ? {} : { serviceLevel: 1 }),
    };
  }
  // log π_k up to proportionality.
  let capacity = n + 1024;
  let logP = new Float64Array(capacity);
  logP[0] = 0;
  let max = 0;
  let k = 0;
  const logLambda = Math.log(lambda);
  for (;;) {
    const next = k + 1;
    const death = Math.min(next, n) * mu + Math.max(next - n, 0) * theta;
    const value = (logP[k] as number) + logLambda - Math.log(death);
    if (next >= capacity) {
      const grown = new Float64Array(capacity * 2);
      grown.set(logP);
      logP = grown;
      capacity *= 2;
    }
    logP[next] = value;
    k = next;
    if (value > max) max = value;
    if (k > n && value < max - 46 && value < (logP[k - 1] as number)) break;
  }
  const states = k + 1;
  const total = logSumExp(logP, 0, states, max);
  const p = (i: number): number => Math.exp((logP[i] as number) - max) / total;
  let pWait = 0;
  let meanQueue = 0;
  let busy = 0;
  for (let i = 0; i < states; i++) {
    const pi = p(i);
    if (i >= n) {
      pWait += pi;
      meanQueue += (i - n) * pi;
    }
    busy += Math.min(i, n) * pi;
  }
  const result: ErlangAResult = {
    trafficErlangs: traffic,
    probabilityOfWaiting: pWait,
    probabilityOfAbandoning: (theta * meanQueue) / lambda,
    meanWaitMinutes: meanQueue / lambda,
    meanQueueLength: meanQueue,
    occupancy: busy / n,
  };
  if (t === undefined) return result;
  // Served within t: immediate service, plus callers who find j waiting ahead and reach a server by t.
  let within = 0;
  for (let i = 0; i < Math.min(n, states); i++) within += p(i);
  const queued = states - n;
  if (queued > 0) {
    const served = servedWithin(queued, n * mu, theta, t);
    for (let j = 0; j < queued; j++) within += p(n + j) * (served[j] as number);
  }
  return { ...result, serviceLevel: Math.min(1, within) };
}

/** P(reach a server within t | j callers ahead), j = 0..size-1, by uniformisation. */
function servedWithin(size: number, serviceRate: number, theta: number, t: number): Float64Array {
  const out = new Float64Array(size);
  if (t === 0) return out;
  const uniform = serviceRate + size * theta;
  const mean = uniform * t;
  const steps = Math.ceil(mean + 12 * Math.sqrt(mean) + 30);
  let v = new Float64Array(size); // P(served within k steps | m ahead)
  let next = new Float64Array(size);
  for (let step = 0; step <= steps; step++) {
    const logWeight = -mean + step * Math.log(mean) - logGamma(step + 1);
    const weight = Math.exp(logWeight);
    if (weight > 0) for (let m = 0; m < size; m++) out[m] = (out[m] as number) + weight * (v[m] as number);
    for (let m = 0; m < size; m++) {
      const down = serviceRate + m * theta;
      const stay = 1 - (down + theta) / uniform;
      const below = m === 0 ? 1 : (v[m - 1] as number);
      next[m] = stay * (v[m] as number) + (down / uniform) * below;
    }
    const swap = v;
    v = next;
    next = swap;
  }
  return out;
}
