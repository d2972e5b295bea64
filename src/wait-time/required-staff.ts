import { ERROR_CODES, parseInput, practiceOpsError } from '../core/index.js';
import { erlangBUnchecked, erlangCFromB, serviceLevelFromC } from './internal/erlang.js';
import { erlangA } from './erlang-a.js';
import { StaffingTargetSchema, type StaffingResult, type StaffingTargetInput } from './schemas.js';

type StaffingTarget = ReturnType<typeof StaffingTargetSchema.parse>;

/**
 * Erlang A staffing: the service level, occupancy, mean wait and abandonment all improve with more
 * servers, so the least feasible number is found by doubling then bisection (O(n log n) in all).
 */
function staffWithAbandonment(t: StaffingTarget, traffic: number, patience: number): StaffingResult {
  const evaluate = (n: number) => {
    const r = erlangA(
      { arrivals: t.arrivals, periodMinutes: t.periodMinutes, meanServiceMinutes: t.meanServiceMinutes, servers: n, meanPatienceMinutes: patience },
      t.targetWaitMinutes,
    );
    const failed: StaffingResult['bindingConstraint'] | null =
      (r.serviceLevel ?? 0) < t.targetServiceLevel - 1e-12
        ? 'service-level'
        : r.occupancy > t.maxOccupancy + 1e-12
          ? 'occupancy'
          : t.maxMeanWaitMinutes !== undefined && r.meanWaitMinutes > t.maxMeanWaitMinutes
            ? 'mean-wait'
            : t.maxAbandonment !== undefined && r.probabilityOfAbandoning > t.maxAbandonment
              ? 'abandonment'
              : null;
    return { r, failed };
  };
  let lo = 0; // infeasible (or nothing)
  let hi = Math.max(1, Math.ceil(traffic));
  let best = evaluate(hi);
  while (best.failed !== null) {
    lo = hi;
    hi *= 2;
    if (hi > t.maxServers) {
      hi = t.maxServers;
      best = evaluate(hi);
      if (best.failed !== null) {
        throw practiceOpsError(ERROR_CODES.outOfDomain, `More than ${t.maxServers} servers would be needed`, {
          path: ['maxServers'],
          expected: `a target reachable with at most ${t.maxServers} servers`,
          received: String(t.maxServers),
        });
      }
      break;
    }
    best = evaluate(hi);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const m = evaluate(mid);
    if (m.failed === null) {
      hi = mid;
      best = m;
    } else {
      lo = mid;
    }
  }
  const binding = hi > 1 ? (evaluate(hi - 1).failed ?? 'stability') : 'stability';
  return {
    servers: hi,
    scheduled: ceilTolerant(hi / (1 - t.shrinkage)),
    trafficErlangs: traffic,
    serviceLevel: best.r.serviceLevel ?? 0,
    probabilityOfWaiting: best.r.probabilityOfWaiting,
    occupancy: best.r.occupancy,
    meanWaitMinutes: best.r.meanWaitMinutes,
    bindingConstraint: binding,
    model: 'erlang-a',
    probabilityOfAbandoning: best.r.probabilityOfAbandoning,
  };
}

// ceil() that forgives floating-point noise such as 14 / 0.7 = 20.000000000000004.
function ceilTolerant(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-9 * Math.max(1, Math.abs(x)) ? r : Math.ceil(x);
}

/**
 * The staff needed for a queue (Erlang C): the fewest servers that reach the service-level target
 * (share answered within the target time), keep occupancy at or under the cap and, if given, the
 * mean wait under its cap; then the number to schedule once shrinkage is allowed for,
 * ceil(servers / (1 − shrinkage)). The search steps the Erlang B recursion upward one server at a
 * time from the load, so it costs O(servers) however large the centre. With `meanPatienceMinutes`
 * the queue is Erlang A (callers give up), the occupancy is the carried load per server and an
 * abandonment cap (`maxAbandonment`) may be added.
 *
 * @param target - arrivals, period, mean handling time, service-level target, occupancy cap, shrinkage
 * @returns servers, scheduled staff and the metrics reached (0 servers when nobody arrives)
 * @throws PracticeOpsError `INVALID_INPUT` for bad input; `OUT_OF_DOMAIN` when more than `maxServers` would be needed
 * @example
 * ```ts
 * const r = requiredStaff({ arrivals: 100, periodMinutes: 30, meanServiceMinutes: 3, targetServiceLevel: 0.8,
 *   targetWaitMinutes: 20 / 60, maxOccupancy: 0.85, shrinkage: 0.3 });
 * r.servers; // 14
 * r.scheduled; // 20
 * ```
 * @category Queueing
 */
export function requiredStaff(target: StaffingTargetInput): StaffingResult {
  const t = parseInput(StaffingTargetSchema, target, { label: 'staffing target' });
  const traffic = (t.arrivals / t.periodMinutes) * t.meanServiceMinutes;
  if (traffic === 0) {
    return {
      servers: 0,
      scheduled: 0,
      trafficErlangs: 0,
      serviceLevel: 1,
      probabilityOfWaiting: 0,
      occupancy: 0,
      meanWaitMinutes: 0,
      bindingConstraint: 'stability',
      model: t.meanPatienceMinutes === undefined ? 'erlang-c' : 'erlang-a',
      ...(t.meanPatienceMinutes === undefined ? {} : { probabilityOfAbandoning: 0 }),
    };
  }
  if (t.meanPatienceMinutes !== undefined) return staffWithAbandonment(t, traffic, t.meanPatienceMinutes);
  // Occupancy cap: traffic / n <= maxOccupancy.
  const byOccupancy = ceilTolerant(traffic / t.maxOccupancy);
  const stable = Math.floor(traffic) + 1;
  let n = Math.max(1, byOccupancy, stable);
  let b = erlangBUnchecked(n, traffic);
  for (;;) {
    if (n > t.maxServers) {
      throw practiceOpsError(ERROR_CODES.outOfDomain, `More than ${t.maxServers} servers would be needed`, {
        path: ['maxServers'],
        expected: `a target reachable with at most ${t.maxServers} servers`,
        received: String(t.maxServers),
      });
    }
    if (traffic < n) {
      const c = erlangCFromB(n, traffic, b);
      const sl = serviceLevelFromC(c, n, traffic, t.meanServiceMinutes, t.targetWaitMinutes);
      const occupancy = traffic / n;
      const meanWaitMinutes = (c * t.meanServiceMinutes) / (n - traffic);
      const slOk = sl >= t.targetServiceLevel - 1e-12;
      const occOk = occupancy <= t.maxOccupancy + 1e-12;
      const waitOk = t.maxMeanWaitMinutes === undefined || meanWaitMinutes <= t.maxMeanWaitMinutes;
      if (slOk && occOk && waitOk) {
        // Which constraint bound: the one that failed at n - 1.
        let binding: StaffingResult['bindingConstraint'] = 'stability';
        if (n - 1 > traffic) {
          const prevB = (b * n) / (traffic * (1 - b)); // invert the recursion: B(n-1) from B(n)
          const pc = erlangCFromB(n - 1, traffic, Math.min(1, prevB));
          const psl = serviceLevelFromC(pc, n - 1, traffic, t.meanServiceMinutes, t.targetWaitMinutes);
          const pw = (pc * t.meanServiceMinutes) / (n - 1 - traffic);
          if (psl < t.targetServiceLevel - 1e-12) binding = 'service-level';
          else if (traffic / (n - 1) > t.maxOccupancy + 1e-12) binding = 'occupancy';
          else if (t.maxMeanWaitMinutes !== undefined && pw > t.maxMeanWaitMinutes) binding = 'mean-wait';
        }
        return {
          servers: n,
          scheduled: ceilTolerant(n / (1 - t.shrinkage)),
          trafficErlangs: traffic,
          serviceLevel: sl,
          probabilityOfWaiting: c,
          occupancy,
          meanWaitMinutes,
          bindingConstraint: binding,
          model: 'erlang-c',
        };
      }
    }
    n += 1;
    b = (traffic * b) / (n + traffic * b);
  }
}
