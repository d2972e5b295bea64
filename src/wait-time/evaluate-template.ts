import { z } from 'zod';
import { ERROR_CODES, parseInput, practiceOpsError } from '../core/index.js';
import { discretise } from './internal/distributions.js';
import { parseTemplateInput } from './internal/template-input.js';
import type { AppointmentTemplateInput, TemplateEvaluation, TemplateModelInput } from './schemas.js';

/**
 * Options for {@link evaluateTemplate}: the grid step.
 *
 * @example
 * ```ts
 * ExactOptionsSchema.parse({ stepMinutes: 0.5 });
 * ```
 * @category Templates
 */
export const ExactOptionsSchema = z.object({
  /** Grid step, minutes: service times and appointment times are put on this grid. */
  stepMinutes: z.number().positive().max(60).default(0.5),
});

/**
 * Options for {@link evaluateTemplate}.
 *
 * @category Templates
 */
export type ExactOptionsInput = z.input<typeof ExactOptionsSchema>;

function convolve(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as number;
    if (ai === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j] as number) + ai * (b[j] as number);
  }
  return out;
}

function trim(pmf: Float64Array): Float64Array {
  let end = pmf.length;
  while (end > 1 && (pmf[end - 1] as number) < 1e-300) end -= 1;
  return end === pmf.length ? pmf : pmf.slice(0, end);
}

/**
 * Evaluates an appointment template exactly where the mathematics allows: punctual patients (or
 * all equally late), independent no-shows, one provider, first come first served, and i.i.d.
 * service times. The provider's free-time distribution is carried from patient to patient on a
 * grid (wait = max(0, free − appointment); free′ = max(free, appointment) + service, or unchanged
 * on a no-show), which is the exact Lindley recursion of the session. Service-time distributions
 * on the grid (`discrete`, `fixed` with grid values) give exact results; continuous ones are
 * discretised to `stepMinutes` (mass rounded to the nearest grid point), an error of at most half a
 * step per service. Patient lateness that varies needs {@link simulateTemplate}.
 *
 * @param template - the slots and session length
 * @param model - no-show probability, service time, goal, clock start (lateness absent or fixed)
 * @param options - `stepMinutes` (default 0.5)
 * @returns the evaluation, `method: 'exact'`
 * @throws PracticeOpsError `INVALID_INPUT` for bad input; `OUT_OF_DOMAIN` when lateness varies
 * @example
 * ```ts
 * const template = buildTemplate({ rule: 'individual', patients: 3, slotMinutes: 20 });
 * evaluateTemplate(template, { serviceTime: { kind: 'discrete', values: [{ value: 10, probability: 0.5 }, { value: 30, probability: 0.5 }] } }).meanWaitMinutes;
 * // 4.1667: the three patients wait 0, 5 and 7.5 minutes on average
 * ```
 * @category Templates
 */
export function evaluateTemplate(
  template: AppointmentTemplateInput,
  model: TemplateModelInput,
  options: ExactOptionsInput = {},
): TemplateEvaluation {
  const { template: t, model: m, appointments } = parseTemplateInput(template, model);
  const { stepMinutes: step } = parseInput(ExactOptionsSchema, options, { label: 'exact options', basePath: ['options'] });
  let lateness = 0;
  if (m.lateness !== undefined) {
    const l = m.lateness;
    const fixed = l.kind === 'fixed' ? l.value : l.kind === 'discrete' && l.values.length === 1 ? (l.values[0]?.value ?? 0) : null;
    if (fixed === null) {
      throw practiceOpsError(ERROR_CODES.outOfDomain, 'The exact evaluator needs punctual (or equally late) patients; use simulateTemplate for varying lateness', {
        path: ['model', 'lateness'],
        expected: 'absent or a fixed value',
        received: l.kind,
      });
    }
    lateness = fixed;
  }
  const service = discretise(m.serviceTime, step);
  let meanService = 0;
  for (let k = 0; k < service.length; k++) meanService += k * step * (service[k] as number);
  const p = m.noShowProbability;
  const goal = m.goalMinutes;
  const startIndex = Math.round(m.providerStartMinutes / step);
  let free: Float64Array = new Float64Array(startIndex + 1);
  free[startIndex] = 1;
  const patients: { atMinute: number; meanWaitMinutes: number; shareWithinGoal: number }[] = [];
  for (const appointment of appointments) {
    const arrival = appointment + lateness;
    const a = Math.round(arrival / step);
    const clock = m.clockStart === 'check-in' ? arrival : Math.max(arrival, appointment);
    // Start time: max(free, arrival).
    const length = Math.max(free.length, a + 1);
    const start = new Float64Array(length);
    let meanWait = 0;
    let within = 0;
    for (let k = 0; k < free.length; k++) {
      const mass = free[k] as number;
      if (mass === 0) continue;
      const s = Math.max(k, a);
      start[s] = (start[s] as number) + mass;
    }
    for (let s = 0; s < length; s++) {
      const mass = start[s] as number;
      if (mass === 0) continue;
      const wait = Math.max(0, s * step - clock);
      meanWait += mass * wait;
      if (wait <= goal + 1e-9) within += mass;
    }
    patients.push({ atMinute: appointment, meanWaitMinutes: meanWait, shareWithinGoal: Math.min(1, within) });
    const served = convolve(start, service);
    const next = new Float64Array(Math.max(served.length, free.length));
    for (let k = 0; k < served.length; k++) next[k] = (1 - p) * (served[k] as number);
    if (p > 0) for (let k = 0; k < free.length; k++) next[k] = (next[k] as number) + p * (free[k] as number);
    free = trim(next);
  }
  let overtime = 0;
  let end = 0;
  let finish = 0;
  for (let k = 0; k < free.length; k++) {
    const mass = free[k] as number;
    const time = k * step;
    overtime += mass * Math.max(0, time - t.sessionMinutes);
    end += mass * Math.max(time, t.sessionMinutes);
    finish += mass * time;
  }
  const n = appointments.length;
  const expectedSeen = n * (1 - p);
  const mean = (key: 'meanWaitMinutes' | 'shareWithinGoal'): number => patients.reduce((s, x) => s + x[key], 0) / n;
  return {
    method: 'exact',
    patientsBooked: n,
    expectedPatientsSeen: expectedSeen,
    meanWaitMinutes: mean('meanWaitMinutes'),
    shareWithinGoal: mean('shareWithinGoal'),
    meanIdleMinutes: end - m.providerStartMinutes - expectedSeen * meanService,
    meanOvertimeMinutes: overtime,
    meanFinishMinutes: finish,
    patients,
    stepMinutes: step,
  };
}
