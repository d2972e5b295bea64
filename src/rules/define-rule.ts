import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import type { z } from 'zod';
import type { RuleReport, Severity } from './finding.js';

/**
 * What a rule says about itself.
 *
 * @category Rules
 */
export interface RuleMeta {
  /** One sentence on what the rule checks. */
  readonly description: string;
  /** The severity used when a policy names the rule without one. */
  readonly defaultSeverity: Severity;
  /** Where to read more: a guide section or a regulation. */
  readonly docs?: string;
  /** Message templates by id, with `{placeholder}`s filled from a report's data. */
  readonly messages: Readonly<Record<string, string>>;
}

/**
 * A rule: typed logic with a zod schema for its options. `check` is pure and synchronous.
 *
 * @typeParam Subject - what the rule looks at (a rota, an inventory, a fact record...)
 * @typeParam Options - the rule's parsed options
 * @typeParam Context - shared facts gathered before evaluation
 * @category Rules
 */
export interface Rule<Subject = unknown, Options = unknown, Context = unknown> {
  /** A kebab-case id with the domain in front: `rota/min-rest`. */
  readonly id: string;
  /** Description, default severity, docs and messages. */
  readonly meta: RuleMeta;
  /** The options schema; its defaults are the rule's defaults. */
  readonly options: z.ZodType<Options>;
  /** Looks at a subject and returns a report for each problem (an empty array for none). */
  readonly check: (subject: Subject, options: Options, context: Context) => readonly RuleReport[];
  /**
   * Optional: prepares a check for fixed options once per policy (precomputed tables, compiled
   * conditions). When present the engine calls it at compile time and uses the returned function.
   */
  readonly compile?: (options: Options) => (subject: Subject, context: Context) => readonly RuleReport[];
}

/**
 * Any rule, whatever its subject, options and context.
 *
 * @category Rules
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any, any>;

/**
 * The definition passed to {@link defineRule}.
 *
 * @category Rules
 */
export interface RuleDefinition<Subject, OptionsSchema extends z.ZodType, Context> {
  /** A kebab-case id with the domain in front: `rota/min-rest`. */
  readonly id: string;
  /** Description, default severity, docs and messages. */
  readonly meta: RuleMeta;
  /** The options schema; give every field a default so `{}` parses. */
  readonly options: OptionsSchema;
  /** The pure, synchronous check. */
  readonly check: (subject: Subject, options: z.output<OptionsSchema>, context: Context) => readonly RuleReport[];
  /** Optional: prepares the check once per policy for fixed options. */
  readonly compile?: (options: z.output<OptionsSchema>) => (subject: Subject, context: Context) => readonly RuleReport[];
}

const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)+$/;

/**
 * Defines a typed rule. The options type comes from the zod schema; the rule id must be kebab-case
 * with a domain prefix.
 *
 * @param definition - id, meta, options schema and check
 * @returns the rule, frozen
 * @throws PracticeOpsError `INVALID_INPUT` for a malformed id or a message-less rule (a programmer error, found at import)
 * @example
 * ```ts
 * const maxHours = defineRule({
 *   id: 'demo/max-hours',
 *   meta: { description: 'Weekly hours cap', defaultSeverity: 'warn', messages: { over: '{who} works {hours} h' } },
 *   options: z.object({ hours: z.number().default(40) }),
 *   check: (s: { who: string; hours: number }, o) =>
 *     s.hours > o.hours ? [{ messageId: 'over', data: s, subject: { type: 'staff', id: s.who }, actual: s.hours, threshold: o.hours }] : [],
 * });
 * ```
 * @category Rules
 */
export function defineRule<Subject, OptionsSchema extends z.ZodType, Context = unknown>(
  definition: RuleDefinition<Subject, OptionsSchema, Context>,
): Rule<Subject, z.output<OptionsSchema>, Context> {
  if (!RULE_ID.test(definition.id)) {
    throw practiceOpsError(ERROR_CODES.invalidInput, `Rule id ${JSON.stringify(definition.id)} must be kebab-case with a domain prefix, like "rota/min-rest"`, {
      path: ['id'],
      expected: 'a kebab-case id with a domain prefix',
      received: JSON.stringify(definition.id),
    });
  }
  if (Object.keys(definition.meta.messages).length === 0) {
    throw practiceOpsError(ERROR_CODES.invalidInput, `Rule ${definition.id} must declare at least one message`, {
      path: ['meta', 'messages'],
      expected: 'at least one message template',
      received: '{}',
    });
  }
  return Object.freeze({
    id: definition.id,
    meta: Object.freeze({ ...definition.meta, messages: Object.freeze({ ...definition.meta.messages }) }),
    options: definition.options as z.ZodType<z.output<OptionsSchema>>,
    check: definition.check,
    ...(definition.compile === undefined ? {} : { compile: definition.compile }),
  });
}
