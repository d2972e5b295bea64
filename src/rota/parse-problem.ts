import { fromDayNumber, toDayNumber } from '../core/calendar.js';
import { ERROR_CODES, PracticeOpsError, type ErrorCode, type ErrorIssue } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { isMarkedParsed, markParsed } from './internal/parsed.js';
import { RotaProblemSchema, RotaSchema, type Assignment, type Rota, type RotaProblem } from './schemas.js';

type Path = (string | number)[];

function fail(code: ErrorCode, message: string, path: Path, expected: string, received: string): never {
  const issue: ErrorIssue = { path, message, expected, received };
  throw new PracticeOpsError({ code, message, issues: [issue] });
}

/**
 * Parses a rota problem and checks its cross-references: unique ids; every staff member's contract,
 * every shift type named by a contract, a forbidden succession, a cover demand, a request, a pin or
 * the history exists; leave ends on or after it starts and one person's leave does not overlap;
 * history lies before the horizon. The result is deep-frozen and remembered, so scoring it again
 * skips the parse.
 *
 * @param input - the problem as an app wrote it (defaults may be left out)
 * @returns the parsed problem, defaults filled in
 * @throws PracticeOpsError `INVALID_INPUT` (schema), `UNKNOWN_REFERENCE` (unknown staff, contract or
 *   shift type), `CONFLICT` (duplicate ids, overlapping leave) or `OUT_OF_DOMAIN` (history inside the
 *   horizon, leave ending before it starts), each naming the path
 * @example
 * ```ts
 * const problem = parseRotaProblem({
 *   site: { id: 'main', timeZone: 'America/New_York' },
 *   horizon: { start: '2026-03-02', days: 7 },
 *   contracts: [{ id: 'full-time', maxMinutesPerWeek: 2400 }],
 *   staff: [{ id: 'ana', contractId: 'full-time' }],
 *   shiftTypes: [{ id: 'day', start: '08:00', durationMinutes: 480 }],
 * });
 * ```
 * @category Model
 */
export function parseRotaProblem(input: unknown): RotaProblem {
  if (isMarkedParsed(input)) return input;
  const problem = parseInput(RotaProblemSchema, input, { label: 'rota problem' });
  checkProblemReferences(problem);
  return markParsed(problem);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const realDates = new Map<string, boolean>();

function isRealDate(date: string): boolean {
  let known = realDates.get(date);
  if (known === undefined) {
    known = ISO_DATE.test(date) && fromDayNumber(toDayNumber(date)) === date;
    if (realDates.size > 100_000) realDates.clear();
    realDates.set(date, known);
  }
  return known;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/**
 * The common case without zod: a plain object whose `assignments` are plain objects with valid
 * fields. Returns fresh objects holding only the schema's keys (as zod would), or undefined to let
 * the schema parse (and report) anything else.
 */
function fastRota(input: unknown): Rota | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const list = (input as { assignments?: unknown }).assignments;
  if (!Array.isArray(list)) return undefined;
  const assignments: Assignment[] = new Array<Assignment>(list.length);
  for (let i = 0; i < list.length; i++) {
    const entry: unknown = list[i];
    if (typeof entry !== 'object' || entry === null) return undefined;
    const { staffId, date, shiftTypeId } = entry as Record<string, unknown>;
    if (!isId(staffId) || !isId(shiftTypeId) || typeof date !== 'string' || !isRealDate(date)) return undefined;
    assignments[i] = { staffId, date, shiftTypeId };
  }
  return { assignments };
}

function indexIds(list: readonly { id: string }[], name: string): Set<string> {
  const ids = new Set<string>();
  list.forEach((entry, i) => {
    if (ids.has(entry.id)) {
      fail(ERROR_CODES.conflict, `Two ${name} share the id ${JSON.stringify(entry.id)}`, [name, i, 'id'], 'a unique id', JSON.stringify(entry.id));
    }
    ids.add(entry.id);
  });
  return ids;
}

function requireRef(ids: ReadonlySet<string>, id: string, what: string, path: Path): void {
  if (!ids.has(id)) {
    fail(ERROR_CODES.unknownReference, `Unknown ${what} ${JSON.stringify(id)} at ${path.join('.')}`, path, `a known ${what} id`, JSON.stringify(id));
  }
}

function checkProblemReferences(problem: RotaProblem): void {
  const contracts = indexIds(problem.contracts, 'contracts');
  const staff = indexIds(problem.staff, 'staff');
  const shifts = indexIds(problem.shiftTypes, 'shiftTypes');
  const start = toDayNumber(problem.horizon.start);
  const end = start + problem.horizon.days - 1;
  problem.contracts.forEach((contract, i) => {
    for (const shiftId of Object.keys(contract.maxShiftsPerType ?? {})) {
      requireRef(shifts, shiftId, 'shift type', ['contracts', i, 'maxShiftsPerType', shiftId]);
    }
  });
  problem.staff.forEach((member, i) => requireRef(contracts, member.contractId, 'contract', ['staff', i, 'contractId']));
  problem.shiftTypes.forEach((shift, i) =>
    shift.forbiddenSuccessors.forEach((id, j) => requireRef(shifts, id, 'shift type', ['shiftTypes', i, 'forbiddenSuccessors', j])),
  );
  problem.cover.forEach((demand, i) => {
    if (demand.shiftTypeId !== undefined) requireRef(shifts, demand.shiftTypeId, 'shift type', ['cover', i, 'shiftTypeId']);
  });
  const leaveByStaff = new Map<string, { start: number; end: number; index: number }[]>();
  problem.leave.forEach((leave, i) => {
    requireRef(staff, leave.staffId, 'staff member', ['leave', i, 'staffId']);
    const from = toDayNumber(leave.start);
    const to = toDayNumber(leave.end);
    if (to < from) fail(ERROR_CODES.outOfDomain, `Leave ${leave.id} ends before it starts`, ['leave', i, 'end'], `>= ${leave.start}`, leave.end);
    const list = leaveByStaff.get(leave.staffId) ?? [];
    for (const other of list) {
      if (from <= other.end && other.start <= to) {
        fail(
          ERROR_CODES.conflict,
          `Leave ${leave.id} of ${leave.staffId} overlaps leave ${problem.leave[other.index]?.id ?? ''} (leave[${other.index}])`,
          ['leave', i],
          'leave that does not overlap the same person\'s other leave',
          `${leave.start}..${leave.end}`,
        );
      }
    }
    list.push({ start: from, end: to, index: i });
    leaveByStaff.set(leave.staffId, list);
  });
  problem.requests.forEach((request, i) => {
    requireRef(staff, request.staffId, 'staff member', ['requests', i, 'staffId']);
    if (request.shiftTypeId !== undefined) requireRef(shifts, request.shiftTypeId, 'shift type', ['requests', i, 'shiftTypeId']);
  });
  problem.fixedDaysOff.forEach((entry, i) => requireRef(staff, entry.staffId, 'staff member', ['fixedDaysOff', i, 'staffId']));
  problem.pinned.forEach((pin, i) => {
    requireRef(staff, pin.staffId, 'staff member', ['pinned', i, 'staffId']);
    if (pin.shiftTypeId !== null) requireRef(shifts, pin.shiftTypeId, 'shift type', ['pinned', i, 'shiftTypeId']);
    const day = toDayNumber(pin.date);
    if (day < start || day > end) fail(ERROR_CODES.outOfDomain, `Pin ${i} lies outside the horizon`, ['pinned', i, 'date'], 'a date inside the horizon', pin.date);
  });
  problem.history.forEach((entry, i) => {
    requireRef(staff, entry.staffId, 'staff member', ['history', i, 'staffId']);
    requireRef(shifts, entry.shiftTypeId, 'shift type', ['history', i, 'shiftTypeId']);
    if (toDayNumber(entry.date) >= start) {
      fail(ERROR_CODES.outOfDomain, `History entry ${i} is not before the horizon`, ['history', i, 'date'], `a date before ${problem.horizon.start}`, entry.date);
    }
  });
}

/**
 * Parses a rota against its (parsed) problem: every assignment names a known staff member and shift
 * type and falls inside the horizon.
 *
 * @param problem - the parsed problem (see {@link parseRotaProblem})
 * @param input - the rota as an app wrote it
 * @returns the parsed rota
 * @throws PracticeOpsError `INVALID_INPUT`, `UNKNOWN_REFERENCE` (unknown staff or shift type) or
 *   `OUT_OF_DOMAIN` (a date outside the horizon), naming the path `assignments.<i>.<field>`
 * @example
 * ```ts
 * const rota = parseRota(problem, { assignments: [{ staffId: 'ana', date: '2026-03-02', shiftTypeId: 'day' }] });
 * ```
 * @category Model
 */
export function parseRota(problem: RotaProblem, input: unknown): Rota {
  const rota = fastRota(input) ?? parseInput(RotaSchema, input, { label: 'rota' });
  const staff = new Set(problem.staff.map((member) => member.id));
  const shifts = new Set(problem.shiftTypes.map((shift) => shift.id));
  const start = toDayNumber(problem.horizon.start);
  const end = start + problem.horizon.days - 1;
  rota.assignments.forEach((assignment, i) => {
    requireRef(staff, assignment.staffId, 'staff member', ['assignments', i, 'staffId']);
    requireRef(shifts, assignment.shiftTypeId, 'shift type', ['assignments', i, 'shiftTypeId']);
    const day = toDayNumber(assignment.date);
    if (day < start || day > end) {
      fail(
        ERROR_CODES.outOfDomain,
        `Assignment ${i} (${assignment.staffId} on ${assignment.date}) lies outside the horizon`,
        ['assignments', i, 'date'],
        `a date from ${problem.horizon.start} for ${problem.horizon.days} days`,
        assignment.date,
      );
    }
  });
  return rota;
}
