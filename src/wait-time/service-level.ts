import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { erlangCUnchecked, serviceLevelFromC } from './internal/erlang.js';
import { QueueSchema, type QueueInput } from './schemas.js';

const TargetSchema = z.number().finite().min(0);

/**
 * Service level of an M/M/n queue: the probability that an arrival waits at most `targetWaitMinutes`,
 * P(W <= t) = 1 − C·exp(−(n − A)·t / h), with C the Erlang C probability of waiting, A the load and
 * h the mean service time. 0 when overloaded. `1 - serviceLevel(q, t)` is P(W > t).
 *
 * @param queue - the queue (minutes)
 * @param targetWaitMinutes - the answer-time target t, minutes (20 seconds = 1/3)
 * @returns the service level, 0..1
 * @throws PracticeOpsError `INVALID_INPUT` for a bad queue or target
 * @example
 * ```ts
 * serviceLevel({ arrivals: 100, periodMinutes: 30, meanServiceMinutes: 3, servers: 14 }, 20 / 60); // 0.8883500192
 * ```
 * @category Queueing
 */
export function serviceLevel(queue: QueueInput, targetWaitMinutes: number): number {
  const q = parseInput(QueueSchema, queue, { label: 'queue' });
  const t = parseInput(TargetSchema, targetWaitMinutes, { label: 'target wait', basePath: ['targetWaitMinutes'] });
  const traffic = (q.arrivals / q.periodMinutes) * q.meanServiceMinutes;
  if (traffic >= q.servers) return 0;
  return serviceLevelFromC(erlangCUnchecked(q.servers, traffic), q.servers, traffic, q.meanServiceMinutes, t);
}
