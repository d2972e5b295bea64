import { applyPatches, type Draft, type Patch } from 'immer';
import { produceWithHistory } from '../core/internal/produce-with-history.js';
import { z } from 'zod';
import { IsoDateSchema, type IsoDate } from '../core/calendar.js';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { cycleEndAfter, expiryOf } from './compute-expiry.js';
import { US_CREDENTIAL_TYPES } from './credential-types.js';
import { assertCredentialDates } from './internal/dates.js';
import { indexTypes, renewalFor, typeOf, type TypeIndex } from './internal/resolve.js';
import {
  ChangeInfoSchema,
  CredentialTypeSchema,
  DocumentReferenceSchema,
  StaffCredentialSchema,
  VerificationSchema,
  type AuditEntry,
  type AuditPatch,
  type ChangeInfo,
  type CredentialType,
  type StaffCredential,
  type StaffCredentialInput,
  type Verification,
} from './schemas.js';

/**
 * The staff credentials of a practice with the audit trail of every change. Immutable: each
 * change returns a new registry.
 *
 * @category Registry
 */
export interface CredentialRegistry {
  /** The credentials, in the order they were added. */
  readonly credentials: readonly StaffCredential[];
  /** One entry per change, oldest first. */
  readonly audit: readonly AuditEntry[];
}

/**
 * What a change returns: the new registry and the audit entry it recorded.
 *
 * @category Registry
 */
export interface RegistryChange {
  /** The registry after the change. */
  readonly registry: CredentialRegistry;
  /** The audit entry of the change. */
  readonly entry: AuditEntry;
}

/**
 * Options for registry changes.
 *
 * @category Registry
 */
export interface RegistryOptions {
  /** Credential types; {@link US_CREDENTIAL_TYPES} when left out. */
  readonly types?: readonly CredentialType[];
}

const OptionsSchema = z
  .object({
    /** Credential types. */
    types: z.array(CredentialTypeSchema).optional(),
  })
  .strict();

function readOptions(input: RegistryOptions | undefined): { index: TypeIndex } {
  const parsed = parseInput(OptionsSchema, input ?? {}, { label: 'options' });
  return { index: indexTypes(parsed.types ?? US_CREDENTIAL_TYPES) };
}

function withExpiry(type: CredentialType, credential: StaffCredential, path: readonly (string | number)[]): StaffCredential {
  if (credential.expires !== undefined) return credential;
  const rule = renewalFor(type, credential.states[0]);
  if (rule.kind === 'issuer-set') {
    if (credential.status === 'pending') return credential;
    throw practiceOpsError(ERROR_CODES.invalidInput, `Credential ${credential.id}: a ${type.name} expires on the date its issuer sets; give expires`, {
      path: [...path, 'expires'],
      expected: 'the expiry date printed by the issuer',
      received: 'undefined',
    });
  }
  const expires = expiryOf(
    rule,
    {
      issued: credential.issued,
      ...(credential.lastCompleted === undefined ? {} : { completed: credential.lastCompleted }),
      ...(credential.cycleAnchor === undefined ? {} : { anchor: credential.cycleAnchor }),
    },
    [],
  );
  return expires === undefined ? credential : { ...credential, expires };
}

function validate(index: TypeIndex, credential: StaffCredential, path: readonly (string | number)[]): CredentialType {
  assertCredentialDates(credential, path);
  const type = typeOf(index, credential.typeId, [...path, 'typeId']);
  if (type.scope.kind === 'state' && credential.states.length === 0) {
    throw practiceOpsError(ERROR_CODES.invalidInput, `Credential ${credential.id}: a ${type.name} is held per state; give states`, {
      path: [...path, 'states'],
      expected: 'at least one state code',
      received: 'array(0)',
    });
  }
  return type;
}

/**
 * Creates a registry, optionally with existing credentials (validated, expiries computed from
 * their renewal rules where left out; no audit entries for them).
 *
 * @param credentials - credentials to start with
 * @param options - credential types
 * @returns the registry
 * @throws PracticeOpsError `INVALID_INPUT`, `CONFLICT` (expiry before issue, duplicate id) or `UNKNOWN_REFERENCE` (unknown type)
 * @example
 * ```ts
 * const registry = createCredentialRegistry([{ id: 'c1', staffId: 'ana', typeId: 'cma', issued: '2019-02-10' }]);
 * registry.credentials[0]?.expires; // '2024-02-29'
 * ```
 * @category Registry
 */
export function createCredentialRegistry(credentials: readonly StaffCredentialInput[] = [], options?: RegistryOptions): CredentialRegistry {
  const parsed = parseInput(z.array(StaffCredentialSchema), credentials, { label: 'credentials' });
  const { index } = readOptions(options);
  const seen = new Set<string>();
  const list = parsed.map((credential, i) => {
    if (seen.has(credential.id)) {
      throw practiceOpsError(ERROR_CODES.conflict, `Two credentials share the id ${credential.id}`, { path: [i, 'id'], expected: 'a unique id', received: JSON.stringify(credential.id) });
    }
    seen.add(credential.id);
    const type = validate(index, credential, [i]);
    return Object.freeze(withExpiry(type, credential, [i]));
  });
  return Object.freeze({ credentials: Object.freeze(list), audit: Object.freeze([]) });
}

function record(
  registry: CredentialRegistry,
  action: AuditEntry['action'],
  credentialId: string,
  change: ChangeInfo,
  recipe: (draft: Draft<StaffCredential[]>) => void,
  extra: { readonly undoes?: number } = {},
): RegistryChange {
  const { next: credentials, patches, inversePatches } = produceWithHistory(registry.credentials as StaffCredential[], recipe);
  const entry: AuditEntry = Object.freeze({
    seq: (registry.audit[registry.audit.length - 1]?.seq ?? 0) + 1,
    action,
    credentialId,
    at: change.at,
    ...(change.actor === undefined ? {} : { actor: change.actor }),
    ...(change.note === undefined ? {} : { note: change.note }),
    ...extra,
    patches,
    inversePatches,
  });
  return { registry: Object.freeze({ credentials, audit: Object.freeze([...registry.audit, entry]) }), entry };
}

function findIndex(registry: CredentialRegistry, credentialId: string): number {
  const i = registry.credentials.findIndex((c) => c.id === credentialId);
  if (i === -1) {
    throw practiceOpsError(ERROR_CODES.unknownReference, `No credential with id ${JSON.stringify(credentialId)}`, {
      path: ['credentialId'],
      expected: 'the id of a credential in the registry',
      received: JSON.stringify(credentialId),
    });
  }
  return i;
}

function parseChange(change: ChangeInfo): ChangeInfo {
  return parseInput(ChangeInfoSchema, change, { label: 'change' });
}

/**
 * Adds a credential, computing its expiry from the type's renewal rule when left out.
 *
 * @param registry - the registry
 * @param credential - the new credential
 * @param change - when and by whom
 * @param options - credential types
 * @returns the new registry and the audit entry
 * @throws PracticeOpsError `INVALID_INPUT` (bad data, a state licence without states, an issuer-set type without expiry), `CONFLICT` (expiry before issue, duplicate id), `UNKNOWN_REFERENCE` (unknown type)
 * @example
 * ```ts
 * const { registry: next, entry } = addCredential(createCredentialRegistry(),
 *   { id: 'c1', staffId: 'ana', typeId: 'bls', issued: '2025-01-10' }, { at: '2026-11-23T09:00:00Z', actor: 'om' });
 * entry.action; // 'add'
 * ```
 * @category Registry
 */
export function addCredential(registry: CredentialRegistry, credential: StaffCredentialInput, change: ChangeInfo, options?: RegistryOptions): RegistryChange {
  const parsed = parseInput(StaffCredentialSchema, credential, { label: 'credential' });
  const info = parseChange(change);
  const { index } = readOptions(options);
  const type = validate(index, parsed, []);
  if (registry.credentials.some((c) => c.id === parsed.id)) {
    throw practiceOpsError(ERROR_CODES.conflict, `A credential with id ${parsed.id} already exists`, { path: ['id'], expected: 'a new id', received: JSON.stringify(parsed.id) });
  }
  const full = withExpiry(type, parsed, []);
  return record(registry, 'add', full.id, info, (draft) => {
    draft.push(full as Draft<StaffCredential>);
  });
}

/**
 * A renewal: when it happened and, for issuer-set types, the new expiry the issuer gave.
 *
 * @example
 * ```ts
 * RenewalSchema.parse({ renewedOn: '2027-04-10', expires: '2030-05-31' });
 * ```
 * @category Registry
 */
export const RenewalSchema = z
  .object({
    /** When the renewal (or re-training) happened. */
    renewedOn: IsoDateSchema,
    /** The new expiry; required for issuer-set types, computed from the rule otherwise. */
    expires: IsoDateSchema.optional(),
    /** A new number, if the issuer changed it. */
    identifier: z.string().optional(),
    /** Documents to add (the new card or certificate). */
    documents: z.array(DocumentReferenceSchema).optional(),
  })
  .strict();

/**
 * A renewal (input form).
 *
 * @category Registry
 */
export type Renewal = z.input<typeof RenewalSchema>;

/**
 * Renews a credential. The new expiry follows the type's rule: month-end and rolling rules count
 * from the renewal, fixed cycles move to the next cycle end (renewing early does not shift the
 * cycle), issuer-set types take the issuer's new date. A suspended credential becomes active again;
 * a revoked one cannot be renewed.
 *
 * @param registry - the registry
 * @param credentialId - the credential to renew
 * @param renewal - when, and the issuer's new expiry if any
 * @param change - when and by whom
 * @param options - credential types
 * @returns the new registry and the audit entry
 * @throws PracticeOpsError `UNKNOWN_REFERENCE` (no such credential), `CONFLICT` (revoked, renewal before issue, new expiry before renewal), `INVALID_INPUT`
 * @example
 * ```ts
 * const { registry: next } = renewCredential(registry, 'c1', { renewedOn: '2026-12-01' }, { at: '2026-12-01T10:00:00Z' });
 * ```
 * @category Registry
 */
export function renewCredential(
  registry: CredentialRegistry,
  credentialId: string,
  renewal: Renewal,
  change: ChangeInfo,
  options?: RegistryOptions,
): RegistryChange {
  const r = parseInput(RenewalSchema, renewal, { label: 'renewal' });
  const info = parseChange(change);
  const { index } = readOptions(options);
  const i = findIndex(registry, credentialId);
  const current = registry.credentials[i] as StaffCredential;
  const type = typeOf(index, current.typeId);
  if (current.status === 'revoked') {
    throw practiceOpsError(ERROR_CODES.conflict, `Credential ${credentialId} is revoked and cannot be renewed`, { path: ['credentialId'], expected: 'a credential that is not revoked', received: 'revoked' });
  }
  if (r.renewedOn < current.issued) {
    throw practiceOpsError(ERROR_CODES.conflict, `Renewal ${r.renewedOn} is before issue ${current.issued}`, { path: ['renewedOn'], expected: `on or after ${current.issued}`, received: r.renewedOn });
  }
  const rule = renewalFor(type, current.states[0]);
  let expires: IsoDate | undefined = r.expires;
  if (expires === undefined) {
    if (rule.kind === 'issuer-set') {
      throw practiceOpsError(ERROR_CODES.invalidInput, `A ${type.name} expires on the date its issuer sets; give the new expires`, {
        path: ['expires'],
        expected: 'the new expiry date printed by the issuer',
        received: 'undefined',
      });
    }
    if (rule.kind === 'fixed-cycle') {
      const previous = current.expires ?? current.issued;
      expires = cycleEndAfter(current.cycleAnchor ?? current.issued, rule.months, rule.monthEnd, previous > r.renewedOn ? previous : r.renewedOn);
    } else {
      expires = expiryOf(rule, { issued: current.issued, completed: r.renewedOn }, []);
    }
  }
  if (expires !== undefined && expires < r.renewedOn) {
    throw practiceOpsError(ERROR_CODES.conflict, `New expiry ${expires} is before the renewal ${r.renewedOn}`, { path: ['expires'], expected: `on or after ${r.renewedOn}`, received: expires });
  }
  const newExpires = expires;
  return record(registry, 'renew', credentialId, info, (draft) => {
    const target = draft[i] as Draft<StaffCredential>;
    target.lastCompleted = r.renewedOn;
    if (newExpires === undefined) delete target.expires;
    else target.expires = newExpires;
    if (rule.kind === 'fixed-cycle' && target.cycleAnchor === undefined) target.cycleAnchor = current.issued;
    if (r.identifier !== undefined) target.identifier = r.identifier;
    if (r.documents !== undefined) target.documents.push(...r.documents);
    if (target.status === 'suspended' || target.status === 'pending') {
      target.status = 'active';
      delete target.statusDate;
      delete target.statusReason;
    }
  });
}

/**
 * Records a primary-source verification of a credential (the result may be a failure).
 *
 * @param registry - the registry
 * @param credentialId - the credential verified
 * @param verification - source, date, result and reference
 * @param change - when and by whom
 * @returns the new registry and the audit entry
 * @throws PracticeOpsError `UNKNOWN_REFERENCE` (no such credential), `INVALID_INPUT`
 * @example
 * ```ts
 * verifyCredential(registry, 'c1', { source: 'AAMA verification', date: '2026-11-23', result: 'verified' }, { at: '2026-11-23T09:00:00Z' });
 * ```
 * @category Registry
 */
export function verifyCredential(registry: CredentialRegistry, credentialId: string, verification: z.input<typeof VerificationSchema>, change: ChangeInfo): RegistryChange {
  const v: Verification = parseInput(VerificationSchema, verification, { label: 'verification' });
  const info = parseChange(change);
  const i = findIndex(registry, credentialId);
  return record(registry, 'verify', credentialId, info, (draft) => {
    (draft[i] as Draft<StaffCredential>).verifications.push(v);
  });
}

/**
 * A revocation or suspension: from when, why, and which.
 *
 * @example
 * ```ts
 * RevocationSchema.parse({ date: '2026-11-30', reason: 'Board order 26-113' });
 * ```
 * @category Registry
 */
export const RevocationSchema = z
  .object({
    /** From when it no longer counts. */
    date: IsoDateSchema,
    /** Why (a board order, a lapse in good standing). */
    reason: z.string().min(1),
    /** `revoked` (default) or `suspended` (renewal reactivates it). */
    status: z.literal(['revoked', 'suspended']).default('revoked'),
  })
  .strict();

/**
 * A revocation (input form).
 *
 * @category Registry
 */
export type Revocation = z.input<typeof RevocationSchema>;

/**
 * Revokes (or suspends) a credential from a date: it stops counting from that day on.
 *
 * @param registry - the registry
 * @param credentialId - the credential
 * @param revocation - from when, why, and `revoked` or `suspended`
 * @param change - when and by whom
 * @returns the new registry and the audit entry
 * @throws PracticeOpsError `UNKNOWN_REFERENCE` (no such credential), `INVALID_INPUT`
 * @example
 * ```ts
 * revokeCredential(registry, 'c1', { date: '2026-11-30', reason: 'Board order' }, { at: '2026-11-30T08:00:00Z' });
 * ```
 * @category Registry
 */
export function revokeCredential(registry: CredentialRegistry, credentialId: string, revocation: Revocation, change: ChangeInfo): RegistryChange {
  const r = parseInput(RevocationSchema, revocation, { label: 'revocation' });
  const info = parseChange(change);
  const i = findIndex(registry, credentialId);
  return record(registry, 'revoke', credentialId, info, (draft) => {
    const target = draft[i] as Draft<StaffCredential>;
    target.status = r.status;
    target.statusDate = r.date;
    target.statusReason = r.reason;
  });
}

/**
 * Undoes the latest change that has not been undone yet, by applying its inverse patches; the
 * undo is itself recorded in the audit trail (action `undo`, with `undoes` naming the entry).
 *
 * @param registry - the registry
 * @param change - when and by whom
 * @returns the new registry and the audit entry
 * @throws PracticeOpsError `CONFLICT` when there is nothing to undo
 * @example
 * ```ts
 * const { registry: back } = undoLastChange(next, { at: '2026-11-23T09:05:00Z' });
 * ```
 * @category Registry
 */
export function undoLastChange(registry: CredentialRegistry, change: ChangeInfo): RegistryChange {
  const info = parseChange(change);
  const undone = new Set(registry.audit.flatMap((entry) => (entry.undoes === undefined ? [] : [entry.undoes])));
  const target = [...registry.audit].reverse().find((entry) => entry.action !== 'undo' && !undone.has(entry.seq));
  if (target === undefined) {
    throw practiceOpsError(ERROR_CODES.conflict, 'There is no change to undo', { path: [], expected: 'a registry with changes', received: `${registry.audit.length} audit entries` });
  }
  return record(
    registry,
    'undo',
    target.credentialId,
    info,
    (draft) => {
      applyPatches(draft, target.inversePatches as Patch[]);
    },
    { undoes: target.seq },
  );
}
