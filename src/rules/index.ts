/**
 * The typed rule engine shared by every domain: rules as typed code, policies as JSON, findings as
 * data, plus condition rules and decision tables that office managers can edit.
 *
 * @module rules
 */
export { defineRule } from './define-rule.js';
export type { Rule, AnyRule, RuleMeta, RuleDefinition } from './define-rule.js';
export { SeveritySchema, subjectKey, compareFindings } from './finding.js';
export type { Severity, Finding, FindingSubject, SuggestedAction, RuleReport } from './finding.js';
export { defineCatalog, combineCatalogs } from './catalog.js';
export type { Catalog, CatalogDefinition } from './catalog.js';
export { RuleSettingSchema } from './policy-schema.js';
export type { RuleSetting, RuleEntryInput, PolicyInput, ResolvedRuleEntry, Policy } from './policy-schema.js';
export { parsePolicy, policyJsonSchema, resolvePolicy } from './policy.js';
export { compilePolicy, evaluate } from './compile.js';
export type { CompiledPolicy } from './compile.js';
export { diffFindings, whatIf } from './what-if.js';
export type { FindingsDiff } from './what-if.js';
export {
  ConditionOperatorSchema,
  ConditionSchema,
  compileCondition,
  defineConditionRule,
} from './conditions.js';
export type { ConditionOperator, FactCondition, Condition, Facts, FactPredicate, ConditionRuleDefinition } from './conditions.js';
export {
  RangeTestSchema,
  InputTestSchema,
  HitPolicySchema,
  TableInputSchema,
  defineDecisionTable,
  evaluateDecisionTable,
  checkDecisionTable,
} from './decision-table.js';
export type {
  InputTest,
  HitPolicy,
  TableInput,
  DecisionTableDefinition,
  DecisionTable,
  DecisionTableHit,
  TableCell,
  DecisionTableCheck,
} from './decision-table.js';
