/**
 * Patient wait times: visit timelines and their intervals, metrics (exact and streaming), goals as
 * typed rules, the live front-desk monitor, queueing formulas (Erlang B, C and A, service level,
 * staffing), appointment templates (exact evaluation and a seeded simulator) and FHIR R4 mapping.
 *
 * @module wait-time
 */
export * from './schemas.js';
export { erlangB, requiredLines } from './erlang-b.js';
export { erlangC } from './erlang-c.js';
export { erlangA } from './erlang-a.js';
export { serviceLevel } from './service-level.js';
export { queueMetrics, meanWait } from './queue-metrics.js';
export { requiredStaff } from './required-staff.js';
export { buildTimelines } from './build-timelines.js';
export { visitIntervals } from './visit-intervals.js';
export { percentile } from './percentile.js';
export { summariseWaits } from './summarise-waits.js';
export { createWaitHistogram, HistogramOptionsSchema } from './create-wait-histogram.js';
export type { WaitHistogram, HistogramOptionsInput } from './create-wait-histogram.js';
export { createWaitStream, WaitStreamOptionsSchema } from './create-wait-stream.js';
export type { WaitStream, WaitStreamSummary, WaitStreamOptionsInput } from './create-wait-stream.js';
export { monitorQueue } from './monitor-queue.js';
export { checkGoals } from './check-goals.js';
export { waitTimeCatalog, waitTimePolicyJsonSchema } from './catalog.js';
export { percentileGoalRule } from './rules/percentile-goal.js';
export { maxWaitRule } from './rules/max-wait.js';
export { queueBreachRule } from './rules/queue-breach.js';
export { queueWarningRule } from './rules/queue-warning.js';
export { walkOutsRule } from './rules/walk-outs.js';
export { buildTemplate } from './build-template.js';
export { evaluateTemplate, ExactOptionsSchema } from './evaluate-template.js';
export type { ExactOptionsInput } from './evaluate-template.js';
export { simulateTemplate, SimulationOptionsSchema } from './simulate-template.js';
export type { SimulationOptionsInput } from './simulate-template.js';
export { timelinesFromFhir } from './timelines-from-fhir.js';
export type { FhirVisitInput, FhirTimelines } from './timelines-from-fhir.js';
export type { AnyRule, Catalog, PolicyInput, Rule, RuleEntryInput, RuleMeta, RuleReport, RuleSetting, FindingSubject, SuggestedAction } from '../rules/index.js';
