import { z } from 'zod';

/**
 * How much a finding matters: `error` must be fixed, `warn` should be looked at, `info` is for the record.
 *
 * @example
 * ```ts
 * SeveritySchema.parse('warn');
 * ```
 * @category Findings
 */
export const SeveritySchema = z.enum(['error', 'warn', 'info']);

/**
 * A finding's severity.
 *
 * @category Findings
 */
export type Severity = z.infer<typeof SeveritySchema>;

/** @internal Sort rank of each severity: errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warn: 1, info: 2 };

/**
 * What a finding is about: a staff member, an item, a budget line, a visit...
 *
 * @category Findings
 */
export interface FindingSubject {
  /** The kind of thing: `staff`, `item`, `lot`, `credential`, `budget-line`, `visit`, `cover`... */
  readonly type: string;
  /** Its id. */
  readonly id: string;
  /** The dates concerned, if any, in order. */
  readonly dates?: readonly string[];
  /** A readable label for reports. */
  readonly label?: string;
}

/**
 * An action an app may offer the office manager. Never applied automatically.
 *
 * @category Findings
 */
export interface SuggestedAction {
  /** A machine-readable kind, such as `order`, `renew`, `reassign-shift`. */
  readonly kind: string;
  /** A readable sentence. */
  readonly description: string;
  /** Data an app needs to carry it out. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * One thing a rule found: plain data, safe to serialise.
 *
 * @category Findings
 */
export interface Finding {
  /** The rule that found it, for example `rota/min-rest`. */
  readonly ruleId: string;
  /** Its severity under the policy. */
  readonly severity: Severity;
  /** The id of the message template. */
  readonly messageId: string;
  /** The values that fill the template. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The rendered sentence. */
  readonly message: string;
  /** What it is about. */
  readonly subject: FindingSubject;
  /** The value found, when the rule compares against a threshold. */
  readonly actual?: number | string;
  /** The threshold it was compared with. */
  readonly threshold?: number | string;
  /** An optional suggested action. */
  readonly suggestedAction?: SuggestedAction;
}

/**
 * What a rule's `check` returns for each problem: a finding without the rule id, severity and
 * rendered message, which the engine adds.
 *
 * @category Rules
 */
export interface RuleReport {
  /** A key of the rule's `meta.messages`. */
  readonly messageId: string;
  /** Values for the message placeholders. */
  readonly data: Readonly<Record<string, unknown>>;
  /** What it is about. */
  readonly subject: FindingSubject;
  /** The value found. */
  readonly actual?: number | string;
  /** The threshold. */
  readonly threshold?: number | string;
  /** An optional suggested action. */
  readonly suggestedAction?: SuggestedAction;
}

/**
 * A stable key for a subject (`type:id:dates`), used for ordering and for diffs.
 *
 * @param subject - the subject
 * @returns the key
 * @example
 * ```ts
 * subjectKey({ type: 'staff', id: 'ana', dates: ['2026-11-23'] }); // 'staff:ana:2026-11-23'
 * ```
 * @category Findings
 */
export function subjectKey(subject: FindingSubject): string {
  return subject.dates === undefined || subject.dates.length === 0
    ? `${subject.type}:${subject.id}`
    : `${subject.type}:${subject.id}:${subject.dates.join(',')}`;
}

/**
 * The fixed order of findings: severity (errors first), then rule id, then subject.
 *
 * @param a - a finding
 * @param b - another finding
 * @returns negative, zero or positive, for `Array#sort`
 * @example
 * ```ts
 * findings.slice().sort(compareFindings);
 * ```
 * @category Findings
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(subjectKey(a.subject), subjectKey(b.subject)) ||
    compareText(a.messageId, b.messageId)
  );
}

/** @internal Code-unit string order, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
