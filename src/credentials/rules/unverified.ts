import { z } from 'zod';
import { daysBetween } from '../../core/calendar.js';
import { defineRule } from '../../rules/index.js';
import type { RuleReport } from '../../rules/index.js';
import { standingOf } from '../credential-standing.js';
import { currentCredentials } from '../credential-alerts.js';
import { typeOf } from '../internal/resolve.js';
import { snapshotTypes, staffName } from '../internal/snapshot.js';
import { ensureSnapshot, type CredentialsContext, type CredentialsSnapshot } from '../snapshot.js';

/**
 * `credentials/unverified`: a valid licence, certification, registration or certificate has no
 * successful primary-source verification, its latest verification failed, or (with
 * `maxAgeDays` above 0) its latest successful verification is too old.
 *
 * @example
 * ```ts
 * compilePolicy(credentialsCatalog, { rules: { 'credentials/unverified': ['warn', { maxAgeDays: 365 }] } });
 * ```
 * @category Rules
 */
export const unverifiedRule = /* @__PURE__ */ defineRule({
  id: 'credentials/unverified',
  meta: {
    description: 'A credential has not been verified at the primary source, or its verification failed or is stale.',
    defaultSeverity: 'warn',
    docs: 'docs/credentials.md#verification',
    messages: {
      never: '{type} of {staff} has never been verified at the primary source',
      failed: 'The latest verification of the {type} of {staff} ({source}, {date}) found: {result}',
      stale: 'The {type} of {staff} was last verified {days} days ago ({date})',
    },
  },
  options: z
    .object({
      /** Re-verify after this many days; 0 means once is enough. */
      maxAgeDays: z.number().int().min(0).max(3650).default(0),
      /** Kinds of credential that need verification. */
      kinds: z
        .array(z.literal(['licence', 'certification', 'registration', 'training', 'identifier', 'certificate']))
        .default(['licence', 'certification', 'registration', 'certificate']),
    })
    .strict(),
  check(raw: CredentialsSnapshot, options, context: CredentialsContext): RuleReport[] {
    const subject = ensureSnapshot(raw);
    const index = snapshotTypes(subject);
    const reports: RuleReport[] = [];
    for (const credential of currentCredentials(index, subject.credentials, subject.events)) {
      const type = typeOf(index, credential.typeId);
      if (!options.kinds.includes(type.kind)) continue;
      if (standingOf(type, credential, context.today, subject.events).standing !== 'valid') continue;
      const staff = staffName(subject, credential.staffId);
      const subjectRef = { type: 'credential', id: credential.id, label: `${type.name} (${staff})` };
      const done = credential.verifications.filter((v) => v.date <= context.today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const latest = done[done.length - 1];
      const action = { kind: 'verify', description: `Verify the ${type.name} of ${staff} with ${type.issuer.name}`, data: { credentialId: credential.id } };
      if (latest === undefined) {
        reports.push({ messageId: 'never', data: { type: type.name, staff }, subject: subjectRef, actual: 'none', threshold: 'verified', suggestedAction: action });
      } else if (latest.result !== 'verified') {
        reports.push({
          messageId: 'failed',
          data: { type: type.name, staff, source: latest.source, date: latest.date, result: latest.result },
          subject: { ...subjectRef, dates: [latest.date] },
          actual: latest.result,
          threshold: 'verified',
          suggestedAction: action,
        });
      } else if (options.maxAgeDays > 0) {
        const age = daysBetween(latest.date, context.today);
        if (age > options.maxAgeDays) {
          reports.push({
            messageId: 'stale',
            data: { type: type.name, staff, days: age, date: latest.date },
            subject: { ...subjectRef, dates: [latest.date] },
            actual: age,
            threshold: options.maxAgeDays,
            suggestedAction: action,
          });
        }
      }
    }
    return reports;
  },
});
