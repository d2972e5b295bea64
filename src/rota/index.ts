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
export { CURTOIS_START_DATE, ReadCurtoisInstanceOptionsSchema, readCurtoisInstance } from './io/read-curtois-instance.js';
export type { ReadCurtoisInstanceOptions } from './io/read-curtois-instance.js';
export { readRotaSolution } from './io/read-rota-solution.js';
export { writeRotaSolution } from './io/write-rota-solution.js';
export * from './solve/index.js';
