import { US_CREDENTIAL_TYPES } from '../credential-types.js';
import type { CredentialsSnapshot } from '../snapshot.js';
import { indexTypes, type TypeIndex } from './resolve.js';

/** The type index of a snapshot. */
export function snapshotTypes(snapshot: CredentialsSnapshot): TypeIndex {
  return indexTypes(snapshot.types ?? US_CREDENTIAL_TYPES);
}

const nameCache = new WeakMap<object, Map<string, string>>();

/** A staff member's display name (their id when unnamed). */
export function staffName(snapshot: CredentialsSnapshot, staffId: string): string {
  let names = nameCache.get(snapshot.staff);
  if (names === undefined) {
    names = new Map(snapshot.staff.filter((s) => s.name !== undefined).map((s) => [s.id, s.name as string]));
    nameCache.set(snapshot.staff, names);
  }
  return names.get(staffId) ?? staffId;
}
