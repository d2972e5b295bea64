import { z } from 'zod';
import { SeveritySchema } from './finding.js';

/**
 * A rule's setting in a policy: a severity, or `off`.
 *
 * @example
 * ```ts
 * RuleSettingSchema.parse('off');
 * ```
 * @category Policies
 */
export const RuleSettingSchema = z.enum([...SeveritySchema.options, 'off']);

/**
 * `error`, `warn`, `info` or `off`.
 *
 * @category Policies
 */
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/**
 * A rule's entry in a policy, as in ESLint: `"warn"`, `["error"]` or `["error", { minutes: 600 }]`.
 *
 * @category Policies
 */
export type RuleEntryInput = RuleSetting | readonly [RuleSetting] | readonly [RuleSetting, Record<string, unknown>];

/**
 * A policy as written in JSON: presets to extend and rule entries. Rules not named keep their
 * setting from the presets, or their default severity and options.
 *
 * @example
 * ```json
 * { "extends": "recommended", "rules": { "rota/min-rest": ["error", { "minutes": 660 }], "rota/fairness": "off" } }
 * ```
 * @category Policies
 */
export interface PolicyInput {
  /** Preset names to start from, in order. */
  readonly extends?: string | readonly string[];
  /** Rule entries by rule id. */
  readonly rules?: Readonly<Record<string, RuleEntryInput>>;
}

/**
 * A rule's resolved setting: its severity (or off) and its full options with defaults merged in.
 *
 * @category Policies
 */
export interface ResolvedRuleEntry {
  /** The severity, or `off`. */
  readonly setting: RuleSetting;
  /** The options after parsing, defaults included. */
  readonly options: unknown;
}

/**
 * A parsed policy: every rule of its catalog with a resolved setting and options.
 *
 * @category Policies
 */
export interface Policy {
  /** The name of the catalog it was parsed against. */
  readonly catalog: string;
  /** Every rule id of the catalog, resolved. */
  readonly rules: ReadonlyMap<string, ResolvedRuleEntry>;
}


