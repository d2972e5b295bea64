import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { erlangBUnchecked } from './internal/erlang.js';

const ErlangArgsSchema = z.object({
  servers: z.number().finite().min(0),
  trafficErlangs: z.number().finite().min(0),
});

/**
 * Erlang B: the probability that an arrival finds every server (line, bed, chair) busy and is
 * turned away, for `trafficErlangs` of offered load. Uses the stable recursion, so 10,000 servers
 * is no problem; a fractional number of servers uses the integral (incomplete-gamma) extension.
 *
 * @param servers - number of servers, >= 0 (may be fractional)
 * @param trafficErlangs - offered load in erlangs (arrival rate × mean holding time), >= 0
 * @returns the blocking probability, 0..1
 * @throws PracticeOpsError `INVALID_INPUT` for negative or non-finite numbers
 * @example
 * ```ts
 * erlangB(17, 10); // 0.01295 (under 2%: 17 lines carry 10 erlangs)
 * erlangB(2.5, 2); // between erlangB(2, 2) and erlangB(3, 2)
 * ```
 * @category Queueing
 */
export function erlangB(servers: number, trafficErlangs: number): number {
  const args = parseInput(ErlangArgsSchema, { servers, trafficErlangs }, { label: 'Erlang B arguments' });
  return erlangBUnchecked(args.servers, args.trafficErlangs);
}

const LinesArgsSchema = z.object({
  trafficErlangs: z.number().finite().min(0),
  blocking: z.number().gt(0).lt(1),
});

/**
 * The fewest whole servers (lines, beds) that keep Erlang B blocking at or below a target.
 *
 * @param trafficErlangs - offered load in erlangs
 * @param blocking - the highest acceptable blocking probability, 0 < p < 1 (0.02 for 2%)
 * @returns the number of servers
 * @throws PracticeOpsError `INVALID_INPUT` for bad numbers
 * @example
 * ```ts
 * requiredLines(10, 0.02); // 17
 * ```
 * @category Queueing
 */
export function requiredLines(trafficErlangs: number, blocking: number): number {
  const args = parseInput(LinesArgsSchema, { trafficErlangs, blocking }, { label: 'required lines arguments' });
  const a = args.trafficErlangs;
  let b = 1;
  let n = 0;
  while (b > args.blocking) {
    n += 1;
    b = (a * b) / (n + a * b);
  }
  return n;
}
