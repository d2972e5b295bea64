import { z } from 'zod';
import { daysBetween, IsoDateSchema, type IsoDate } from '../core/calendar.js';
import { parseInput } from '../core/parse.js';
import { windowOpensOf } from './compute-expiry.js';
import { US_CREDENTIAL_TYPES } from './credential-types.js';
import { assertCredentialDates } from './internal/dates.js';
import { effectiveExpiry, indexTypes, renewalFor, typeOf } from './internal/resolve.js';
import { CredentialTypeSchema, StaffCredentialSchema, TrainingEventSchema, type CredentialType, type StaffCredential, type StaffCredentialInput, type TrainingEvent } from './schemas.js';

/**
 * Where a credential stands on a day: its state, expiry, days left and whether renewal is open.
 *
 * @category Renewal
 */
export interface CredentialStanding {
  /** The credential. */
  readonly credentialId: string;
  /** Whose it is. */
  readonly staffId: string;
  /** Its type. */
  readonly typeId: string;
  /** `valid`, `expired`, `not-yet-valid` (issued later), `pending`, `suspended` or `revoked`. */
  readonly standing: 'valid' | 'expired' | 'not-yet-valid' | 'pending' | 'suspended' | 'revoked';
  /** The last valid day (events included), when it expires. */
  readonly expires?: IsoDate;
  /** Days from `today` to `expires` (0 on the last valid day, negative once lapsed). */
  readonly daysLeft?: number;
  /** The first day renewal is possible, when the rule limits it. */
  readonly renewalOpensOn?: IsoDate;
  /** Whether renewal is possible today. */
  readonly renewalWindowOpen: boolean;
}

/**
 * Options for {@link credentialStanding}.
 *
 * @category Renewal
 */
export interface CredentialStandingOptions {
  /** The day to judge on. */
  readonly today: IsoDate;
  /** The credential types; {@link US_CREDENTIAL_TYPES} when left out. */
  readonly types?: readonly CredentialType[];
  /** Re-training events (for event-driven types). */
  readonly events?: readonly TrainingEvent[];
}

const OptionsSchema = z.object({
  today: IsoDateSchema,
  types: z.array(CredentialTypeSchema).optional(),
  events: z.array(TrainingEventSchema).default([]),
});

/** @internal Standing from parsed inputs. */
export function standingOf(type: CredentialType, credential: StaffCredential, today: IsoDate, events: readonly TrainingEvent[]): CredentialStanding {
  const expires = effectiveExpiry(type, credential, events);
  const opens = expires === undefined ? undefined : windowOpensOf(renewalFor(type, credential.states[0]), expires);
  let standing: CredentialStanding['standing'];
  if (credential.status === 'pending') standing = 'pending';
  else if ((credential.status === 'revoked' || credential.status === 'suspended') && (credential.statusDate === undefined || credential.statusDate <= today)) {
    standing = credential.status;
  } else if (credential.issued > today) standing = 'not-yet-valid';
  else if (expires !== undefined && expires < today) standing = 'expired';
  else standing = 'valid';
  return {
    credentialId: credential.id,
    staffId: credential.staffId,
    typeId: credential.typeId,
    standing,
    ...(expires === undefined ? {} : { expires, daysLeft: daysBetween(today, expires) }),
    ...(opens === undefined ? {} : { renewalOpensOn: opens }),
    renewalWindowOpen: standing !== 'revoked' && (opens === undefined || opens <= today),
  };
}

/**
 * Tells where a credential stands on a day: valid, expired, revoked...; its expiry (with
 * re-training events taken into account), days left and whether the renewal window is open.
 *
 * @param credential - the staff credential
 * @param options - today, the credential types and re-training events
 * @returns the standing
 * @throws PracticeOpsError `INVALID_INPUT` for malformed data, `CONFLICT` for expiry before issue, `UNKNOWN_REFERENCE` for an unknown type
 * @example
 * ```ts
 * credentialStanding(
 *   { id: 'd1', staffId: 'dr-lee', typeId: 'dea-registration', states: ['NY'], issued: '2024-06-01', expires: '2027-05-31' },
 *   { today: '2027-04-15' },
 * ); // { standing: 'valid', daysLeft: 46, renewalOpensOn: '2027-04-01', renewalWindowOpen: true, ... }
 * ```
 * @category Renewal
 */
export function credentialStanding(credential: StaffCredentialInput, options: CredentialStandingOptions): CredentialStanding {
  const c = parseInput(StaffCredentialSchema, credential, { label: 'credential' });
  assertCredentialDates(c);
  const o = parseInput(OptionsSchema, options, { label: 'options' });
  const type = typeOf(indexTypes(o.types ?? US_CREDENTIAL_TYPES), c.typeId);
  return standingOf(type, c, o.today, o.events);
}

