import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { sample } from './internal/distributions.js';
import { seededRng } from './internal/rng.js';
import { parseTemplateInput } from './internal/template-input.js';
import type { AppointmentTemplateInput, TemplateEvaluation, TemplateModelInput } from './schemas.js';

/**
 * Options for {@link simulateTemplate}: replications and seed.
 *
 * @example
 * ```ts
 * SimulationOptionsSchema.parse({ replications: 2000, seed: 42 });
 * ```
 * @category Templates
 */
export const SimulationOptionsSchema = z.object({
  /** Independent sessions simulated. */
  replications: z.number().int().min(1).max(10_000_000).default(10_000),
  /** The seed: the same seed gives the same result. */
  seed: z.number().int().default(1),
});

/**
 * Options for {@link simulateTemplate}.
 *
 * @category Templates
 */
export type SimulationOptionsInput = z.input<typeof SimulationOptionsSchema>;

/**
 * A seeded discrete-event simulation of one clinic session under an appointment template: each
 * booked patient comes with probability 1 − no-show, arrives at the appointment plus a lateness
 * draw, and is seen first come, first served by one provider (who starts at `providerStartMinutes`
 * and never idles while someone waits); service times are drawn from the service distribution
 * (negative draws count as 0). Reports the mean wait of patients who come, the share within the
 * goal, provider idle time and overtime, with standard errors over the replications.
 *
 * @param template - the slots and session length
 * @param model - no-show probability, service-time and lateness distributions, goal and clock start
 * @param options - replications (default 10,000) and seed (default 1)
 * @returns the evaluation, `method: 'simulation'`
 * @throws PracticeOpsError `INVALID_INPUT` for a bad template, model or options
 * @example
 * ```ts
 * const template = buildTemplate({ rule: 'bailey-welch', patients: 12, slotMinutes: 15 });
 * const r = simulateTemplate(template, { serviceTime: { kind: 'gamma', mean: 15, sd: 7.5 }, noShowProbability: 0.1,
 *   lateness: { kind: 'normal', mean: -5, sd: 5 } }, { replications: 5000, seed: 7 });
 * r.meanWaitMinutes;
 * ```
 * @category Templates
 */
export function simulateTemplate(
  template: AppointmentTemplateInput,
  model: TemplateModelInput,
  options: SimulationOptionsInput = {},
): TemplateEvaluation {
  const { template: t, model: m, appointments } = parseTemplateInput(template, model);
  const o = parseInput(SimulationOptionsSchema, options, { label: 'simulation options', basePath: ['options'] });
  const rng = seededRng(o.seed);
  const n = appointments.length;
  const arrival = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  const shows = new Uint8Array(n);
  const waitSum = new Float64Array(n);
  const withinSum = new Float64Array(n);
  const seenCount = new Float64Array(n);
  let totalWait = 0;
  let totalWithin = 0;
  let totalSeen = 0;
  // Per-replication moments for standard errors (wait as a ratio: per-replication mean wait of those seen).
  const moments = { idle: [0, 0] as [number, number], over: [0, 0] as [number, number], finish: 0, wait: [0, 0] as [number, number], waitReps: 0 };
  for (let r = 0; r < o.replications; r++) {
    for (let i = 0; i < n; i++) {
      shows[i] = rng.next() >= m.noShowProbability ? 1 : 0;
      arrival[i] = (appointments[i] as number) + (m.lateness === undefined ? 0 : sample(m.lateness, rng));
    }
    order.sort((a, b) => (arrival[a] as number) - (arrival[b] as number) || a - b);
    let free = m.providerStartMinutes;
    let busy = 0;
    let repWait = 0;
    let repSeen = 0;
    for (const i of order) {
      if (shows[i] === 0) continue;
      const arrive = arrival[i] as number;
      const appointment = appointments[i] as number;
      const start = Math.max(free, arrive);
      const clock = m.clockStart === 'check-in' ? arrive : Math.max(arrive, appointment);
      const wait = Math.max(0, start - clock);
      const service = Math.max(0, sample(m.serviceTime, rng));
      free = start + service;
      busy += service;
      waitSum[i] = (waitSum[i] as number) + wait;
      seenCount[i] = (seenCount[i] as number) + 1;
      if (wait <= m.goalMinutes) {
        withinSum[i] = (withinSum[i] as number) + 1;
        totalWithin += 1;
      }
      totalWait += wait;
      totalSeen += 1;
      repWait += wait;
      repSeen += 1;
    }
    const end = Math.max(free, t.sessionMinutes);
    const idle = end - m.providerStartMinutes - busy;
    const over = Math.max(0, free - t.sessionMinutes);
    moments.idle[0] += idle;
    moments.idle[1] += idle * idle;
    moments.over[0] += over;
    moments.over[1] += over * over;
    moments.finish += Math.max(free, m.providerStartMinutes);
    if (repSeen > 0) {
      const w = repWait / repSeen;
      moments.wait[0] += w;
      moments.wait[1] += w * w;
      moments.waitReps += 1;
    }
  }
  const reps = o.replications;
  const se = (sum: number, sumSq: number, k: number): number => {
    if (k < 2) return Number.NaN;
    const mean = sum / k;
    return Math.sqrt(Math.max(0, sumSq / k - mean * mean) / (k - 1));
  };
  return {
    method: 'simulation',
    patientsBooked: n,
    expectedPatientsSeen: totalSeen / reps,
    meanWaitMinutes: totalSeen === 0 ? 0 : totalWait / totalSeen,
    shareWithinGoal: totalSeen === 0 ? 1 : totalWithin / totalSeen,
    meanIdleMinutes: moments.idle[0] / reps,
    meanOvertimeMinutes: moments.over[0] / reps,
    meanFinishMinutes: moments.finish / reps,
    patients: appointments.map((atMinute, i) => ({
      atMinute,
      meanWaitMinutes: (seenCount[i] as number) === 0 ? 0 : (waitSum[i] as number) / (seenCount[i] as number),
      shareWithinGoal: (seenCount[i] as number) === 0 ? 1 : (withinSum[i] as number) / (seenCount[i] as number),
    })),
    replications: reps,
    standardErrors: {
      meanWaitMinutes: se(moments.wait[0], moments.wait[1], moments.waitReps),
      meanIdleMinutes: se(moments.idle[0], moments.idle[1], reps),
      meanOvertimeMinutes: se(moments.over[0], moments.over[1], reps),
    },
  };
}
