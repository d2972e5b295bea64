import { parseInput } from '../core/index.js';
import { erlangCUnchecked } from './internal/erlang.js';
import { QueueSchema, type QueueInput, type QueueMetrics } from './schemas.js';

/**
 * Steady-state metrics of an M/M/n queue (Erlang C): load, occupancy, probability of waiting,
 * mean wait and mean queue length.
 *
 * @param queue - arrivals per period, period length, mean service time and servers (minutes)
 * @returns the metrics; waits are Infinity when the queue is overloaded
 * @throws PracticeOpsError `INVALID_INPUT` for a bad queue
 * @example
 * ```ts
 * // One doctor, 2 arrivals an hour, 3 patients an hour served (mean 20 minutes):
 * queueMetrics({ arrivals: 2, periodMinutes: 60, meanServiceMinutes: 20, servers: 1 }).meanWaitMinutes; // 40
 * ```
 * @category Queueing
 */
export function queueMetrics(queue: QueueInput): QueueMetrics {
  const q = parseInput(QueueSchema, queue, { label: 'queue' });
  const traffic = (q.arrivals / q.periodMinutes) * q.meanServiceMinutes;
  const n = q.servers;
  if (traffic >= n) {
    return {
      trafficErlangs: traffic,
      occupancy: 1,
      probabilityOfWaiting: 1,
      meanWaitMinutes: Number.POSITIVE_INFINITY,
      meanWaitOfWaitersMinutes: Number.POSITIVE_INFINITY,
      meanQueueLength: Number.POSITIVE_INFINITY,
      overloaded: true,
    };
  }
  const c = erlangCUnchecked(n, traffic);
  const waitOfWaiters = q.meanServiceMinutes / (n - traffic);
  const meanWait = c * waitOfWaiters;
  return {
    trafficErlangs: traffic,
    occupancy: traffic / n,
    probabilityOfWaiting: c,
    meanWaitMinutes: meanWait,
    meanWaitOfWaitersMinutes: waitOfWaiters,
    meanQueueLength: (q.arrivals / q.periodMinutes) * meanWait,
    overloaded: false,
  };
}

/**
 * Mean wait in an M/M/n queue over all arrivals (the average speed of answer), minutes.
 *
 * @param queue - the queue
 * @returns minutes (Infinity when overloaded)
 * @throws PracticeOpsError `INVALID_INPUT` for a bad queue
 * @example
 * ```ts
 * meanWait({ arrivals: 2, periodMinutes: 60, meanServiceMinutes: 20, servers: 1 }); // 40
 * ```
 * @category Queueing
 */
export function meanWait(queue: QueueInput): number {
  return queueMetrics(queue).meanWaitMinutes;
}
