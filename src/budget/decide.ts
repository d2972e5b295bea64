import { z } from 'zod';
import { CostEntrySchema, IsoDateSchema, parseInput, type CostEntry } from '../core/index.js';
import { whatIf, type CompiledPolicy, type Finding, type FindingSubject } from '../rules/index.js';
import { BudgetContextSchema, BudgetSnapshotSchema, type BudgetContext, type BudgetSnapshot, type BudgetSnapshotInput } from './schemas.js';

/**
 * A budget decision: go ahead (`ok`), go ahead and look (`warn`), or do not go ahead without approval (`stop`).
 *
 * @category Decisions
 */
export type BudgetOutcome = 'ok' | 'warn' | 'stop';

/**
 * An approver's override of one finding: the finding's rule and subject, who approved, why and until when.
 *
 * @category Decisions
 */
export interface BudgetOverride {
  /** The rule id, for example `budget/account-over-budget`. */
  readonly ruleId: string;
  /** The finding subject's id (an account, a cost centre, the budget's name). */
  readonly subjectId: string;
  /** Who approved. */
  readonly approver: string;
  /** Why. */
  readonly reason: string;
  /** The day of the approval. */
  readonly approvedOn: string;
  /** The last day the override holds, if it expires. */
  readonly expiresOn?: string;
}

/**
 * One reason behind a decision.
 *
 * @category Decisions
 */
export interface DecisionReason {
  /** The rule that found it. */
  readonly ruleId: string;
  /** What it is about. */
  readonly subject: FindingSubject;
  /** The rule's decision: `warn` or `stop` (from `data.decision`, else from the severity). */
  readonly decision: BudgetOutcome;
  /** The decision after overrides: `ok` when an approver overrode it. */
  readonly effective: BudgetOutcome;
  /** The finding's sentence. */
  readonly message: string;
  /** The override that applied, if any. */
  readonly override?: BudgetOverride;
}

/**
 * A decision with its reasons.
 *
 * @category Decisions
 */
export interface BudgetDecision {
  /** The strongest effective decision of the reasons (`ok` when there are none). */
  readonly outcome: BudgetOutcome;
  /** Every reason, stops first. */
  readonly reasons: readonly DecisionReason[];
}

/**
 * Options for {@link decideBudget} and {@link checkSpend}.
 *
 * @category Decisions
 */
export interface DecideOptions {
  /** Approvers' overrides. */
  readonly overrides?: readonly BudgetOverride[];
  /** The day of the decision, to skip expired overrides (overrides never expire when omitted). */
  readonly today?: string;
}

const OverrideSchema = z
  .object({
    ruleId: z.string().min(1),
    subjectId: z.string().min(1),
    approver: z.string().min(1),
    reason: z.string().min(1),
    approvedOn: IsoDateSchema,
    expiresOn: IsoDateSchema.optional(),
  })
  .strict();
const DecideOptionsSchema = z.object({ overrides: z.array(OverrideSchema).default([]), today: IsoDateSchema.optional() }).strict();
const FindingsSchema = z.array(
  z.looseObject({
    ruleId: z.string(),
    severity: z.enum(['error', 'warn', 'info']),
    message: z.string(),
    data: z.record(z.string(), z.unknown()),
    subject: z.looseObject({ type: z.string(), id: z.string() }),
  }),
);

function toOverride(parsed: z.output<typeof OverrideSchema>): BudgetOverride {
  const { expiresOn, ...rest } = parsed;
  return expiresOn === undefined ? rest : { ...rest, expiresOn };
}

const RANK: Readonly<Record<BudgetOutcome, number>> = { ok: 0, warn: 1, stop: 2 };

/**
 * Turns budget findings into one decision — ok, warn or stop — with its reasons, instead of
 * throwing. A finding's decision is its `data.decision` (`warn` or `stop`), or else `stop` for an
 * `error`, `warn` for a `warn` and `ok` for an `info` severity. An approver's override (same rule
 * and subject, not expired) makes that reason `ok` and stays on record.
 *
 * @param findings - findings from `evaluate(compilePolicy(budgetCatalog, policy), snapshot, context)`
 * @param options - overrides and the day of the decision
 * @returns the decision and its reasons
 * @throws PracticeOpsError `INVALID_INPUT` for malformed findings or overrides
 * @example
 * ```ts
 * const decision = decideBudget(findings, {
 *   overrides: [{ ruleId: 'budget/account-over-budget', subjectId: 'medical-surgical-supplies', approver: 'dr-lee', reason: 'flu season', approvedOn: '2026-04-10' }],
 * });
 * decision.outcome; // 'warn'
 * ```
 * @category Decisions
 */
export function decideBudget(findings: readonly Finding[], options: DecideOptions = {}): BudgetDecision {
  parseInput(FindingsSchema, findings, { label: 'findings' });
  const opts = parseInput(DecideOptionsSchema, options, { label: 'decision options' });
  const reasons: DecisionReason[] = findings.map((finding) => {
    const fromData = finding.data['decision'];
    const decision: BudgetOutcome =
      fromData === 'stop' || fromData === 'warn' || fromData === 'ok'
        ? fromData
        : finding.severity === 'error'
          ? 'stop'
          : finding.severity === 'warn'
            ? 'warn'
            : 'ok';
    const override = opts.overrides.find(
      (o) =>
        o.ruleId === finding.ruleId &&
        o.subjectId === finding.subject.id &&
        (opts.today === undefined || (o.approvedOn <= opts.today && (o.expiresOn === undefined || opts.today <= o.expiresOn))),
    );
    return {
      ruleId: finding.ruleId,
      subject: finding.subject,
      decision,
      effective: override === undefined ? decision : 'ok',
      message: finding.message,
      ...(override === undefined ? {} : { override: toOverride(override) }),
    };
  });
  reasons.sort((a, b) => RANK[b.effective] - RANK[a.effective] || RANK[b.decision] - RANK[a.decision]);
  const outcome = reasons.reduce<BudgetOutcome>((best, r) => (RANK[r.effective] > RANK[best] ? r.effective : best), 'ok');
  return { outcome, reasons };
}

/**
 * Checks a proposed spend (a purchase order, an extra shift's labour) before it is made: adds it to
 * the snapshot as a commitment, evaluates the policy before and after, and decides on the findings
 * the proposal adds or changes. Nothing is mutated; nothing throws for being over budget.
 *
 * @param policy - a compiled budget policy
 * @param snapshot - the budget snapshot as it is
 * @param proposal - the proposed cost entries (their layer is taken as `committed`)
 * @param context - the day of the check
 * @param options - overrides
 * @returns the decision on the proposal
 * @example
 * ```ts
 * const decision = checkSpend(compiled, snapshot, [{ source: 'inventory', account: 'medical-surgical-supplies', date: '2026-04-10', amount: money('900', 'USD'), layer: 'committed' }], { today: '2026-04-10' });
 * if (decision.outcome === 'stop') console.log(decision.reasons[0]?.message);
 * ```
 * @category Decisions
 */
export function checkSpend(
  policy: CompiledPolicy<BudgetSnapshotInput, BudgetContext>,
  snapshot: BudgetSnapshotInput,
  proposal: readonly CostEntry[],
  context: BudgetContext,
  options: DecideOptions = {},
): BudgetDecision {
  const before = parseInput(BudgetSnapshotSchema, snapshot, { label: 'budget snapshot' });
  const proposed = parseInput(z.array(CostEntrySchema).min(1), proposal, { label: 'proposal' });
  const ctx = parseInput(BudgetContextSchema, context, { label: 'budget context' });
  const after: BudgetSnapshot = { ...before, entries: [...before.entries, ...proposed.map((e) => ({ ...e, layer: 'committed' as const }))] };
  const diff = whatIf(policy, before, after, ctx);
  return decideBudget([...diff.added, ...diff.changed.map(([, later]) => later)], { today: ctx.today, ...options });
}
