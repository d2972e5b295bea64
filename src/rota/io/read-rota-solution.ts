import { addCalendarDays } from '../../core/calendar.js';
import { ERROR_CODES, PracticeOpsError, type ErrorCode } from '../../core/errors.js';
import { parseRotaProblem } from '../parse-problem.js';
import type { Assignment, Rota, RotaProblemInput } from '../schemas.js';

function fileError(code: ErrorCode, line: number, message: string, expected: string, received: string, day?: number): PracticeOpsError {
  const path = day === undefined ? ['line', line] : ['line', line, 'day', day];
  return new PracticeOpsError({
    code,
    message: `Line ${line}: ${message}`,
    issues: [{ path, message: `Line ${line}: ${message}`, expected, received: JSON.stringify(received) }],
  });
}

/**
 * Reads a rota in the plain solution format: one line per staff member, the staff id, then for each
 * day of the horizon a tab and the shift type id, or nothing for a day off. Blank lines and lines
 * starting with `#` are skipped; CRLF is accepted; a line may stop early (the remaining days are off).
 * Staff not listed work nothing.
 *
 * @param text - the file's text
 * @param problem - the problem the rota is for
 * @returns the rota, assignments in line then day order
 * @throws PracticeOpsError `MALFORMED_FILE` (more cells than days, a staff member listed twice) or
 *   `UNKNOWN_REFERENCE` (an unknown staff or shift id), with `path: ['line', n]` or `['line', n, 'day', d]`
 *   (lines 1-based, days 0-based)
 * @example
 * ```ts
 * const rota = readRotaSolution('A\tD\t\tD\nB\t\tD\tD\n', problem);
 * ```
 * @category Benchmark
 */
export function readRotaSolution(text: string, problem: RotaProblemInput): Rota {
  const parsed = parseRotaProblem(problem);
  if (typeof text !== 'string') {
    throw new PracticeOpsError({
      code: ERROR_CODES.invalidInput,
      message: 'readRotaSolution expects the file text as a string',
      issues: [{ path: [], message: 'expected a string', expected: 'string', received: typeof text }],
    });
  }
  const staffIds = new Set(parsed.staff.map((member) => member.id));
  const shiftIds = new Set(parsed.shiftTypes.map((shift) => shift.id));
  const days = parsed.horizon.days;
  const dates = Array.from({ length: days }, (_, day) => addCalendarDays(parsed.horizon.start, day));
  const seen = new Set<string>();
  const assignments: Assignment[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const lineNumber = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const [rawId = '', ...cells] = raw.split('\t');
    const staffId = rawId.trim();
    if (!staffIds.has(staffId)) {
      throw fileError(ERROR_CODES.unknownReference, lineNumber, `unknown staff ${JSON.stringify(staffId)}`, 'a staff id of the problem', staffId);
    }
    if (seen.has(staffId)) throw fileError(ERROR_CODES.malformedFile, lineNumber, `staff ${staffId} is listed twice`, 'one line per staff member', staffId);
    seen.add(staffId);
    while (cells.length > days && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
    if (cells.length > days) {
      throw fileError(ERROR_CODES.malformedFile, lineNumber, `${cells.length} day cells for a horizon of ${days} days`, `at most ${days} cells`, String(cells.length));
    }
    cells.forEach((cell, day) => {
      const shiftTypeId = cell.trim();
      if (shiftTypeId === '') return;
      if (!shiftIds.has(shiftTypeId)) {
        throw fileError(ERROR_CODES.unknownReference, lineNumber, `unknown shift ${JSON.stringify(shiftTypeId)} on day ${day}`, 'a shift type id of the problem', shiftTypeId, day);
      }
      assignments.push({ staffId, date: dates[day] as string, shiftTypeId });
    });
  });
  return { assignments };
}
