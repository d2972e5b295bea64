import { z } from 'zod';
import { defineRule } from '../../rules/index.js';
import type { RuleReport } from '../../rules/index.js';
import { ceCycleOf, ceOutcome } from '../check-continuing-education.js';
import { standingOf } from '../credential-standing.js';
import { currentCredentials } from '../credential-alerts.js';
import { continuingEducationFor, typeOf } from '../internal/resolve.js';
import { snapshotTypes, staffName } from '../internal/snapshot.js';
import { ensureSnapshot, type CredentialsContext, type CredentialsSnapshot } from '../snapshot.js';

/**
 * `credentials/ce-shortfall`: within `withinDays` of the end of a credential's cycle, its
 * continuing education (total, category minimums, approved-provider minimum; only credits inside
 * the cycle) is short.
 *
 * @example
 * ```ts
 * compilePolicy(credentialsCatalog, { rules: { 'credentials/ce-shortfall': ['warn', { withinDays: 120 }] } });
 * ```
 * @category Rules
 */
export const ceShortfallRule = /* @__PURE__ */ defineRule({
  id: 'credentials/ce-shortfall',
  meta: {
    description: 'Continuing education is short for a credential whose cycle ends soon.',
    defaultSeverity: 'warn',
    docs: 'docs/credentials.md#continuing-education',
    messages: { short: '{staff} has {earned} of {required} {unit} for the {type} (cycle ends {end}); short: {shortfalls}' },
  },
  options: z
    .object({
      /** Report when the cycle ends within this many days. */
      withinDays: z.number().int().min(0).max(3650).default(180),
    })
    .strict(),
  check(raw: CredentialsSnapshot, options, context: CredentialsContext): RuleReport[] {
    const subject = ensureSnapshot(raw);
    const index = snapshotTypes(subject);
    const reports: RuleReport[] = [];
    for (const credential of currentCredentials(index, subject.credentials, subject.events)) {
      const type = typeOf(index, credential.typeId);
      const requirement = continuingEducationFor(type, credential.states[0]);
      if (requirement === undefined) continue;
      const standing = standingOf(type, credential, context.today, subject.events);
      if (standing.standing !== 'valid' || standing.expires === undefined || standing.daysLeft === undefined) continue;
      if (standing.daysLeft > options.withinDays) continue;
      const cycle = ceCycleOf(type, credential, requirement, standing.expires);
      if (cycle === undefined) continue;
      const credits = subject.ceCredits.filter(
        (c) => (c.staffId === undefined || c.staffId === credential.staffId) && (c.credentialId === undefined ? c.staffId === credential.staffId : c.credentialId === credential.id),
      );
      const outcome = ceOutcome(requirement, credits, cycle);
      if (outcome.met) continue;
      const staff = staffName(subject, credential.staffId);
      const shortfalls = outcome.shortfalls
        .map((s) => (s.kind === 'total' ? `${s.short} in total` : s.kind === 'category' ? `${s.short} ${s.category ?? ''}` : `${s.short} from approved providers`))
        .join(', ');
      reports.push({
        messageId: 'short',
        data: { staff, type: type.name, earned: outcome.earned, required: outcome.required, unit: outcome.unit, end: cycle.end, shortfalls },
        subject: { type: 'credential', id: credential.id, dates: [cycle.start, cycle.end], label: `${type.name} (${staff})` },
        actual: outcome.earned,
        threshold: outcome.required,
        suggestedAction: {
          kind: 'complete-ce',
          description: `${staff} needs ${shortfalls} before ${cycle.end}`,
          data: { credentialId: credential.id, shortfalls: outcome.shortfalls },
        },
      });
    }
    return reports;
  },
});
