import { z } from 'zod';
import { addCalendarDays } from '../../core/calendar.js';
import { defineRule } from '../../rules/index.js';
import type { RuleReport } from '../../rules/index.js';
import { heldIntervals, heldOn } from '../internal/intervals.js';
import { evaluateRequirement, requirementFor } from '../internal/requirements.js';
import { snapshotTypes, staffName } from '../internal/snapshot.js';
import { ensureSnapshot, type CredentialsContext, type CredentialsSnapshot } from '../snapshot.js';

/**
 * `credentials/role-requirement-unmet`: a staff member is meant to work a role (listed in their
 * `roles`) but will not meet its credential requirement on the day checked (today, or `daysAhead` later).
 *
 * @example
 * ```ts
 * compilePolicy(credentialsCatalog, { rules: { 'credentials/role-requirement-unmet': ['warn', { daysAhead: 14 }] } });
 * ```
 * @category Rules
 */
export const roleRequirementUnmetRule = /* @__PURE__ */ defineRule({
  id: 'credentials/role-requirement-unmet',
  meta: {
    description: 'A staff member does not meet the credential requirement of a role they are meant to work.',
    defaultSeverity: 'warn',
    docs: 'docs/credentials.md#eligibility',
    messages: { unmet: '{staff} does not meet the {role} requirement on {date}: missing {missing}' },
  },
  options: z
    .object({
      /** Check this many days after today. */
      daysAhead: z.number().int().min(0).max(3650).default(0),
    })
    .strict(),
  check(raw: CredentialsSnapshot, options, context: CredentialsContext): RuleReport[] {
    const subject = ensureSnapshot(raw);
    const date = addCalendarDays(context.today, options.daysAhead);
    const byStaff = heldIntervals(snapshotTypes(subject), subject.credentials, { state: subject.state, events: subject.events, requireVerification: false });
    const reports: RuleReport[] = [];
    for (const member of subject.staff) {
      for (const roleId of member.roles) {
        const requirement = requirementFor(subject.requirements, roleId, subject.state);
        if (requirement === undefined) continue;
        const outcome = evaluateRequirement(requirement, heldOn(byStaff.get(member.id) ?? [], date));
        if (outcome.met) continue;
        const staff = staffName(subject, member.id);
        reports.push({
          messageId: 'unmet',
          data: { staff, role: roleId, date, missing: outcome.missing.join(', ') },
          subject: { type: 'staff', id: member.id, dates: [date], label: `${staff} as ${roleId}` },
          actual: 'unmet',
          threshold: outcome.missing.join(', '),
          suggestedAction: { kind: 'obtain-credential', description: `${staff} needs ${outcome.missing.join(', ')} to work ${roleId}`, data: { staffId: member.id, roleId, missing: outcome.missing } },
        });
      }
    }
    return reports;
  },
});
