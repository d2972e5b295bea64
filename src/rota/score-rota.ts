import { z } from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { ERROR_CODES, PracticeOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { compilePolicy, evaluate, type CompiledPolicy } from '../rules/compile.js';
import type { Finding } from '../rules/finding.js';
import type { PolicyInput } from '../rules/policy-schema.js';
import { rotaCatalog } from './catalog.js';
import { parseRota, parseRotaProblem } from './parse-problem.js';
import type { HardSoftScore } from './schemas.js';
import type { RotaContext, RotaSubject } from './subject.js';

/**
 * The part of a score that one rule contributes.
 *
 * @category Scoring
 */
export interface RuleScore {
  /** The rule id. */
  readonly ruleId: string;
  /** `hard` when the rule ran at severity `error`, else `soft`. */
  readonly level: 'hard' | 'soft';
  /** The summed penalty of its findings. */
  readonly penalty: number;
  /** How many findings it made. */
  readonly count: number;
}

/**
 * The part of a score that falls on one staff member.
 *
 * @category Scoring
 */
export interface StaffScore {
  /** The staff id. */
  readonly staffId: string;
  /** Hard penalty of the findings about them. */
  readonly hard: number;
  /** Soft penalty of the findings about them. */
  readonly soft: number;
  /** The findings about them, explained. */
  readonly findings: readonly Finding[];
}

/**
 * A rota's score, explained: totals, the breakdown per rule and per staff member, and every
 * finding (with its message and `data.penalty`). Cover findings have no staff member, so the
 * per-staff parts do not sum to the totals; the per-rule parts do.
 *
 * @category Scoring
 */
export interface RotaScore extends HardSoftScore {
  /** Whether no hard penalty remains. */
  readonly feasible: boolean;
  /** Per enabled rule, in the engine order (severity, then id), rules without findings included (penalty 0). */
  readonly byRule: readonly RuleScore[];
  /** Per staff member, in problem order (staff without findings included). */
  readonly byStaff: readonly StaffScore[];
  /** Every finding, in the engine's order (severity, rule id, subject). */
  readonly findings: readonly Finding[];
}

/**
 * Options for {@link scoreRota}.
 *
 * @category Scoring
 */
export interface ScoreRotaOptions {
  /** The policy: JSON (`{ extends, rules }`) or compiled; `recommended` by default. */
  readonly policy?: PolicyInput | CompiledPolicy<RotaSubject, RotaContext>;
  /** A context for the rules (eligibility windows...); none by default. */
  readonly context?: RotaContext;
}

const ContextSchema = z.object({
  today: IsoDateSchema.optional(),
  eligibility: z
    .array(
      z.object({
        staffId: z.string().min(1),
        roleId: z.string().min(1),
        from: IsoDateSchema,
        to: IsoDateSchema.optional(),
        eligible: z.boolean(),
        reason: z.string().optional(),
      }),
    )
    .optional(),
});

let recommended: CompiledPolicy<RotaSubject, RotaContext> | undefined;
const compiledPolicies = new WeakMap<object, CompiledPolicy<RotaSubject, RotaContext>>();

function isCompiled(policy: unknown): policy is CompiledPolicy<RotaSubject, RotaContext> {
  return typeof policy === 'object' && policy !== null && Array.isArray((policy as { enabledRules?: unknown }).enabledRules);
}

function compiledFor(policy: ScoreRotaOptions['policy']): CompiledPolicy<RotaSubject, RotaContext> {
  if (policy === undefined) {
    recommended ??= compilePolicy<RotaSubject, RotaContext>(rotaCatalog, { extends: 'recommended' });
    return recommended;
  }
  if (isCompiled(policy)) {
    if (policy.catalog !== rotaCatalog.name) {
      throw new PracticeOpsError({
        code: ERROR_CODES.invalidInput,
        message: `scoreRota needs a policy compiled for the rota catalog, not ${JSON.stringify(policy.catalog)}`,
        issues: [{ path: ['policy'], message: 'policy of another catalog', expected: '"rota"', received: JSON.stringify(policy.catalog) }],
      });
    }
    return policy;
  }
  const cached = compiledPolicies.get(policy);
  if (cached !== undefined) return cached;
  const compiled = compilePolicy<RotaSubject, RotaContext>(rotaCatalog, policy);
  compiledPolicies.set(policy, compiled);
  return compiled;
}

/**
 * The penalty a finding carries (`data.penalty`; 0 when absent).
 *
 * @param finding - a rota finding
 * @returns its penalty
 * @example
 * ```ts
 * score.findings.map(findingPenalty);
 * ```
 * @category Scoring
 */
export function findingPenalty(finding: Finding): number {
  const penalty = finding.data['penalty'];
  return typeof penalty === 'number' && Number.isFinite(penalty) ? penalty : 0;
}

/**
 * Scores a rota: runs the rota catalog under a policy and sums the penalties, hard for findings of
 * severity `error` and soft for the others. This is the reference scorer: under the `recommended`
 * policy the hard total is 0 exactly when the rota breaks no hard rule, and on a Curtois & Qu
 * instance the soft total is the benchmark's objective. The problem is indexed once (a problem
 * returned by `parseRotaProblem` or `readCurtoisInstance` is not parsed again).
 *
 * @param problem - the problem (parsed or as written)
 * @param rota - the rota
 * @param options - the policy and a context
 * @returns the totals, the breakdown per rule and per staff member, and the findings
 * @throws PracticeOpsError for a problem or rota that does not parse, or a policy that does not
 * @example
 * ```ts
 * const score = scoreRota(problem, rota);
 * score.hard; // 0 when feasible
 * for (const finding of score.findings) console.log(finding.message);
 * ```
 * @category Scoring
 */
export function scoreRota(problem: unknown, rota: unknown, options: ScoreRotaOptions = {}): RotaScore {
  const parsed = parseRotaProblem(problem);
  const subject: RotaSubject = { problem: parsed, rota: parseRota(parsed, rota) };
  const compiled = compiledFor(options.policy);
  const context = options.context === undefined ? undefined : (parseInput(ContextSchema, options.context, { label: 'rota context', basePath: ['context'] }) as RotaContext);
  const findings = evaluate(compiled, subject, context);
  let hard = 0;
  let soft = 0;
  const byRule = new Map<string, { level: 'hard' | 'soft'; penalty: number; count: number }>();
  for (const ruleId of compiled.enabledRules) byRule.set(ruleId, { level: 'soft', penalty: 0, count: 0 });
  const byStaff = new Map(parsed.staff.map((member) => [member.id, { hard: 0, soft: 0, findings: [] as Finding[] }]));
  for (const finding of findings) {
    const penalty = findingPenalty(finding);
    const isHard = finding.severity === 'error';
    if (isHard) hard += penalty;
    else soft += penalty;
    const rule = byRule.get(finding.ruleId) ?? { level: 'soft', penalty: 0, count: 0 };
    rule.level = isHard ? 'hard' : 'soft';
    rule.penalty += penalty;
    rule.count += 1;
    byRule.set(finding.ruleId, rule);
    if (finding.subject.type === 'staff') {
      const staff = byStaff.get(finding.subject.id);
      if (staff !== undefined) {
        if (isHard) staff.hard += penalty;
        else staff.soft += penalty;
        staff.findings.push(finding);
      }
    }
  }
  for (const entry of compiled.compiled) {
    const rule = byRule.get(entry.rule.id);
    if (rule !== undefined) rule.level = entry.severity === 'error' ? 'hard' : 'soft';
  }
  return {
    hard,
    soft,
    feasible: hard === 0,
    byRule: [...byRule].map(([ruleId, rule]) => ({ ruleId, ...rule })),
    byStaff: [...byStaff].map(([staffId, staff]) => ({ staffId, ...staff })),
    findings,
  };
}

/**
 * A readable explanation of a score: the totals, then each rule with a penalty, then each finding.
 *
 * @param score - a score from {@link scoreRota}
 * @param limit - at most this many findings (all by default)
 * @returns lines of text
 * @example
 * ```ts
 * console.log(explainRotaScore(scoreRota(problem, rota), 10).join('\n'));
 * ```
 * @category Scoring
 */
export function explainRotaScore(score: RotaScore, limit = Number.POSITIVE_INFINITY): string[] {
  const lines = [`hard ${score.hard}, soft ${score.soft}${score.feasible ? ' (feasible)' : ' (infeasible)'}`];
  for (const rule of score.byRule) if (rule.count > 0) lines.push(`  ${rule.ruleId} [${rule.level}]: ${rule.penalty} from ${rule.count} finding(s)`);
  score.findings.slice(0, limit).forEach((finding) => lines.push(`  - ${finding.severity} ${finding.ruleId}: ${finding.message} (penalty ${findingPenalty(finding)})`));
  if (score.findings.length > limit) lines.push(`  ... and ${score.findings.length - limit} more`);
  return lines;
}
