import { parseInput } from '../core/index.js';
import { TemplateSpecSchema, type AppointmentTemplate, type TemplateSpecInput } from './schemas.js';

/**
 * Builds an appointment template for a session from a booking rule: `individual` (one patient
 * every `slotMinutes`), `bailey-welch` (Bailey 1952, Welch & Bailey 1952: `initialPatients`, by
 * default two, at the start, then one per slot, so the provider is rarely idle waiting for the
 * first patient) or `block` (`blockSize` patients at the start of each block). The session lasts
 * `patients × slotMinutes`. `overbook` extra patients are double-booked into slots at the start,
 * the end or spread evenly.
 *
 * @param spec - rule, patients, slot length, block size or initial patients, overbooking
 * @returns the template (slots in time order)
 * @throws PracticeOpsError `INVALID_INPUT` for a bad spec
 * @example
 * ```ts
 * buildTemplate({ rule: 'bailey-welch', patients: 4, slotMinutes: 15 });
 * // { sessionMinutes: 60, slots: [{ atMinute: 0, patients: 2 }, { atMinute: 15, patients: 1 }, { atMinute: 30, patients: 1 }] }
 * ```
 * @category Templates
 */
export function buildTemplate(spec: TemplateSpecInput): AppointmentTemplate {
  const s = parseInput(TemplateSpecSchema, spec, { label: 'template spec' });
  const counts: number[] = [];
  if (s.rule === 'individual') {
    for (let i = 0; i < s.patients; i++) counts.push(1);
  } else if (s.rule === 'bailey-welch') {
    const first = Math.min(s.initialPatients, s.patients);
    counts.push(first);
    for (let i = first; i < s.patients; i++) counts.push(1);
  } else {
    for (let left = s.patients; left > 0; left -= s.blockSize) {
      counts.push(Math.min(s.blockSize, left));
      for (let j = 1; j < s.blockSize; j++) counts.push(0);
    }
  }
  const m = counts.length;
  for (let i = 0; i < s.overbook; i++) {
    const k = i % m;
    const index =
      s.overbookAt === 'start' ? k : s.overbookAt === 'end' ? m - 1 - k : Math.min(m - 1, Math.floor(((i + 0.5) * m) / s.overbook));
    counts[index] = (counts[index] as number) + 1;
  }
  const slots = counts.map((patients, i) => ({ atMinute: i * s.slotMinutes, patients })).filter((slot) => slot.patients > 0);
  return { sessionMinutes: s.patients * s.slotMinutes, slots };
}
