import { ERROR_CODES, PracticeOpsError } from '../core/errors.js';
import { compileTemplate, type CompiledTemplate } from '../core/internal/template.js';
import type { Catalog } from './catalog.js';
import type { AnyRule } from './define-rule.js';
import { compareText, SEVERITY_RANK, subjectKey, type Finding, type RuleReport, type Severity } from './finding.js';
import { resolvePolicy } from './policy.js';
import type { Policy, PolicyInput } from './policy-schema.js';

interface CompiledRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: unknown;
  readonly run: (subject: unknown, context: unknown) => readonly RuleReport[];
  readonly templates: Readonly<Record<string, CompiledTemplate>>;
}

/**
 * A policy compiled against a catalog: the enabled rules in output order, their options parsed and
 * their messages compiled once. Evaluate it as often as you like.
 *
 * @typeParam Subject - what the catalog's rules look at
 * @typeParam Context - shared facts for the rules
 * @category Policies
 */
export interface CompiledPolicy<Subject = unknown, Context = unknown> {
  /** The catalog's name. */
  readonly catalog: string;
  /** The resolved policy it was compiled from. */
  readonly policy: Policy;
  /** Ids of the enabled rules, in output order. */
  readonly enabledRules: readonly string[];
  /** @internal */
  readonly compiled: readonly CompiledRule[];
  /** @internal phantom types */
  readonly __types?: (subject: Subject, context: Context) => void;
}

/**
 * Compiles a policy for a catalog, once. Accepts a policy in JSON form (parsed here, throwing on
 * bad input) or one already parsed with {@link parsePolicy}; a parsed policy of a larger, combined
 * catalog is fine: only this catalog's rules are taken.
 *
 * @param catalog - the rules
 * @param policy - the policy (JSON form or parsed); the `recommended` preset when omitted
 * @returns the compiled policy
 * @throws PracticeOpsError `INVALID_INPUT` or `UNKNOWN_RULE` for a bad JSON policy
 * @example
 * ```ts
 * const compiled = compilePolicy<{ who: string; hours: number }>(catalog, { rules: { 'demo/max-hours': 'error' } });
 * ```
 * @category Policies
 */
export function compilePolicy<Subject = unknown, Context = unknown>(
  catalog: Catalog,
  policy: PolicyInput | Policy = { extends: 'recommended' },
): CompiledPolicy<Subject, Context> {
  const resolved = resolvePolicy(catalog, policy);
  const compiled: CompiledRule[] = [];
  for (const [ruleId, rule] of catalog.rules) {
    const entry = resolved.rules.get(ruleId);
    const setting = entry?.setting ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const options = entry?.options ?? rule.options.parse({});
    const templates: Record<string, CompiledTemplate> = {};
    for (const [messageId, template] of Object.entries(rule.meta.messages)) templates[messageId] = compileTemplate(template);
    const run = rule.compile ? rule.compile(options) : (subject: unknown, context: unknown) => rule.check(subject, options, context);
    compiled.push({ rule, severity: setting, options, run, templates });
  }
  compiled.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareText(a.rule.id, b.rule.id));
  return Object.freeze({
    catalog: catalog.name,
    policy: resolved,
    enabledRules: compiled.map((entry) => entry.rule.id),
    compiled,
  });
}

function toFinding(entry: CompiledRule, report: RuleReport): Finding {
  const template = entry.templates[report.messageId];
  if (template === undefined) {
    throw new PracticeOpsError({
      code: ERROR_CODES.unknownReference,
      message: `Rule ${entry.rule.id} reported an undeclared message id ${JSON.stringify(report.messageId)}`,
      issues: [{ path: ['messageId'], message: 'undeclared message id', expected: Object.keys(entry.templates).join(' | '), received: report.messageId }],
    });
  }
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId: entry.rule.id,
    severity: entry.severity,
    messageId: report.messageId,
    data: report.data,
    message: template(report.data),
    subject: report.subject,
  };
  if (report.actual !== undefined) finding.actual = report.actual;
  if (report.threshold !== undefined) finding.threshold = report.threshold;
  if (report.suggestedAction !== undefined) finding.suggestedAction = report.suggestedAction;
  return finding;
}

function bySubject(a: RuleReport, b: RuleReport): number {
  return compareText(subjectKey(a.subject), subjectKey(b.subject)) || compareText(a.messageId, b.messageId);
}

/**
 * Runs every enabled rule of a compiled policy on one subject, synchronously, and returns the
 * findings in the fixed order: severity, rule id, subject. Gather facts first; nothing here is async.
 *
 * @param policy - the compiled policy
 * @param subject - what the rules look at
 * @param context - shared facts for the rules
 * @returns the findings, ordered
 * @example
 * ```ts
 * const findings = evaluate(compiled, { who: 'ana', hours: 44 });
 * ```
 * @category Policies
 */
export function evaluate<Subject, Context>(
  policy: CompiledPolicy<Subject, Context>,
  subject: Subject,
  context?: Context,
): Finding[] {
  const findings: Finding[] = [];
  for (const entry of policy.compiled) {
    const reports = entry.run(subject, context);
    const count = reports.length;
    if (count === 0) continue;
    if (count === 1) {
      findings.push(toFinding(entry, reports[0] as RuleReport));
    } else {
      for (const report of [...reports].sort(bySubject)) findings.push(toFinding(entry, report));
    }
  }
  return findings;
}
