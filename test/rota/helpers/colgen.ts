import type { Assignment, Rota, RotaProblem } from '../../../src/rota/index.js';

/**
 * Parses the LAST roster printed in a monolith colgen `.txt.out` file and its stated objective.
 * Layout (checked on the files): one line per employee, `  <id>: ` then two characters per day:
 * the shift id padded with `=` (`D=`), a two-character id (`d1`), or ` .` for a day off; after the
 * roster, `Final solution (checked for feasibility): N`.
 */
export function readColgenOutput(text: string, problem: RotaProblem): { rota: Rota; objective: number } {
  const lines = text.split(/\r?\n/);
  let lastFinal = -1;
  lines.forEach((line, i) => {
    if (line.startsWith('Final solution (checked for feasibility):')) lastFinal = i;
  });
  if (lastFinal < 0) throw new Error('no final solution line');
  const objective = Number(lines[lastFinal]?.split(':')[1]?.trim());
  const rosterLines: string[] = [];
  for (let i = lastFinal - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (!/^\s*[^\s:]+: /.test(line)) break;
    rosterLines.unshift(line);
  }
  const assignments: Assignment[] = [];
  const start = Date.parse(`${problem.horizon.start}T00:00:00Z`);
  for (const line of rosterLines) {
    const match = /^\s*([^\s:]+): (.*)$/.exec(line);
    if (match === null) throw new Error(`bad roster line ${line}`);
    const [, staffId = '', cells = ''] = match;
    if (cells.length !== problem.horizon.days * 2) throw new Error(`roster line for ${staffId} has ${cells.length} characters`);
    for (let day = 0; day < problem.horizon.days; day++) {
      const cell = cells.slice(day * 2, day * 2 + 2);
      if (cell === ' .') continue;
      const shiftTypeId = cell.endsWith('=') ? cell.slice(0, 1) : cell;
      assignments.push({ staffId, date: new Date(start + day * 86_400_000).toISOString().slice(0, 10), shiftTypeId });
    }
  }
  if (rosterLines.length !== problem.staff.length) throw new Error(`roster has ${rosterLines.length} lines, problem ${problem.staff.length} staff`);
  return { rota: { assignments }, objective };
}
