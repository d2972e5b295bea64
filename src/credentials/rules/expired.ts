import { z } from 'zod';
import { defineRule } from '../../rules/index.js';
import type { RuleReport } from '../../rules/index.js';
import { alertsOf } from '../credential-alerts.js';
import { snapshotTypes, staffName } from '../internal/snapshot.js';
import { ensureSnapshot, type CredentialsContext, type CredentialsSnapshot } from '../snapshot.js';

/**
 * `credentials/expired`: a staff member's current credential has lapsed (a later credential of
 * the same type and states supersedes it). Lists the rota shifts the lapse makes ineligible.
 *
 * @example
 * ```ts
 * compilePolicy(credentialsCatalog, { rules: { 'credentials/expired': 'error' } });
 * ```
 * @category Rules
 */
export const expiredRule = /* @__PURE__ */ defineRule({
  id: 'credentials/expired',
  meta: {
    description: 'A credential has lapsed and no later one replaces it.',
    defaultSeverity: 'error',
    docs: 'docs/credentials.md#alerts',
    messages: { lapsed: '{type} of {staff} lapsed {days} day(s) ago (last valid {expires}){shifts}' },
  },
  options: z
    .object({
      /** Days after the lapse before reporting. */
      graceDays: z.number().int().min(0).max(365).default(0),
    })
    .strict(),
  check(raw: CredentialsSnapshot, options, context: CredentialsContext): RuleReport[] {
    const subject = ensureSnapshot(raw);
    const alerts = alertsOf(snapshotTypes(subject), {
      today: context.today,
      credentials: subject.credentials,
      windows: [0],
      overdue: true,
      alreadySent: [],
      shifts: subject.shifts,
      requirements: subject.requirements,
      state: subject.state,
      staff: subject.staff,
      types: subject.types,
      events: subject.events,
    });
    return alerts
      .filter((alert) => alert.threshold === 'overdue' && -alert.daysLeft > options.graceDays)
      .map((alert) => ({
        messageId: 'lapsed',
        data: {
          type: alert.typeName,
          staff: staffName(subject, alert.staffId),
          days: -alert.daysLeft,
          expires: alert.expires,
          shifts: alert.affectedShifts.length === 0 ? '' : `; ${alert.affectedShifts.length} rota shift(s) now ineligible`,
        },
        subject: { type: 'credential', id: alert.credentialId, dates: [alert.expires], label: `${alert.typeName} (${staffName(subject, alert.staffId)})` },
        actual: -alert.daysLeft,
        threshold: options.graceDays,
        suggestedAction: {
          kind: 'renew',
          description: `Renew the ${alert.typeName} and take ${staffName(subject, alert.staffId)} off the affected shifts until then`,
          data: { credentialId: alert.credentialId, staffId: alert.staffId, affectedShiftIds: alert.affectedShifts.map((s) => s.id) },
        },
      }));
  },
});
