import { z } from 'zod';
import { defineRule } from '../../rules/index.js';
import type { RuleReport } from '../../rules/index.js';
import { alertsOf } from '../credential-alerts.js';
import { snapshotTypes, staffName } from '../internal/snapshot.js';
import { ensureSnapshot, type CredentialsContext, type CredentialsSnapshot } from '../snapshot.js';

/**
 * `credentials/expiring`: a credential reaches a renewal window (90, 60, 30 or 0 days before its
 * last valid day, by default). One finding per credential, at the tightest window; superseded
 * credentials are skipped; the suggested action says whether renewal is open and which shifts the
 * lapse would affect.
 *
 * @example
 * ```ts
 * compilePolicy(credentialsCatalog, { rules: { 'credentials/expiring': ['warn', { windows: [60, 30, 7, 0] }] } });
 * ```
 * @category Rules
 */
export const expiringRule = /* @__PURE__ */ defineRule({
  id: 'credentials/expiring',
  meta: {
    description: 'A credential reaches one of the alert windows before it expires.',
    defaultSeverity: 'warn',
    docs: 'docs/credentials.md#alerts',
    messages: {
      expiring: '{type} of {staff} expires in {days} days on {expires} ({window}){shifts}',
      today: '{type} of {staff} expires today, {expires} ({window}){shifts}',
    },
  },
  options: z
    .object({
      /** Days before expiry at which to report; 0 is the last valid day. */
      windows: z.array(z.number().int().min(0).max(3650)).min(1).default([90, 60, 30, 0]),
    })
    .strict(),
  check(raw: CredentialsSnapshot, options, context: CredentialsContext): RuleReport[] {
    const subject = ensureSnapshot(raw);
    const alerts = alertsOf(snapshotTypes(subject), {
      today: context.today,
      credentials: subject.credentials,
      windows: options.windows,
      overdue: false,
      alreadySent: [],
      shifts: subject.shifts,
      requirements: subject.requirements,
      state: subject.state,
      staff: subject.staff,
      types: subject.types,
      events: subject.events,
    });
    return alerts.map((alert) => ({
      messageId: alert.daysLeft === 0 ? 'today' : 'expiring',
      data: {
        type: alert.typeName,
        staff: staffName(subject, alert.staffId),
        days: alert.daysLeft,
        expires: alert.expires,
        window: alert.renewalWindowOpen ? 'renewal window open' : `renewal window opens ${alert.renewalOpensOn ?? ''}`,
        shifts: alert.affectedShifts.length === 0 ? '' : `; ${alert.affectedShifts.length} rota shift(s) would be affected`,
      },
      subject: { type: 'credential', id: alert.credentialId, dates: [alert.expires], label: `${alert.typeName} (${staffName(subject, alert.staffId)})` },
      actual: alert.daysLeft,
      threshold: alert.threshold,
      suggestedAction: {
        kind: 'renew',
        description: alert.renewalWindowOpen ? `Renew the ${alert.typeName} now` : `Renew the ${alert.typeName} from ${alert.renewalOpensOn ?? ''}`,
        data: {
          credentialId: alert.credentialId,
          staffId: alert.staffId,
          renewalWindowOpen: alert.renewalWindowOpen,
          affectedShiftIds: alert.affectedShifts.map((s) => s.id),
        },
      },
    }));
  },
});
