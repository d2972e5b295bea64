import { z } from 'zod';
import { IsoDateSchema, type IsoDate } from '../core/calendar.js';
import { parseInput } from '../core/parse.js';
import { US_CREDENTIAL_TYPES } from './credential-types.js';
import { assertAllCredentialDates } from './internal/dates.js';
import { indexTypes, typeOf } from './internal/resolve.js';
import {
  CeCreditSchema,
  CredentialTypeSchema,
  RoleRequirementSchema,
  RotaShiftSchema,
  StaffCredentialSchema,
  StaffMemberSchema,
  StateCodeSchema,
  TrainingEventSchema,
} from './schemas.js';

/**
 * The subject of the credentials rule catalog: one plain-data snapshot of a practice's
 * credentials, staff, role requirements, rota shifts, continuing-education credits and
 * re-training events, for one site's state.
 *
 * @example
 * ```ts
 * const snapshot = parseCredentialsSnapshot({ state: 'NY', credentials: [], staff: [{ id: 'ana', roles: ['ma'] }] });
 * ```
 * @category Rules
 */
export const CredentialsSnapshotSchema = z
  .object({
    /** Staff credentials. */
    credentials: z.array(StaffCredentialSchema).readonly(),
    /** Staff members (names, last names, roles they are meant to work). */
    staff: z.array(StaffMemberSchema).readonly().default([]),
    /** Role requirements. */
    requirements: z.array(RoleRequirementSchema).readonly().default([]),
    /** Shifts already in the rota. */
    shifts: z.array(RotaShiftSchema).readonly().default([]),
    /** Continuing-education credits. */
    ceCredits: z.array(CeCreditSchema).readonly().default([]),
    /** Re-training events. */
    events: z.array(TrainingEventSchema).readonly().default([]),
    /** The credential types; {@link US_CREDENTIAL_TYPES} when left out. */
    types: z.array(CredentialTypeSchema).readonly().optional(),
    /** The site's state. */
    state: StateCodeSchema.optional(),
  })
  .strict();

/**
 * A parsed credentials snapshot: the catalog's Subject.
 *
 * @category Rules
 */
export type CredentialsSnapshot = z.output<typeof CredentialsSnapshotSchema>;

/**
 * A credentials snapshot as an app writes it.
 *
 * @category Rules
 */
export type CredentialsSnapshotInput = z.input<typeof CredentialsSnapshotSchema>;

/**
 * The context of the credentials rule catalog: the day to judge on.
 *
 * @example
 * ```ts
 * CredentialsContextSchema.parse({ today: '2026-11-23' });
 * ```
 * @category Rules
 */
export const CredentialsContextSchema = z
  .object({
    /** The day to judge on. */
    today: IsoDateSchema,
  })
  .strict();

/**
 * The context of the credentials rule catalog.
 *
 * @category Rules
 */
export interface CredentialsContext {
  /** The day to judge on. */
  readonly today: IsoDate;
}

/**
 * Parses and checks a snapshot before evaluation (rules assume a parsed snapshot): schema, expiry
 * before issue and unknown credential types are all reported here, once.
 *
 * @param input - the snapshot, as plain data
 * @returns the parsed snapshot
 * @throws PracticeOpsError `INVALID_INPUT`, `CONFLICT` or `UNKNOWN_REFERENCE`
 * @example
 * ```ts
 * const snapshot = parseCredentialsSnapshot({ credentials: [{ id: 'c1', staffId: 'ana', typeId: 'cma', issued: '2019-02-10' }] });
 * ```
 * @category Rules
 */
export function parseCredentialsSnapshot(input: CredentialsSnapshotInput): CredentialsSnapshot {
  if (typeof input === 'object' && input !== null && parsedSnapshots.has(input)) return input as CredentialsSnapshot;
  const parsed = parseInput(CredentialsSnapshotSchema, input, { label: 'credentials snapshot' });
  assertAllCredentialDates(parsed.credentials);
  const index = indexTypes(parsed.types ?? US_CREDENTIAL_TYPES);
  parsed.credentials.forEach((c, i) => typeOf(index, c.typeId, ['credentials', i, 'typeId']));
  const frozen = Object.freeze(parsed);
  parsedSnapshots.add(frozen);
  return frozen;
}

const parsedSnapshots = new WeakSet<object>();
const parsedFrom = new WeakMap<object, CredentialsSnapshot>();

/**
 * @internal The snapshot a rule works on: the subject itself when it came from
 * {@link parseCredentialsSnapshot}, else the subject parsed once (cached per object), so a raw
 * snapshot gets a typed error instead of a TypeError.
 */
export function ensureSnapshot(subject: CredentialsSnapshot): CredentialsSnapshot {
  if (parsedSnapshots.has(subject)) return subject;
  let parsed = parsedFrom.get(subject);
  if (parsed === undefined) {
    parsed = parseCredentialsSnapshot(subject as CredentialsSnapshotInput);
    parsedFrom.set(subject, parsed);
  }
  return parsed;
}
