import { z } from 'zod';
import { defineRule } from '../../rules/index.js';
import type { RuleReport } from '../../rules/index.js';
import { checkDea } from '../check-dea.js';
import { checkNpi } from '../check-npi.js';
import { typeOf } from '../internal/resolve.js';
import { snapshotTypes, staffName } from '../internal/snapshot.js';
import { ensureSnapshot, type CredentialsContext, type CredentialsSnapshot } from '../snapshot.js';

/**
 * `credentials/invalid-identifier`: an NPI or DEA number fails its check (format, first digit,
 * check digit, or, with `checkDeaLastName`, the registrant's initial), or is missing.
 *
 * @example
 * ```ts
 * compilePolicy(credentialsCatalog, { rules: { 'credentials/invalid-identifier': ['error', { checkDeaLastName: true }] } });
 * ```
 * @category Rules
 */
export const invalidIdentifierRule = /* @__PURE__ */ defineRule({
  id: 'credentials/invalid-identifier',
  meta: {
    description: 'An NPI or DEA number is missing or fails its check digit or format.',
    defaultSeverity: 'error',
    docs: 'docs/credentials.md#identifiers',
    messages: {
      invalid: '{kind} {value} of {staff} is not valid: {reason}',
      missing: 'The {type} of {staff} has no number recorded',
    },
  },
  options: z
    .object({
      /** Check the DEA number's second letter against the staff member's `lastName`. */
      checkDeaLastName: z.boolean().default(false),
    })
    .strict(),
  check(raw: CredentialsSnapshot, options, _context: CredentialsContext): RuleReport[] {
    const subject = ensureSnapshot(raw);
    const index = snapshotTypes(subject);
    const lastNames = new Map(subject.staff.filter((s) => s.lastName !== undefined).map((s) => [s.id, s.lastName as string]));
    const reports: RuleReport[] = [];
    for (const credential of subject.credentials) {
      if (credential.status === 'revoked') continue;
      const type = typeOf(index, credential.typeId);
      if (type.identifierKind === 'other') continue;
      const staff = staffName(subject, credential.staffId);
      const subjectRef = { type: 'credential', id: credential.id, label: `${type.name} (${staff})` };
      if (credential.identifier === undefined || credential.identifier.trim() === '') {
        reports.push({ messageId: 'missing', data: { type: type.name, staff }, subject: subjectRef, actual: 'none', threshold: type.identifierKind });
        continue;
      }
      const lastName = lastNames.get(credential.staffId);
      const check =
        type.identifierKind === 'npi'
          ? checkNpi(credential.identifier)
          : checkDea(credential.identifier, options.checkDeaLastName && lastName !== undefined ? { lastName } : {});
      if (check.valid) continue;
      reports.push({
        messageId: 'invalid',
        data: { kind: type.identifierKind.toUpperCase(), value: check.normalized, staff, reason: check.message ?? check.reason ?? 'invalid' },
        subject: subjectRef,
        actual: check.normalized,
        threshold: check.reason ?? 'valid',
        suggestedAction: { kind: 'correct-identifier', description: `Check the ${type.identifierKind.toUpperCase()} of ${staff} against the source record`, data: { credentialId: credential.id } },
      });
    }
    return reports;
  },
});
