// The solver's public face, re-exported by ../index.ts.
export { solveRota } from './solve-rota.js';
export { SolveRotaOptionsSchema } from './schemas.js';
export type { SolveRotaOptions, SolveRotaProgress, SolveRotaResult, SolveRotaStop } from './schemas.js';
