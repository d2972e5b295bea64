import type { ClockStart, Measure, VisitOutcome, VisitTimeline } from '../schemas.js';

/** A timeline with epoch milliseconds (NaN where missing), for the hot paths. */
export interface VisitTimes {
  readonly id: string;
  readonly visitType: string | undefined;
  readonly provider: string | undefined;
  readonly scheduled: number;
  readonly checkIn: number;
  readonly roomed: number;
  readonly seen: number;
  readonly checkOut: number;
  readonly left: number;
  readonly outcome: VisitOutcome | undefined;
}

const at = (instant: string | undefined): number => (instant === undefined ? Number.NaN : Date.parse(instant));

/** Epoch view of a parsed timeline. */
export function toTimes(v: VisitTimeline): VisitTimes {
  return {
    id: v.id,
    visitType: v.visitType,
    provider: v.provider,
    scheduled: at(v.scheduledAt),
    checkIn: at(v.checkedInAt),
    roomed: at(v.roomedAt),
    seen: at(v.seenAt),
    checkOut: at(v.checkedOutAt),
    left: at(v.leftAt),
    outcome: v.outcome,
  };
}

/** When the waiting clock starts (NaN without a check-in). */
export function clockStartOf(t: VisitTimes, rule: ClockStart): number {
  if (Number.isNaN(t.checkIn)) return Number.NaN;
  if (rule === 'later-of-check-in-and-appointment' && !Number.isNaN(t.scheduled)) return Math.max(t.checkIn, t.scheduled);
  return t.checkIn;
}

/** The start and end epochs of a measure. */
export function measureEndpoints(t: VisitTimes, measure: Measure, rule: ClockStart): readonly [number, number] {
  switch (measure) {
    case 'lobby-wait':
      return [t.checkIn, t.roomed];
    case 'door-to-room':
      return [clockStartOf(t, rule), t.roomed];
    case 'room-to-provider':
      return [t.roomed, t.seen];
    case 'door-to-provider':
      return [clockStartOf(t, rule), t.seen];
    case 'provider-time':
      return [t.seen, t.checkOut];
    case 'cycle-time':
      return [t.checkIn, t.checkOut];
    case 'lateness':
      return [t.scheduled, t.checkIn];
  }
}

const MINUTE = 60_000;

/**
 * A measure in minutes, or null when an endpoint is missing or (except for lateness and the
 * clock-started door measures, which clamp at 0) the end precedes the start.
 */
export function measureMinutes(t: VisitTimes, measure: Measure, rule: ClockStart): number | null {
  const [start, end] = measureEndpoints(t, measure, rule);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  const minutes = (end - start) / MINUTE;
  if (measure === 'lateness') return minutes;
  if (minutes < 0) {
    // With the later-of rule a patient can be roomed or seen before the appointment time: no wait.
    if ((measure === 'door-to-room' || measure === 'door-to-provider') && rule !== 'check-in' && end >= t.checkIn) return 0;
    return null;
  }
  return minutes;
}

/** The local anchor of a visit for day/hour grouping: check-in, else the appointment. */
export function anchorOf(t: VisitTimes): number {
  return Number.isNaN(t.checkIn) ? t.scheduled : t.checkIn;
}
