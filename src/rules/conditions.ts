import { z } from 'zod';
import { parseInput } from '../core/parse.js';
import { defineRule, type Rule, type RuleMeta } from './define-rule.js';
import type { RuleReport, SuggestedAction } from './finding.js';

/**
 * Comparison operators of a condition, named as in json-rules-engine so rules move between the two.
 *
 * @example
 * ```ts
 * ConditionOperatorSchema.parse('greaterThan');
 * ```
 * @category Conditions
 */
export const ConditionOperatorSchema = z.enum([
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
]);

/**
 * A comparison operator; see {@link ConditionOperatorSchema}.
 *
 * @category Conditions
 */
export type ConditionOperator = z.infer<typeof ConditionOperatorSchema>;

/**
 * One comparison of a fact with a value: `{ fact: 'hoursThisWeek', operator: 'greaterThan', value: 40 }`.
 *
 * @category Conditions
 */
export interface FactCondition {
  /** The fact's name. */
  readonly fact: string;
  /** The comparison. */
  readonly operator: ConditionOperator;
  /** The value to compare with (an array for `in` and `notIn`). */
  readonly value: number | string | boolean | readonly (number | string | boolean)[];
}

/**
 * A tree of conditions: all of, any of, not, or one comparison.
 *
 * @category Conditions
 */
export type Condition =
  | FactCondition
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

const ScalarSchema = z.union([z.number(), z.string(), z.boolean()]);

/**
 * The zod schema of a {@link Condition} tree, for conditions that arrive as JSON.
 *
 * @example
 * ```ts
 * ConditionSchema.parse({ all: [{ fact: 'hoursThisWeek', operator: 'greaterThan', value: 40 }] });
 * ```
 * @category Conditions
 */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z
      .object({ fact: z.string().min(1), operator: ConditionOperatorSchema, value: z.union([ScalarSchema, z.array(ScalarSchema)]) })
      .strict(),
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);

/**
 * A record of named facts: the subject of condition rules.
 *
 * @category Conditions
 */
export type Facts = Readonly<Record<string, number | string | boolean | undefined>>;

/**
 * A compiled condition: a plain predicate over facts.
 *
 * @category Conditions
 */
export type FactPredicate = (facts: Facts) => boolean;

function compileComparison(condition: FactCondition): FactPredicate {
  const { fact, value } = condition;
  switch (condition.operator) {
    case 'equal':
      return (facts) => facts[fact] === value;
    case 'notEqual':
      return (facts) => facts[fact] !== value;
    case 'lessThan':
      return (facts) => {
        const actual = facts[fact];
        return actual !== undefined && (actual as number) < (value as number);
      };
    case 'lessThanInclusive':
      return (facts) => {
        const actual = facts[fact];
        return actual !== undefined && (actual as number) <= (value as number);
      };
    case 'greaterThan':
      return (facts) => {
        const actual = facts[fact];
        return actual !== undefined && (actual as number) > (value as number);
      };
    case 'greaterThanInclusive':
      return (facts) => {
        const actual = facts[fact];
        return actual !== undefined && (actual as number) >= (value as number);
      };
    case 'in': {
      const set = new Set<unknown>([value].flat());
      return (facts) => set.has(facts[fact]);
    }
    case 'notIn': {
      const set = new Set<unknown>([value].flat());
      return (facts) => !set.has(facts[fact]);
    }
  }
}

function compileTree(condition: Condition): FactPredicate {
  if ('all' in condition) {
    const parts = condition.all.map(compileTree);
    if (parts.length === 1) return parts[0] as FactPredicate;
    if (parts.length === 2) {
      const [a, b] = parts as [FactPredicate, FactPredicate];
      return (facts) => a(facts) && b(facts);
    }
    return (facts) => {
      for (const part of parts) if (!part(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileTree);
    if (parts.length === 1) return parts[0] as FactPredicate;
    if (parts.length === 2) {
      const [a, b] = parts as [FactPredicate, FactPredicate];
      return (facts) => a(facts) || b(facts);
    }
    return (facts) => {
      for (const part of parts) if (part(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileTree(condition.not);
    return (facts) => !inner(facts);
  }
  return compileComparison(condition);
}

/**
 * Compiles a condition tree once into a predicate; evaluating it is then a few closure calls.
 * A missing fact never satisfies an ordering comparison.
 *
 * @param condition - the condition tree (validated here)
 * @returns the predicate
 * @throws PracticeOpsError `INVALID_INPUT` for a malformed tree
 * @example
 * ```ts
 * const overtime = compileCondition({ all: [{ fact: 'hoursThisWeek', operator: 'greaterThan', value: 40 }] });
 * overtime({ hoursThisWeek: 44 }); // true
 * ```
 * @category Conditions
 */
export function compileCondition(condition: Condition): FactPredicate {
  return compileTree(parseInput(ConditionSchema, condition, { label: 'condition' }));
}

/**
 * The definition of a condition rule: a rule written as data, for thresholds an office manager edits.
 *
 * @category Conditions
 */
export interface ConditionRuleDefinition {
  /** The rule id, with a domain prefix. */
  readonly id: string;
  /** Description, default severity, docs; `messages` must hold the `messageId` used. */
  readonly meta: RuleMeta;
  /** When the rule fires. */
  readonly conditions: Condition;
  /** The message to report; its placeholders are filled from the facts. */
  readonly messageId: string;
  /** The fact that identifies the subject (`staffId`, `itemId`); `id` by default. */
  readonly subjectFact?: string;
  /** The subject type (`staff`, `item`); `facts` by default. */
  readonly subjectType?: string;
  /** The fact reported as the actual value. */
  readonly actualFact?: string;
  /** The threshold reported beside it. */
  readonly threshold?: number | string;
  /** An optional suggested action. */
  readonly suggestedAction?: SuggestedAction;
}

/**
 * Defines a rule from data: conditions over a record of facts, compiled once per policy. Use it for
 * thresholds that office managers configure; write a typed rule with {@link defineRule} for logic.
 *
 * @param definition - id, meta, conditions and what to report
 * @returns a rule whose subject is a {@link Facts} record and that has no options
 * @example
 * ```ts
 * const licenceSoon = defineConditionRule({
 *   id: 'custom/licence-soon',
 *   meta: { description: 'Licence expires soon', defaultSeverity: 'warn', messages: { soon: '{staffId}: licence in {days} days' } },
 *   conditions: { all: [{ fact: 'days', operator: 'lessThan', value: 30 }] },
 *   messageId: 'soon',
 *   subjectFact: 'staffId',
 *   subjectType: 'staff',
 *   actualFact: 'days',
 *   threshold: 30,
 * });
 * ```
 * @category Conditions
 */
export function defineConditionRule(definition: ConditionRuleDefinition): Rule<Facts, Record<string, never>, unknown> {
  const predicate = compileCondition(definition.conditions);
  const subjectFact = definition.subjectFact ?? 'id';
  const subjectType = definition.subjectType ?? 'facts';
  const { actualFact, threshold, suggestedAction, messageId } = definition;
  const check = (facts: Facts): readonly RuleReport[] => {
    if (!predicate(facts)) return NO_REPORTS;
    const report: { -readonly [K in keyof RuleReport]: RuleReport[K] } = {
      messageId,
      data: facts,
      subject: { type: subjectType, id: String(facts[subjectFact] ?? '') },
    };
    if (actualFact !== undefined) {
      const actual = facts[actualFact];
      if (typeof actual === 'number' || typeof actual === 'string') report.actual = actual;
    }
    if (threshold !== undefined) report.threshold = threshold;
    if (suggestedAction !== undefined) report.suggestedAction = suggestedAction;
    return [report];
  };
  return defineRule({
    id: definition.id,
    meta: definition.meta,
    options: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
    check,
    compile: () => check,
  });
}

const NO_REPORTS: readonly RuleReport[] = Object.freeze([]);
