// The solver's public face (solveRota, repairRota, the incremental scorer), re-exported by ../index.ts.
export {};
