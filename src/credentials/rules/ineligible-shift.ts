import { z } from 'zod';
import { defineRule } from '../../rules/index.js';
import type { RuleReport } from '../../rules/index.js';
import { heldIntervals, heldOn, type HeldInterval } from '../internal/intervals.js';
import { evaluateRequirement, meets, resolvedRequirementFor } from '../internal/requirements.js';
import { snapshotTypes, staffName } from '../internal/snapshot.js';
import { ensureSnapshot, type CredentialsContext, type CredentialsSnapshot } from '../snapshot.js';

/**
 * `credentials/ineligible-shift`: a rota shift is assigned to someone who does not hold the
 * credentials its role needs in the site's state on that day.
 *
 * @example
 * ```ts
 * compilePolicy(credentialsCatalog, { rules: { 'credentials/ineligible-shift': ['error', { includePast: true }] } });
 * ```
 * @category Rules
 */
export const ineligibleShiftRule = /* @__PURE__ */ defineRule({
  id: 'credentials/ineligible-shift',
  meta: {
    description: 'A rota shift is assigned to someone not credentialed for its role on that day.',
    defaultSeverity: 'error',
    docs: 'docs/credentials.md#eligibility',
    messages: { ineligible: '{staff} may not work {role} on {date}: missing {missing}' },
  },
  options: z
    .object({
      /** Also check shifts before today. */
      includePast: z.boolean().default(false),
      /** Count a credential only once verified. */
      requireVerification: z.boolean().default(false),
    })
    .strict(),
  check(raw: CredentialsSnapshot, options, context: CredentialsContext): RuleReport[] {
    const subject = ensureSnapshot(raw);
    const index = snapshotTypes(subject);
    const byState = new Map<string, Map<string, HeldInterval[]>>();
    const reports: RuleReport[] = [];
    for (const shift of subject.shifts) {
      if (!options.includePast && shift.date < context.today) continue;
      const state = shift.state ?? subject.state;
      const resolved = resolvedRequirementFor(subject.requirements, shift.roleId, state);
      if (resolved === undefined) continue;
      let byStaff = byState.get(state ?? '');
      if (byStaff === undefined) {
        byStaff = heldIntervals(index, subject.credentials, { state, events: subject.events, requireVerification: options.requireVerification });
        byState.set(state ?? '', byStaff);
      }
      const held = heldOn(byStaff.get(shift.staffId) ?? [], shift.date);
      if (meets(resolved.requirement, held)) continue;
      const outcome = evaluateRequirement(resolved.requirement, held);
      const staff = staffName(subject, shift.staffId);
      reports.push({
        messageId: 'ineligible',
        data: { staff, role: shift.roleId, date: shift.date, missing: outcome.missing.join(', ') },
        subject: { type: 'shift', id: shift.id, dates: [shift.date], label: shift.label ?? `${shift.roleId} ${shift.date} (${staff})` },
        actual: 'ineligible',
        threshold: outcome.missing.join(', '),
        suggestedAction: {
          kind: 'reassign-shift',
          description: `Give the ${shift.roleId} shift on ${shift.date} to someone eligible, or have ${staff} renew first`,
          data: { shiftId: shift.id, staffId: shift.staffId, roleId: shift.roleId, missing: outcome.missing },
        },
      });
    }
    return reports;
  },
});
