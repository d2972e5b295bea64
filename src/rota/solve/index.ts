// The solver's public face, re-exported by ../index.ts.
export { solveRota } from './solve-rota.js';
export { SolveRotaOptionsSchema } from './schemas.js';
export type { SolveRotaOptions, SolveRotaProgress, SolveRotaResult, SolveRotaStop } from './schemas.js';
export { createRotaScorer, RotaChangeSchema } from './create-rota-scorer.js';
export type { RotaScorer, RotaChange } from './create-rota-scorer.js';
export { repairRota, RotaEventSchema, RepairRotaOptionsSchema } from './repair-rota.js';
export type { RotaEvent, RepairRotaOptions, RepairRotaResult, RotaDiffEntry, RepairCandidate, OpenedShift } from './repair-rota.js';
export { solveRotaExact, SolveRotaExactOptionsSchema } from './solve-rota-exact.js';
export type { SolveRotaExactOptions, SolveRotaExactProgress, SolveRotaExactResult, ExactStatus } from './solve-rota-exact.js';
