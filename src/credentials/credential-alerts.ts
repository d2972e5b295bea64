import { z } from 'zod';
import { addCalendarDays, IsoDateSchema, type IsoDate } from '../core/calendar.js';
import { parseInput } from '../core/parse.js';
import { standingOf } from './credential-standing.js';
import { US_CREDENTIAL_TYPES } from './credential-types.js';
import { assertAllCredentialDates } from './internal/dates.js';
import { heldIntervals, heldOn, type HeldInterval } from './internal/intervals.js';
import { meets, resolvedRequirementFor } from './internal/requirements.js';
import { effectiveExpiry, typeOf, type TypeIndex, indexTypes } from './internal/resolve.js';
import {
  CredentialTypeSchema,
  RoleRequirementSchema,
  RotaShiftSchema,
  StaffCredentialSchema,
  StaffMemberSchema,
  StateCodeSchema,
  TrainingEventSchema,
  type CredentialType,
  type RotaShift,
  type StaffCredential,
  type StaffMember,
  type TrainingEvent,
} from './schemas.js';

/**
 * The input of {@link credentialAlerts}.
 *
 * @example
 * ```ts
 * CredentialAlertsInputSchema.parse({ today: '2026-11-23', credentials: [] });
 * ```
 * @category Alerts
 */
export const CredentialAlertsInputSchema = z
  .object({
    /** The day to judge on. */
    today: IsoDateSchema,
    /** Staff credentials. */
    credentials: z.array(StaffCredentialSchema).readonly(),
    /** Days before expiry at which to alert; 0 is the last valid day. */
    windows: z.array(z.number().int().min(0).max(3650)).min(1).readonly().default([90, 60, 30, 0]),
    /** Whether to alert on lapsed credentials. */
    overdue: z.boolean().default(true),
    /** Keys of alerts already sent: they are not raised again. */
    alreadySent: z.array(z.string()).readonly().default([]),
    /** Shifts already in the rota, to find those a lapse would make ineligible. */
    shifts: z.array(RotaShiftSchema).readonly().default([]),
    /** Role requirements, for the shift check. */
    requirements: z.array(RoleRequirementSchema).readonly().default([]),
    /** The site's state, for shifts that do not name one. */
    state: StateCodeSchema.optional(),
    /** Staff names, for readable messages. */
    staff: z.array(StaffMemberSchema).readonly().default([]),
    /** Credential types; {@link US_CREDENTIAL_TYPES} when left out. */
    types: z.array(CredentialTypeSchema).readonly().optional(),
    /** Re-training events. */
    events: z.array(TrainingEventSchema).readonly().default([]),
  })
  .strict();

/**
 * The input of {@link credentialAlerts}.
 *
 * @category Alerts
 */
export type CredentialAlertsInput = z.input<typeof CredentialAlertsInputSchema>;

/**
 * An alert that a credential is about to lapse (or has): which threshold it crossed, whether
 * renewal is open, and the rota shifts the lapse would make ineligible.
 *
 * @category Alerts
 */
export interface CredentialAlert {
  /** A stable key (credential, expiry, threshold) for deduplication across runs. */
  readonly key: string;
  /** The credential. */
  readonly credentialId: string;
  /** Whose it is. */
  readonly staffId: string;
  /** Its type. */
  readonly typeId: string;
  /** The type's name. */
  readonly typeName: string;
  /** The last valid day. */
  readonly expires: IsoDate;
  /** Days from today to the last valid day (negative once lapsed). */
  readonly daysLeft: number;
  /** The window crossed (90, 60, 30, 0) or `overdue`. */
  readonly threshold: number | 'overdue';
  /** Whether renewal is possible today. */
  readonly renewalWindowOpen: boolean;
  /** When renewal becomes possible, if the rule limits it. */
  readonly renewalOpensOn?: IsoDate;
  /** Rota shifts on or after the lapse that the staff member could no longer work. */
  readonly affectedShifts: readonly RotaShift[];
  /** A readable sentence. */
  readonly message: string;
}

/** @internal Parsed alert input. */
export type ParsedAlertsInput = z.output<typeof CredentialAlertsInputSchema>;

/** @internal The credential of each staff, type and state set that is current (latest expiry), skipping revoked ones. */
export function currentCredentials(index: TypeIndex, credentials: readonly StaffCredential[], events: readonly TrainingEvent[]): StaffCredential[] {
  const best = new Map<string, { credential: StaffCredential; expires: IsoDate | undefined }>();
  for (const credential of credentials) {
    if (credential.status === 'revoked') continue;
    const type = typeOf(index, credential.typeId);
    const key = `${credential.staffId}|${credential.typeId}|${[...credential.states].sort().join(',')}`;
    const expires = effectiveExpiry(type, credential, events);
    const previous = best.get(key);
    if (previous === undefined || (previous.expires !== undefined && (expires === undefined || expires > previous.expires))) {
      best.set(key, { credential, expires });
    }
  }
  return [...best.values()].map((entry) => entry.credential);
}

function thresholdOf(daysLeft: number, windows: readonly number[], overdue: boolean): number | 'overdue' | undefined {
  if (daysLeft < 0) return overdue ? 'overdue' : undefined;
  const sorted = [...new Set(windows)].sort((a, b) => a - b);
  return sorted.find((w) => daysLeft <= w);
}

/** @internal Shifts a lapse of this credential would make ineligible. */
export function shiftsAffected(
  index: TypeIndex,
  input: Pick<ParsedAlertsInput, 'credentials' | 'shifts' | 'requirements' | 'state' | 'events' | 'today'>,
  credential: StaffCredential,
  expires: IsoDate,
  cache: Map<string, Map<string, HeldInterval[]>>,
  shiftsByStaff: ReadonlyMap<string, readonly RotaShift[]>,
): RotaShift[] {
  const lapse = addCalendarDays(expires, 1);
  const affected: RotaShift[] = [];
  for (const shift of shiftsByStaff.get(credential.staffId) ?? []) {
    if (shift.date < lapse || shift.date < input.today) continue;
    const state = shift.state ?? input.state;
    const resolved = resolvedRequirementFor(input.requirements, shift.roleId, state);
    if (resolved === undefined || !resolved.typeIds.has(credential.typeId)) continue;
    const stateKey = state ?? '';
    let byStaff = cache.get(stateKey);
    if (byStaff === undefined) {
      byStaff = heldIntervals(index, input.credentials, { state, events: input.events, requireVerification: false });
      cache.set(stateKey, byStaff);
    }
    const intervals = byStaff.get(shift.staffId) ?? [];
    const held = heldOn(intervals, shift.date);
    if (meets(resolved.requirement, held)) continue;
    if (credential.issued <= shift.date) held.add(credential.typeId);
    if (meets(resolved.requirement, held)) affected.push(shift);
  }
  return affected.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** @internal Alerts from parsed input. */
export function alertsOf(index: TypeIndex, input: ParsedAlertsInput): CredentialAlert[] {
  const names = new Map<string, StaffMember>(input.staff.map((s) => [s.id, s]));
  const sent = new Set(input.alreadySent);
  const cache = new Map<string, Map<string, HeldInterval[]>>();
  const shiftsByStaff = new Map<string, RotaShift[]>();
  for (const shift of input.shifts) {
    const list = shiftsByStaff.get(shift.staffId);
    if (list === undefined) shiftsByStaff.set(shift.staffId, [shift]);
    else list.push(shift);
  }
  const alerts: CredentialAlert[] = [];
  for (const credential of currentCredentials(index, input.credentials, input.events)) {
    const type: CredentialType = typeOf(index, credential.typeId);
    const standing = standingOf(type, credential, input.today, input.events);
    if (standing.expires === undefined || standing.daysLeft === undefined || standing.standing === 'revoked' || standing.standing === 'pending') continue;
    const threshold = thresholdOf(standing.daysLeft, input.windows, input.overdue);
    if (threshold === undefined) continue;
    const key = `${credential.id}|${standing.expires}|${String(threshold)}`;
    if (sent.has(key)) continue;
    const who = names.get(credential.staffId)?.name ?? credential.staffId;
    const window = standing.renewalWindowOpen
      ? 'renewal window open'
      : `renewal window opens ${standing.renewalOpensOn ?? ''}`.trim();
    const when =
      standing.daysLeft < 0
        ? `lapsed ${-standing.daysLeft} day${standing.daysLeft === -1 ? '' : 's'} ago (last valid ${standing.expires})`
        : standing.daysLeft === 0
          ? `expires today (${standing.expires})`
          : `expires in ${standing.daysLeft} day${standing.daysLeft === 1 ? '' : 's'} (${standing.expires})`;
    const affectedShifts = shiftsAffected(index, input, credential, standing.expires, cache, shiftsByStaff);
    const shiftsNote = affectedShifts.length === 0 ? '' : `; ${affectedShifts.length} rota shift${affectedShifts.length === 1 ? '' : 's'} affected`;
    alerts.push(
      Object.freeze({
        key,
        credentialId: credential.id,
        staffId: credential.staffId,
        typeId: credential.typeId,
        typeName: type.name,
        expires: standing.expires,
        daysLeft: standing.daysLeft,
        threshold,
        renewalWindowOpen: standing.renewalWindowOpen,
        ...(standing.renewalOpensOn === undefined ? {} : { renewalOpensOn: standing.renewalOpensOn }),
        affectedShifts: Object.freeze(affectedShifts),
        message: `${type.abbreviation ?? type.name} of ${who} ${when}; ${window}${shiftsNote}`,
      }),
    );
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Raises renewal alerts at configurable windows (90, 60, 30 and 0 days before expiry, and
 * overdue, by default). Deduplicated: one alert per credential, at the tightest window crossed;
 * a credential superseded by a later one of the same staff, type and states raises none; and keys
 * listed in `alreadySent` are not raised again (a renewal changes the expiry, so a new key). Each
 * alert says whether the renewal window is open and lists the rota shifts (plain data) that the
 * lapse would make ineligible. Ordered by days left, most urgent first.
 *
 * @param input - today, credentials, windows, already-sent keys, shifts, requirements and state
 * @returns the alerts
 * @throws PracticeOpsError `INVALID_INPUT`, `CONFLICT` (expiry before issue) or `UNKNOWN_REFERENCE` (unknown type)
 * @example
 * ```ts
 * const alerts = credentialAlerts({
 *   today: '2026-11-23',
 *   credentials: [{ id: 'b1', staffId: 'ana', typeId: 'bls', issued: '2024-12-05', expires: '2026-12-31' }],
 * });
 * alerts[0]?.threshold; // 60 (38 days left)
 * ```
 * @category Alerts
 */
export function credentialAlerts(input: CredentialAlertsInput): readonly CredentialAlert[] {
  const parsed = parseInput(CredentialAlertsInputSchema, input, { label: 'alerts input' });
  assertAllCredentialDates(parsed.credentials);
  const index = indexTypes(parsed.types ?? US_CREDENTIAL_TYPES);
  parsed.credentials.forEach((c, i) => typeOf(index, c.typeId, ['credentials', i, 'typeId']));
  return Object.freeze(alertsOf(index, parsed));
}

