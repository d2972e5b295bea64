import { addCalendarDays, type IsoDate } from '../../core/calendar.js';
import type { CredentialType, StaffCredential, TrainingEvent } from '../schemas.js';
import { evaluateRequirement, type RequirementOutcome } from './requirements.js';
import type { Requirement } from '../schemas.js';
import { coversState, typeOf, validInterval, type TypeIndex } from './resolve.js';

/** When one credential counts (inclusive days; `to` undefined = open). */
export interface HeldInterval {
  readonly credentialId: string;
  readonly typeId: string;
  readonly from: IsoDate;
  readonly to: IsoDate | undefined;
}

/** Options for intervals. */
export interface IntervalOptions {
  readonly state: string | undefined;
  readonly events: readonly TrainingEvent[];
  readonly requireVerification: boolean;
}

/** The valid intervals of each staff member's credentials that cover the state. */
export function heldIntervals(index: TypeIndex, credentials: readonly StaffCredential[], options: IntervalOptions): Map<string, HeldInterval[]> {
  const byStaff = new Map<string, HeldInterval[]>();
  credentials.forEach((credential, i) => {
    const type: CredentialType = typeOf(index, credential.typeId, ['credentials', i, 'typeId']);
    if (!coversState(type, credential, options.state)) return;
    const interval = validInterval(type, credential, options);
    if (interval === undefined) return;
    const list = byStaff.get(credential.staffId) ?? [];
    list.push({ credentialId: credential.id, typeId: credential.typeId, from: interval.from, to: interval.to });
    byStaff.set(credential.staffId, list);
  });
  return byStaff;
}

/** Type ids held on a date. */
export function heldOn(intervals: readonly HeldInterval[], date: IsoDate): Set<string> {
  const held = new Set<string>();
  for (const interval of intervals) {
    if (interval.from <= date && (interval.to === undefined || date <= interval.to)) held.add(interval.typeId);
  }
  return held;
}

/** One stretch of constant eligibility. */
export interface Segment {
  readonly from: IsoDate;
  readonly to: IsoDate | undefined;
  readonly outcome: RequirementOutcome;
}

/** Splits [from, to] (to undefined = open) into stretches of constant outcome. */
export function segments(intervals: readonly HeldInterval[], requirement: Requirement, from: IsoDate, to: IsoDate | undefined): Segment[] {
  const points = new Set<IsoDate>([from]);
  for (const interval of intervals) {
    if (interval.from > from && (to === undefined || interval.from <= to)) points.add(interval.from);
    if (interval.to !== undefined) {
      const after = addCalendarDays(interval.to, 1);
      if (after > from && (to === undefined || after <= to)) points.add(after);
    }
  }
  const starts = [...points].sort();
  const result: { from: IsoDate; to: IsoDate | undefined; outcome: RequirementOutcome }[] = [];
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    const end = next === undefined ? to : addCalendarDays(next, -1);
    const outcome = evaluateRequirement(requirement, heldOn(intervals, start));
    const previous = result[result.length - 1];
    if (previous !== undefined && previous.outcome.met === outcome.met && reasonOf(previous.outcome) === reasonOf(outcome)) {
      previous.to = end;
    } else {
      result.push({ from: start, to: end, outcome });
    }
  });
  return result;
}

/** A readable reason for an outcome. */
export function reasonOf(outcome: RequirementOutcome): string {
  return outcome.met ? `holds ${[...new Set(outcome.used)].join(', ')}` : `missing ${outcome.missing.join(', ')}`;
}
