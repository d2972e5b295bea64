import { compareFindings, subjectKey, type Finding } from './finding.js';
import { evaluate, type CompiledPolicy } from './compile.js';

/**
 * How the findings changed between two snapshots of the facts.
 *
 * @category Findings
 */
export interface FindingsDiff {
  /** Findings present only after the change. */
  readonly added: readonly Finding[];
  /** Findings present only before the change. */
  readonly removed: readonly Finding[];
  /** Findings present in both (same rule, subject and message), taken from the later snapshot. */
  readonly unchanged: readonly Finding[];
  /** Findings present in both whose actual value, threshold or message changed: `[before, after]`. */
  readonly changed: readonly (readonly [Finding, Finding])[];
}

function identity(finding: Finding): string {
  return `${finding.ruleId}|${finding.messageId}|${subjectKey(finding.subject)}`;
}

/**
 * Diffs two lists of findings by identity (rule id, message id and subject).
 *
 * @param before - the findings before
 * @param after - the findings after
 * @returns added, removed, unchanged and changed findings, each in the fixed order
 * @example
 * ```ts
 * const { added, removed } = diffFindings(yesterday, today);
 * ```
 * @category Findings
 */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingsDiff {
  const earlier = new Map<string, Finding>();
  for (const finding of before) earlier.set(identity(finding), finding);
  const added: Finding[] = [];
  const unchanged: Finding[] = [];
  const changed: (readonly [Finding, Finding])[] = [];
  const matched = new Set<string>();
  for (const finding of after) {
    const key = identity(finding);
    const previous = earlier.get(key);
    if (previous === undefined) {
      added.push(finding);
      continue;
    }
    matched.add(key);
    if (previous.actual !== finding.actual || previous.threshold !== finding.threshold || previous.message !== finding.message) {
      changed.push([previous, finding]);
    } else {
      unchanged.push(finding);
    }
  }
  const removed = before.filter((finding) => !matched.has(identity(finding)));
  return {
    added: added.sort(compareFindings),
    removed: removed.sort(compareFindings),
    unchanged: unchanged.sort(compareFindings),
    changed: changed.sort((a, b) => compareFindings(a[1], b[1])),
  };
}

/**
 * What-if: evaluates a policy on two snapshots of the facts (before and after a proposed change)
 * and diffs the findings. Neither snapshot is mutated.
 *
 * @param policy - the compiled policy
 * @param before - the facts as they are
 * @param after - the facts with the proposed change
 * @param context - shared facts for both runs
 * @returns the diff of the findings
 * @example
 * ```ts
 * const diff = whatIf(compiled, currentRota, proposedRota, context);
 * console.log(diff.added.length, 'new problems');
 * ```
 * @category Findings
 */
export function whatIf<Subject, Context>(
  policy: CompiledPolicy<Subject, Context>,
  before: Subject,
  after: Subject,
  context?: Context,
): FindingsDiff {
  return diffFindings(evaluate(policy, before, context), evaluate(policy, after, context));
}
