/**
 * Staff rotas: the model (site, staff, contracts, shift types, cover, leave, requests), the rule
 * catalog, scoring that explains itself, the Curtois & Qu benchmark format, ics and csv export,
 * labour cost, and the solver.
 *
 * @module rota
 */
export {
  OpeningHoursSchema,
  SiteSchema,
  ContractSchema,
  OvertimeRuleSchema,
  StaffSchema,
  ShiftTypeSchema,
  CoverDemandSchema,
  LeaveSchema,
  RotaRequestSchema,
  AssignmentSchema,
  PinnedAssignmentSchema,
  RotaSchema,
  RotaProblemSchema,
} from './schemas.js';
export type {
  Site,
  Contract,
  OvertimeRule,
  Staff,
  ShiftType,
  CoverDemand,
  Leave,
  RotaRequest,
  Assignment,
  PinnedAssignment,
  Rota,
  RotaProblem,
  RotaProblemInput,
  HardSoftScore,
} from './schemas.js';
export { parseRotaProblem, parseRota } from './parse-problem.js';
export { rotaSubject } from './subject.js';
export type { RotaSubject, RotaContext, RotaEligibilityWindow } from './subject.js';
export { rotaCatalog, rotaPolicyJsonSchema } from './catalog.js';
export { oneShiftPerDay } from './rules/one-shift-per-day.js';
export { noOverlap } from './rules/no-overlap.js';
export { minRest } from './rules/min-rest.js';
export { forbiddenSuccession } from './rules/forbidden-succession.js';
export { maxShiftsPerType } from './rules/max-shifts-per-type.js';
export { dailyMinutes } from './rules/daily-minutes.js';
export { weeklyMinutes } from './rules/weekly-minutes.js';
export { payPeriodMinutes } from './rules/pay-period-minutes.js';
export { totalMinutes } from './rules/total-minutes.js';
export { maxConsecutiveWorkDays } from './rules/max-consecutive-work-days.js';
export { minConsecutiveWorkDays } from './rules/min-consecutive-work-days.js';
export { minConsecutiveDaysOff } from './rules/min-consecutive-days-off.js';
export { maxWeekends } from './rules/max-weekends.js';
export { daysOff } from './rules/days-off.js';
export { requiredSkill } from './rules/required-skill.js';
export { coverMinimum } from './rules/cover-minimum.js';
export { coverIdeal } from './rules/cover-ideal.js';
export { requests } from './rules/requests.js';
export { pendingLeave } from './rules/pending-leave.js';
export { fairness } from './rules/fairness.js';
export { overtime } from './rules/overtime.js';
export { pinned } from './rules/pinned.js';
export { siteClosed } from './rules/site-closed.js';
export { scoreRota, explainRotaScore, findingPenalty } from './score-rota.js';
export type { RotaScore, RuleScore, StaffScore, ScoreRotaOptions } from './score-rota.js';
export { findRotaGaps, FindRotaGapsOptionsSchema } from './find-rota-gaps.js';
export type { FindRotaGapsOptions } from './find-rota-gaps.js';
export { labourCost, LabourCostOptionsSchema } from './labour-cost.js';
export type { LabourCostOptions, LabourCostEntry } from './labour-cost.js';
export { CURTOIS_START_DATE, ReadCurtoisInstanceOptionsSchema, readCurtoisInstance } from './io/read-curtois-instance.js';
export type { ReadCurtoisInstanceOptions } from './io/read-curtois-instance.js';
export { readRotaSolution } from './io/read-rota-solution.js';
export { writeRotaSolution } from './io/write-rota-solution.js';
export { rotaToIcs, RotaIcsOptionsSchema } from './io/rota-to-ics.js';
export type { RotaIcsOptions } from './io/rota-to-ics.js';
export { rotaToCsv } from './io/rota-to-csv.js';
export type {
  AnyRule,
  Catalog,
  CompiledPolicy,
  Finding,
  FindingSubject,
  Policy,
  PolicyInput,
  ResolvedRuleEntry,
  Rule,
  RuleEntryInput,
  RuleMeta,
  RuleReport,
  RuleSetting,
  Severity,
  SuggestedAction,
} from '../rules/index.js';
export * from './solve/index.js';
