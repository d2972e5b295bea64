import { ERROR_CODES, practiceOpsError } from '../../core/errors.js';
import type { StaffCredential } from '../schemas.js';

/** Throws CONFLICT when a credential expires before it is issued or was completed before issue. */
export function assertCredentialDates(credential: StaffCredential, path: readonly (string | number)[] = []): void {
  if (credential.expires !== undefined && credential.expires < credential.issued) {
    throw practiceOpsError(ERROR_CODES.conflict, `Credential ${credential.id}: expiry ${credential.expires} is before issue ${credential.issued}`, {
      path: [...path, 'expires'],
      expected: `a date on or after ${credential.issued}`,
      received: credential.expires,
    });
  }
  if (credential.lastCompleted !== undefined && credential.lastCompleted < credential.issued) {
    throw practiceOpsError(ERROR_CODES.conflict, `Credential ${credential.id}: last completion ${credential.lastCompleted} is before issue ${credential.issued}`, {
      path: [...path, 'lastCompleted'],
      expected: `a date on or after ${credential.issued}`,
      received: credential.lastCompleted,
    });
  }
}

/** Checks every credential of a list. */
export function assertAllCredentialDates(credentials: readonly StaffCredential[], path: readonly (string | number)[] = ['credentials']): void {
  credentials.forEach((credential, i) => assertCredentialDates(credential, [...path, i]));
}
