import type { Appointment, Encounter } from 'fhir/r4';
import { z } from 'zod';
import { InstantSchema, parseInput } from '../core/index.js';
import type { VisitTimeline } from './schemas.js';

const PeriodSchema = z.looseObject({ start: z.string().optional(), end: z.string().optional() });
const CodeableSchema = z.looseObject({ coding: z.array(z.looseObject({ code: z.string().optional() })).optional(), text: z.string().optional() });
const ReferenceSchema = z.looseObject({ reference: z.string().optional() });

const EncounterSchema = z.looseObject({
  resourceType: z.literal('Encounter'),
  id: z.string().optional(),
  status: z.string(),
  statusHistory: z.array(z.looseObject({ status: z.string(), period: PeriodSchema })).optional(),
  type: z.array(CodeableSchema).optional(),
  serviceType: CodeableSchema.optional(),
  participant: z.array(z.looseObject({ type: z.array(CodeableSchema).optional(), individual: ReferenceSchema.optional() })).optional(),
  appointment: z.array(ReferenceSchema).optional(),
  period: PeriodSchema.optional(),
});

const AppointmentSchema = z.looseObject({
  resourceType: z.literal('Appointment'),
  id: z.string().optional(),
  status: z.string(),
  start: z.string().optional(),
  appointmentType: CodeableSchema.optional(),
  serviceType: z.array(CodeableSchema).optional(),
  participant: z.array(z.looseObject({ actor: ReferenceSchema.optional() })).optional(),
});

const InputSchema = z.object({
  encounters: z.array(EncounterSchema).default([]),
  appointments: z.array(AppointmentSchema).default([]),
});

/**
 * FHIR R4 resources to read timelines from.
 *
 * @category FHIR
 */
export interface FhirVisitInput {
  /** Encounters (statusHistory and period give the milestones). */
  readonly encounters?: readonly Encounter[];
  /** Appointments (start gives the appointment time; status `noshow` the no-show). */
  readonly appointments?: readonly Appointment[];
}

/**
 * What {@link timelinesFromFhir} returns: the timelines and notes on what could not be used.
 *
 * @category FHIR
 */
export interface FhirTimelines {
  /** One timeline per encounter, plus one per appointment without an encounter. */
  readonly timelines: readonly VisitTimeline[];
  /** Timestamps skipped (no time zone, date only) and other notes, each naming the field. */
  readonly warnings: readonly string[];
}

type Codeable = z.infer<typeof CodeableSchema>;
const codeOf = (c: Codeable | undefined): string | undefined => c?.coding?.find((x) => x.code !== undefined)?.code ?? c?.text;
const PROVIDER_TYPES = new Set(['PPRF', 'ATND', 'PART', 'SPRF']);

/**
 * Builds visit timelines from FHIR R4 Encounters and Appointments, recording in `sources` the
 * field each timestamp came from. Encounter.statusHistory gives the milestones: `arrived` →
 * checked in, `triaged` → roomed, `in-progress` → seen by the provider, `finished` → checked out
 * (each at its period.start; the earliest when repeated). Without those entries, Encounter.period
 * gives check-in (start) and check-out (end, once finished). An encounter cancelled after arrival
 * and before `in-progress` is a walk-out (left without being seen). An Appointment referenced from
 * Encounter.appointment gives the appointment time (start) and the visit type (appointmentType or
 * serviceType); an Appointment with no encounter becomes its own timeline (status `noshow` →
 * no-show, `cancelled` → cancelled). Provider: the first participant typed PPRF/ATND/PART/SPRF (or
 * the first one), else the appointment's first Practitioner actor. FHIR dateTimes without a time
 * and offset cannot place a wait and are skipped with a warning.
 *
 * @param input - encounters and appointments (types from `fhir/r4`, `@types/fhir` 0.0.44)
 * @returns timelines and warnings
 * @throws PracticeOpsError `INVALID_INPUT` when a resource is not an Encounter or Appointment shape
 * @example
 * ```ts
 * const { timelines } = timelinesFromFhir({ encounters: [encounter], appointments: [appointment] });
 * timelines[0]?.sources?.['checkedInAt']; // 'Encounter/e1.statusHistory[0].period.start'
 * ```
 * @category FHIR
 */
export function timelinesFromFhir(input: FhirVisitInput): FhirTimelines {
  const parsed = parseInput(InputSchema, input, { label: 'FHIR resources' });
  const warnings: string[] = [];
  const instant = (value: string | undefined, where: string): string | undefined => {
    if (value === undefined) return undefined;
    if (InstantSchema.safeParse(value).success) return value;
    warnings.push(`${where}: ${JSON.stringify(value)} has no time with an offset; skipped`);
    return undefined;
  };
  const appointments = new Map<string, { resource: z.infer<typeof AppointmentSchema>; index: number }>();
  parsed.appointments.forEach((resource, index) => {
    if (resource.id !== undefined) appointments.set(`Appointment/${resource.id}`, { resource, index });
  });
  const used = new Set<string>();
  const timelines: VisitTimeline[] = [];

  const fromAppointment = (
    timeline: Record<string, unknown>,
    sources: Record<string, string>,
    a: z.infer<typeof AppointmentSchema>,
    name: string,
  ): void => {
    const start = instant(a.start, `${name}.start`);
    if (start !== undefined) {
      timeline['scheduledAt'] = start;
      sources['scheduledAt'] = `${name}.start`;
    }
    if (timeline['visitType'] === undefined) {
      const type = codeOf(a.appointmentType) ?? codeOf(a.serviceType?.[0]);
      if (type !== undefined) {
        timeline['visitType'] = type;
        sources['visitType'] = a.appointmentType !== undefined ? `${name}.appointmentType` : `${name}.serviceType[0]`;
      }
    }
    if (timeline['provider'] === undefined) {
      const i = a.participant?.findIndex((p) => p.actor?.reference?.startsWith('Practitioner/') === true) ?? -1;
      const ref = i >= 0 ? a.participant?.[i]?.actor?.reference : undefined;
      if (ref !== undefined) {
        timeline['provider'] = ref;
        sources['provider'] = `${name}.participant[${i}].actor`;
      }
    }
  };

  parsed.encounters.forEach((e, index) => {
    const name = e.id === undefined ? `Encounter[${index}]` : `Encounter/${e.id}`;
    const timeline: Record<string, unknown> = { id: e.id ?? name };
    const sources: Record<string, string> = {};
    const set = (field: string, value: string | undefined, source: string): void => {
      if (value === undefined) return;
      const current = timeline[field];
      if (typeof current === 'string' && Date.parse(current) <= Date.parse(value)) return;
      timeline[field] = value;
      sources[field] = source;
    };
    const type = codeOf(e.type?.[0]) ?? codeOf(e.serviceType);
    if (type !== undefined) {
      timeline['visitType'] = type;
      sources['visitType'] = e.type?.[0] !== undefined ? `${name}.type[0]` : `${name}.serviceType`;
    }
    const participants = e.participant ?? [];
    let pi = participants.findIndex((p) => p.type?.some((t) => t.coding?.some((c) => c.code !== undefined && PROVIDER_TYPES.has(c.code))) === true);
    if (pi < 0) pi = participants.findIndex((p) => p.individual?.reference !== undefined);
    const providerRef = pi >= 0 ? participants[pi]?.individual?.reference : undefined;
    if (providerRef !== undefined) {
      timeline['provider'] = providerRef;
      sources['provider'] = `${name}.participant[${pi}].individual`;
    }
    const history = e.statusHistory ?? [];
    let cancelledAt: string | undefined;
    let cancelledSource = '';
    history.forEach((h, i) => {
      const where = `${name}.statusHistory[${i}].period.start`;
      const start = instant(h.period.start, where);
      if (h.status === 'arrived') set('checkedInAt', start, where);
      else if (h.status === 'triaged') set('roomedAt', start, where);
      else if (h.status === 'in-progress') set('seenAt', start, where);
      else if (h.status === 'finished') set('checkedOutAt', start, where);
      else if (h.status === 'cancelled' && start !== undefined) {
        cancelledAt = start;
        cancelledSource = where;
      }
    });
    if (timeline['checkedInAt'] === undefined && ['arrived', 'triaged', 'in-progress', 'finished', 'cancelled'].includes(e.status)) {
      set('checkedInAt', instant(e.period?.start, `${name}.period.start`), `${name}.period.start`);
    }
    if (timeline['checkedOutAt'] === undefined && e.status === 'finished') {
      set('checkedOutAt', instant(e.period?.end, `${name}.period.end`), `${name}.period.end`);
    }
    if (e.status === 'cancelled' && timeline['checkedInAt'] !== undefined && timeline['seenAt'] === undefined) {
      timeline['outcome'] = 'left-without-being-seen';
      sources['outcome'] = `${name}.status`;
      const left = cancelledAt ?? instant(e.period?.end, `${name}.period.end`);
      if (left !== undefined) {
        timeline['leftAt'] = left;
        sources['leftAt'] = cancelledAt !== undefined ? cancelledSource : `${name}.period.end`;
      }
    }
    for (const [i, ref] of (e.appointment ?? []).entries()) {
      const hit = ref.reference === undefined ? undefined : appointments.get(ref.reference);
      if (hit === undefined) continue;
      used.add(ref.reference as string);
      fromAppointment(timeline, sources, hit.resource, `${ref.reference as string}`);
      sources['appointment'] = `${name}.appointment[${i}]`;
      break;
    }
    timeline['sources'] = sources;
    timelines.push(timeline as VisitTimeline);
  });

  parsed.appointments.forEach((a, index) => {
    const key = a.id === undefined ? undefined : `Appointment/${a.id}`;
    if (key !== undefined && used.has(key)) return;
    const name = key ?? `Appointment[${index}]`;
    const timeline: Record<string, unknown> = { id: a.id ?? name };
    const sources: Record<string, string> = {};
    fromAppointment(timeline, sources, a, name);
    if (a.status === 'noshow') {
      timeline['outcome'] = 'no-show';
      sources['outcome'] = `${name}.status`;
    } else if (a.status === 'cancelled') {
      timeline['outcome'] = 'cancelled';
      sources['outcome'] = `${name}.status`;
    } else if (a.status === 'arrived' || a.status === 'checked-in' || a.status === 'fulfilled') {
      warnings.push(`${name}: status ${a.status} but no Encounter gives the arrival time`);
    }
    timeline['sources'] = sources;
    timelines.push(timeline as VisitTimeline);
  });
  return { timelines, warnings };
}
