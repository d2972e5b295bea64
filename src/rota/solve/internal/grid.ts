import type { Rota } from '../../schemas.js';
import type { CompiledProblem } from './compile.js';

/** Turns a grid (staff x day -> shift index, -1 off) into a rota, sorted by staff then date. */
export function gridToRota(p: CompiledProblem, grid: ArrayLike<number>): Rota {
  const assignments: { staffId: string; date: string; shiftTypeId: string }[] = [];
  for (let i = 0; i < p.N; i++) {
    for (let d = 0; d < p.D; d++) {
      const s = grid[i * p.D + d]!;
      if (s >= 0) assignments.push({ staffId: p.staffIds[i]!, date: p.dates[d]!, shiftTypeId: p.shiftIds[s]! });
    }
  }
  return { assignments };
}

/**
 * Turns a rota into a grid. Assignments outside the horizon are ignored; when a staff member has
 * two assignments on one day, the last wins (the grid holds one shift per staff-day) and the number
 * of dropped assignments is returned with the grid.
 */
export function rotaToGrid(p: CompiledProblem, rota: Rota): { grid: Int32Array; dropped: number } {
  const grid = new Int32Array(p.N * p.D).fill(-1);
  let dropped = 0;
  for (const a of rota.assignments) {
    const i = p.staffIndex.get(a.staffId);
    const d = p.dayIndex.get(a.date);
    const s = p.shiftIndex.get(a.shiftTypeId);
    if (i === undefined || d === undefined || s === undefined) continue;
    if (grid[i * p.D + d]! >= 0) dropped++;
    grid[i * p.D + d] = s;
  }
  return { grid, dropped };
}
