import { z } from 'zod';
import { ERROR_CODES, PracticeOpsError, type ErrorIssue } from '../core/errors.js';
import { describeValue, toErrorIssues } from '../core/parse.js';
import { err, ok, type Result } from '../core/result.js';
import type { Catalog } from './catalog.js';
import { findForbiddenKeys } from './internal/forbidden-keys.js';
import {
  RuleSettingSchema,
  type Policy,
  type PolicyInput,
  type ResolvedRuleEntry,
  type RuleSetting,
} from './policy-schema.js';

const PolicyShapeSchema = z
  .object({
    extends: z.union([z.string(), z.array(z.string())]).optional(),
    rules: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

interface Layer {
  readonly setting?: RuleSetting;
  readonly options?: unknown;
}

function parseLayers(
  catalog: Catalog,
  input: unknown,
  basePath: (string | number)[],
  issues: ErrorIssue[],
  seen: Set<string>,
  into: Map<string, Layer>,
): void {
  const shape = PolicyShapeSchema.safeParse(input, { reportInput: true });
  if (!shape.success) {
    issues.push(...toErrorIssues(shape.error.issues, basePath));
    return;
  }
  const presetNames = shape.data.extends === undefined ? [] : [shape.data.extends].flat();
  presetNames.forEach((name, index) => {
    const preset = Object.hasOwn(catalog.presets, name) ? catalog.presets[name] : undefined;
    const path = [...basePath, 'extends', ...(Array.isArray(shape.data.extends) ? [index] : [])];
    if (preset === undefined) {
      issues.push({
        path,
        message: `${path.join('.')}: unknown preset ${JSON.stringify(name)}`,
        expected: Object.keys(catalog.presets).join(' | '),
        received: JSON.stringify(name),
      });
    } else if (seen.has(name)) {
      issues.push({ path, message: `${path.join('.')}: preset ${name} extends itself`, received: JSON.stringify(name) });
    } else {
      parseLayers(catalog, preset, [...path], issues, new Set([...seen, name]), into);
    }
  });
  for (const [ruleId, entry] of Object.entries(shape.data.rules ?? {})) {
    const path = [...basePath, 'rules', ruleId];
    const rule = catalog.rules.get(ruleId);
    if (rule === undefined) {
      issues.push({
        path,
        message: `${path.join('.')}: unknown rule ${JSON.stringify(ruleId)} in catalog ${catalog.name}`,
        expected: `a rule id of the ${catalog.name} catalog`,
        received: JSON.stringify(ruleId),
      });
      continue;
    }
    const tuple = Array.isArray(entry) ? entry : [entry];
    if (tuple.length < 1 || tuple.length > 2) {
      issues.push({
        path,
        message: `${path.join('.')}: expected a severity or [severity, options]`,
        expected: '"error" | "warn" | "info" | "off" | [severity, options]',
        received: describeValue(entry),
      });
      continue;
    }
    const setting = RuleSettingSchema.safeParse(tuple[0], { reportInput: true });
    if (!setting.success) {
      issues.push(...toErrorIssues(setting.error.issues, Array.isArray(entry) ? [...path, 0] : path));
      continue;
    }
    const previous = into.get(ruleId);
    let options = previous?.options;
    if (tuple.length === 2) {
      const parsed = rule.options.safeParse(tuple[1], { reportInput: true });
      if (!parsed.success) {
        issues.push(...toErrorIssues(parsed.error.issues, [...path, 1]));
        continue;
      }
      options = parsed.data;
    }
    into.set(ruleId, { setting: setting.data, options });
  }
}

/**
 * Parses a JSON policy against a catalog: unknown rule ids, unknown presets, bad severities, bad
 * options and `__proto__` / `constructor` / `prototype` keys are rejected, each issue with its
 * path, the expected and the received value. Defaults merge in, so every rule of the catalog has
 * a resolved setting. The input is not mutated.
 *
 * @param catalog - the rules the policy configures
 * @param input - the policy, as parsed JSON
 * @returns the resolved policy, or a PracticeOpsError (`UNKNOWN_RULE` when every issue is an unknown rule id, else `INVALID_INPUT`)
 * @example
 * ```ts
 * const result = parsePolicy(catalog, { rules: { 'demo/max-hours': ['error', { hours: 38 }] } });
 * if (!result.ok) console.error(result.error.issues);
 * ```
 * @category Policies
 */
export function parsePolicy(catalog: Catalog, input: unknown): Result<Policy> {
  const issues = findForbiddenKeys(input);
  const layers = new Map<string, Layer>();
  if (issues.length === 0) parseLayers(catalog, input, [], issues, new Set(), layers);
  if (issues.length > 0) {
    const allUnknownRules = issues.every((issue) => issue.message.includes('unknown rule'));
    return err(
      new PracticeOpsError({
        code: allUnknownRules ? ERROR_CODES.unknownRule : ERROR_CODES.invalidInput,
        message: `Invalid policy for ${catalog.name}: ${issues[0]?.message ?? ''}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
        issues,
      }),
    );
  }
  const rules = new Map<string, ResolvedRuleEntry>();
  for (const [ruleId, rule] of catalog.rules) {
    const layer = layers.get(ruleId);
    rules.set(ruleId, {
      setting: layer?.setting ?? rule.meta.defaultSeverity,
      options: layer?.options ?? rule.options.parse({}),
    });
  }
  return ok({ catalog: catalog.name, rules });
}

/**
 * The JSON Schema of a catalog's policies, for a settings UI or an editor. Each rule's options
 * schema appears with its defaults.
 *
 * @param catalog - the catalog
 * @returns a JSON Schema (draft 2020-12) object
 * @example
 * ```ts
 * const schema = policyJsonSchema(rotaCatalog);
 * ```
 * @category Policies
 */
export function policyJsonSchema(catalog: Catalog): Record<string, unknown> {
  const descriptions = z.registry<{ description: string }>();
  const ruleShape: Record<string, z.ZodType> = {};
  for (const [ruleId, rule] of catalog.rules) {
    const entry = z.union([RuleSettingSchema, z.tuple([RuleSettingSchema]), z.tuple([RuleSettingSchema, rule.options])]);
    descriptions.add(entry, { description: rule.meta.description });
    ruleShape[ruleId] = entry;
  }
  const presetNames = Object.keys(catalog.presets) as [string, ...string[]];
  const schema = z
    .object({
      extends: z.union([z.enum(presetNames), z.array(z.enum(presetNames))]).optional(),
      rules: z.object(ruleShape).partial().strict().optional(),
    })
    .strict();
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: descriptions }) as Record<string, unknown>;
}



/**
 * A policy ready to compile: one already parsed is returned as it is, one in JSON form is parsed
 * against the catalog (throwing its typed error).
 *
 * @param catalog - the rules the policy configures
 * @param policy - a parsed policy, or a policy in JSON form
 * @returns the parsed policy
 * @throws PracticeOpsError `INVALID_INPUT` or `UNKNOWN_RULE` for a bad JSON policy
 * @example
 * ```ts
 * const policy = resolvePolicy(practiceCatalog, JSON.parse(settingsText));
 * ```
 * @category Policies
 */
export function resolvePolicy(catalog: Catalog, policy: PolicyInput | Policy): Policy {
  if (typeof policy === 'object' && policy !== null && (policy as { rules?: unknown }).rules instanceof Map) return policy as Policy;
  const parsed = parsePolicy(catalog, policy);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}
