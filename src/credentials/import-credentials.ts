import { z } from 'zod';
import { isPracticeOpsError, PracticeOpsError, type ErrorIssue } from '../core/errors.js';
import { parseInput, safeParseInput } from '../core/parse.js';
import { err, ok, type Result } from '../core/result.js';
import { checkDea } from './check-dea.js';
import { checkNpi } from './check-npi.js';
import { US_CREDENTIAL_TYPES } from './credential-types.js';
import { assertCredentialDates } from './internal/dates.js';
import { indexTypes, typeOf } from './internal/resolve.js';
import { CredentialTypeSchema, StaffCredentialSchema, type CredentialType, type StaffCredential } from './schemas.js';

/**
 * A warning raised while importing: the record is kept, but something in it needs a look.
 *
 * @category Import
 */
export interface ImportWarning {
  /** The record's index in the input (-1 for a warning about a FHIR Practitioner's own identifier). */
  readonly index: number;
  /** The credential's id. */
  readonly credentialId: string;
  /** Where in the input. */
  readonly path: readonly (string | number)[];
  /** `invalid-identifier`, or `missing-state` for a state-held credential without a state. */
  readonly code: 'invalid-identifier' | 'missing-state';
  /** Why: for identifiers `format`, `first-digit`, `check-digit`...; `no-state` for a missing state. */
  readonly reason: string;
  /** A readable sentence. */
  readonly message: string;
}

/**
 * The outcome of an import: the credentials, and warnings about the ones kept despite a problem.
 *
 * @category Import
 */
export interface ImportedCredentials {
  /** The credentials, parsed, with identifiers normalised when valid. */
  readonly credentials: readonly StaffCredential[];
  /** Warnings (a bad NPI or DEA number), one per record concerned. */
  readonly warnings: readonly ImportWarning[];
}

/**
 * Options for {@link importCredentials}.
 *
 * @category Import
 */
export interface ImportCredentialsOptions {
  /** Credential types; {@link US_CREDENTIAL_TYPES} when left out. */
  readonly types?: readonly CredentialType[];
}

/**
 * Imports existing credential records (from a spreadsheet or another system). A record with a bad
 * NPI or DEA number, or a state licence without its state, is kept with a warning, not rejected:
 * existing data must come in to be fixed.
 * Records that cannot be used (malformed, an unknown credential type, an expiry before issue)
 * fail the import, with every problem listed in the error's issues (paths start at the record index).
 *
 * @param records - the records, as parsed JSON
 * @param options - the credential types
 * @returns the credentials and warnings, or a PracticeOpsError (`INVALID_INPUT`, `UNKNOWN_REFERENCE` or `CONFLICT`, from the first problem)
 * @example
 * ```ts
 * const result = importCredentials([{ id: 'n1', staffId: 'dr-lee', typeId: 'npi', identifier: '1122334499', issued: '2015-06-01' }]);
 * if (result.ok) result.value.warnings; // [{ code: 'invalid-identifier', reason: 'check-digit', ... }]
 * ```
 * @category Import
 */
export function importCredentials(records: readonly unknown[], options: ImportCredentialsOptions = {}): Result<ImportedCredentials> {
  const list = safeParseInput(z.array(z.unknown()), records, { label: 'records' });
  if (!list.ok) return list;
  const { types } = parseInput(z.object({ types: z.array(CredentialTypeSchema).optional() }), options, { label: 'options' });
  const index = indexTypes(types ?? US_CREDENTIAL_TYPES);
  const credentials: StaffCredential[] = [];
  const warnings: ImportWarning[] = [];
  const problems: PracticeOpsError[] = [];
  list.value.forEach((record, i) => {
    const parsed = safeParseInput(StaffCredentialSchema, record, { label: `record ${i}`, basePath: [i] });
    if (!parsed.ok) {
      problems.push(parsed.error);
      return;
    }
    let credential = parsed.value;
    try {
      assertCredentialDates(credential, [i]);
      const type = typeOf(index, credential.typeId, [i, 'typeId']);
      if (credential.identifier !== undefined && type.identifierKind !== 'other') {
        const check = type.identifierKind === 'npi' ? checkNpi(credential.identifier) : checkDea(credential.identifier);
        if (check.valid) {
          const normalized = type.identifierKind === 'dea' && 'suffix' in check && check.suffix !== undefined ? `${check.normalized}-${String(check.suffix)}` : check.normalized;
          credential = { ...credential, identifier: normalized };
        } else {
          warnings.push({
            index: i,
            credentialId: credential.id,
            path: [i, 'identifier'],
            code: 'invalid-identifier',
            reason: check.reason ?? 'format',
            message: `Record ${i} (${credential.id}): ${check.message ?? 'invalid identifier'}`,
          });
        }
      }
      if (type.scope.kind === 'state' && credential.states.length === 0) {
        warnings.push({
          index: i,
          credentialId: credential.id,
          path: [i, 'states'],
          code: 'missing-state',
          reason: 'no-state',
          message: `Record ${i} (${credential.id}): a ${type.name} is held per state, but no state is recorded; it counts at no site with a state until one is added`,
        });
      }
      credentials.push(Object.freeze(credential));
    } catch (error) {
      if (isPracticeOpsError(error)) problems.push(error);
      else throw error;
    }
  });
  const first = problems[0];
  if (first !== undefined) {
    const issues: ErrorIssue[] = problems.flatMap((problem) => problem.issues);
    return err(
      new PracticeOpsError({
        code: first.code,
        message: `Import failed: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more records)` : ''}`,
        issues,
      }),
    );
  }
  return ok(Object.freeze({ credentials: Object.freeze(credentials), warnings: Object.freeze(warnings) }));
}
