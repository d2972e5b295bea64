import { defineCatalog, policyJsonSchema, type Catalog } from '../rules/index.js';
import { ceShortfallRule } from './rules/ce-shortfall.js';
import { expiredRule } from './rules/expired.js';
import { expiringRule } from './rules/expiring.js';
import { ineligibleShiftRule } from './rules/ineligible-shift.js';
import { invalidIdentifierRule } from './rules/invalid-identifier.js';
import { roleRequirementUnmetRule } from './rules/role-requirement-unmet.js';
import { unverifiedRule } from './rules/unverified.js';

/**
 * The credentials rule catalog. Subject: a {@link CredentialsSnapshot} (parse it with
 * {@link parseCredentialsSnapshot}); context: {@link CredentialsContext} (`today`). Rules:
 * `credentials/expiring`, `credentials/expired`, `credentials/ineligible-shift`,
 * `credentials/role-requirement-unmet`, `credentials/unverified`, `credentials/invalid-identifier`,
 * `credentials/ce-shortfall`. Presets: `recommended` and `strict` (errors for anything that can
 * put an uncredentialed person on a shift, yearly re-verification, earlier windows).
 *
 * @example
 * ```ts
 * const compiled = compilePolicy(credentialsCatalog, { extends: 'strict' });
 * const findings = evaluate(compiled, parseCredentialsSnapshot(data), { today: '2026-11-23' });
 * ```
 * @category Rules
 */
export const credentialsCatalog: Catalog = /* @__PURE__ */ defineCatalog({
  name: 'credentials',
  rules: [expiringRule, expiredRule, ineligibleShiftRule, roleRequirementUnmetRule, unverifiedRule, invalidIdentifierRule, ceShortfallRule],
  presets: {
    strict: {
      rules: {
        'credentials/expiring': ['warn', { windows: [120, 90, 60, 30, 14, 7, 0] }],
        'credentials/role-requirement-unmet': ['error', { daysAhead: 14 }],
        'credentials/unverified': ['error', { maxAgeDays: 365 }],
        'credentials/invalid-identifier': ['error', { checkDeaLastName: true }],
        'credentials/ce-shortfall': ['warn', { withinDays: 270 }],
      },
    },
  },
});

/**
 * The JSON Schema of credentials policies, for a settings UI.
 *
 * @returns a JSON Schema (draft 2020-12) object
 * @example
 * ```ts
 * const schema = credentialsPolicyJsonSchema();
 * ```
 * @category Rules
 */
export function credentialsPolicyJsonSchema(): Record<string, unknown> {
  return policyJsonSchema(credentialsCatalog);
}
