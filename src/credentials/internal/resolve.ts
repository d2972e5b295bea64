import { addCalendarDays, type IsoDate } from '../../core/calendar.js';
import { ERROR_CODES, practiceOpsError } from '../../core/errors.js';
import { expiryOf } from '../compute-expiry.js';
import type { ContinuingEducationRule, CredentialType, RenewalRule, StaffCredential, TrainingEvent } from '../schemas.js';

/** Types by id. */
export type TypeIndex = ReadonlyMap<string, CredentialType>;

const indexCache = new WeakMap<readonly CredentialType[], TypeIndex>();

/** Indexes types by id (cached per array). */
export function indexTypes(types: readonly CredentialType[]): TypeIndex {
  let index = indexCache.get(types);
  if (index === undefined) {
    index = new Map(types.map((type) => [type.id, type]));
    indexCache.set(types, index);
  }
  return index;
}

/** The type of a credential, or an UNKNOWN_REFERENCE error. */
export function typeOf(index: TypeIndex, typeId: string, path: readonly (string | number)[] = ['typeId']): CredentialType {
  const type = index.get(typeId);
  if (type === undefined) {
    throw practiceOpsError(ERROR_CODES.unknownReference, `Unknown credential type ${JSON.stringify(typeId)}`, {
      path,
      expected: 'a credential type id of the catalog',
      received: JSON.stringify(typeId),
    });
  }
  return type;
}

/** The renewal rule for a state (the state's figures replace the national ones). */
export function renewalFor(type: CredentialType, state: string | undefined): RenewalRule {
  return (state === undefined ? undefined : type.stateRules[state]?.renewal) ?? type.renewal;
}

/** The continuing-education rule for a state. */
export function continuingEducationFor(type: CredentialType, state: string | undefined): ContinuingEducationRule | undefined {
  return (state === undefined ? undefined : type.stateRules[state]?.continuingEducation) ?? type.continuingEducation;
}

/** The events that concern a credential. */
export function eventsFor(credential: StaffCredential, events: readonly TrainingEvent[]): TrainingEvent[] {
  return events.filter(
    (event) =>
      (event.staffIds === undefined || event.staffIds.includes(credential.staffId)) &&
      (event.typeIds === undefined || event.typeIds.includes(credential.typeId)),
  );
}

/** The last valid day of a stored credential, with events taken into account; undefined = never expires. */
export function effectiveExpiry(type: CredentialType, credential: StaffCredential, events: readonly TrainingEvent[]): IsoDate | undefined {
  const rule = renewalFor(type, credential.states[0]);
  const computed = expiryOf(
    rule,
    {
      issued: credential.issued,
      ...(credential.lastCompleted === undefined ? {} : { completed: credential.lastCompleted }),
      ...(credential.cycleAnchor === undefined ? {} : { anchor: credential.cycleAnchor }),
      ...(credential.expires === undefined ? {} : { issuerExpiry: credential.expires }),
    },
    eventsFor(credential, events),
  );
  if (rule.kind === 'event-driven') {
    if (credential.expires === undefined) return computed;
    if (computed === undefined) return credential.expires;
    return computed < credential.expires ? computed : credential.expires;
  }
  return credential.expires ?? computed;
}

/** Options for validity. */
export interface ValidityOptions {
  readonly events: readonly TrainingEvent[];
  readonly requireVerification: boolean;
}

/** The first and last valid day of a credential (inclusive), or undefined when it is never valid. */
export function validInterval(
  type: CredentialType,
  credential: StaffCredential,
  options: ValidityOptions,
): { readonly from: IsoDate; readonly to: IsoDate | undefined } | undefined {
  if (credential.status === 'pending') return undefined;
  let from = credential.issued;
  if (options.requireVerification) {
    const verified = credential.verifications.filter((v) => v.result === 'verified').map((v) => v.date).sort();
    const first = verified[0];
    if (first === undefined) return undefined;
    if (first > from) from = first;
  }
  let to = effectiveExpiry(type, credential, options.events);
  if (credential.status === 'revoked' || credential.status === 'suspended') {
    if (credential.statusDate === undefined) return undefined;
    const lastDay = addCalendarDays(credential.statusDate, -1);
    if (to === undefined || lastDay < to) to = lastDay;
  }
  if (to !== undefined && to < from) return undefined;
  return { from, to };
}

/** Whether a credential covers a state (national types cover every state). */
export function coversState(type: CredentialType, credential: StaffCredential, state: string | undefined): boolean {
  if (type.scope.kind === 'national' || state === undefined) return true;
  if (credential.states.includes(state)) return true;
  const home = credential.states[0];
  return (
    credential.multistate &&
    type.compact !== undefined &&
    home !== undefined &&
    type.compact.states.includes(home) &&
    type.compact.states.includes(state)
  );
}
