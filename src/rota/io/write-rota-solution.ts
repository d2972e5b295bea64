import { toDayNumber } from '../../core/calendar.js';
import { ERROR_CODES, PracticeOpsError } from '../../core/errors.js';
import { parseRota, parseRotaProblem } from '../parse-problem.js';
import type { RotaProblemInput } from '../schemas.js';

/**
 * Writes a rota in the plain solution format read by {@link readRotaSolution}: one line per staff
 * member in the problem's order, the staff id, then for each day a tab and the shift type id (empty
 * for a day off), each line ending in `\n`.
 *
 * @param problem - the problem the rota is for
 * @param rota - the rota
 * @returns the text
 * @throws PracticeOpsError `CONFLICT` when someone has two shifts on one day (the format holds one),
 *   or the errors of {@link parseRota} for assignments that do not fit the problem
 * @example
 * ```ts
 * writeRotaSolution(problem, { assignments: [{ staffId: 'A', date: '2014-01-06', shiftTypeId: 'D' }] }); // 'A\tD\t\t...\n'
 * ```
 * @category Benchmark
 */
export function writeRotaSolution(problem: RotaProblemInput, rota: unknown): string {
  const parsed = parseRotaProblem(problem);
  const checked = parseRota(parsed, rota);
  const start = toDayNumber(parsed.horizon.start);
  const rows = new Map<string, string[]>(parsed.staff.map((member) => [member.id, new Array<string>(parsed.horizon.days).fill('')]));
  checked.assignments.forEach((assignment, i) => {
    const row = rows.get(assignment.staffId) as string[];
    const day = toDayNumber(assignment.date) - start;
    if (row[day] !== '') {
      throw new PracticeOpsError({
        code: ERROR_CODES.conflict,
        message: `${assignment.staffId} has two shifts on ${assignment.date}; the solution format holds one per day`,
        issues: [{ path: ['assignments', i], message: 'a second shift on one day', expected: 'one shift per staff member and day', received: assignment.shiftTypeId }],
      });
    }
    row[day] = assignment.shiftTypeId;
  });
  return parsed.staff.map((member) => `${member.id}\t${(rows.get(member.id) ?? []).join('\t')}\n`).join('');
}
