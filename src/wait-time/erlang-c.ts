import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { erlangCUnchecked } from './internal/erlang.js';

const ErlangArgsSchema = z.object({
  servers: z.number().finite().positive(),
  trafficErlangs: z.number().finite().min(0),
});

/**
 * Erlang C: the probability that an arrival to an M/M/n queue has to wait (all servers busy),
 * computed from the stable Erlang B recursion as C = n·B / (n − A·(1 − B)). Returns 1 when the
 * load reaches the number of servers (the queue grows without bound).
 *
 * @param servers - number of servers, > 0 (may be fractional)
 * @param trafficErlangs - offered load in erlangs
 * @returns the probability of waiting, 0..1
 * @throws PracticeOpsError `INVALID_INPUT` for bad numbers
 * @example
 * ```ts
 * erlangC(14, 10); // 0.1741319...
 * ```
 * @category Queueing
 */
export function erlangC(servers: number, trafficErlangs: number): number {
  const args = parseInput(ErlangArgsSchema, { servers, trafficErlangs }, { label: 'Erlang C arguments' });
  return erlangCUnchecked(args.servers, args.trafficErlangs);
}
