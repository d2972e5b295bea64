import { z } from 'zod';
import { addCalendarDays, IsoDateSchema } from '../../core/calendar.js';
import { ERROR_CODES, PracticeOpsError } from '../../core/errors.js';
import { parseInput } from '../../core/parse.js';
import { TimeZoneSchema, WallTimeSchema } from '../../core/time.js';
import { parseRotaProblem } from '../parse-problem.js';
import type { RotaProblem, RotaProblemInput } from '../schemas.js';

/**
 * The date given to day 0 of a Curtois & Qu instance: 2014-01-06, a Monday, the `StartDate` of the
 * benchmark's XML (`.ros`) files.
 *
 * @example
 * ```ts
 * weekdayOf(CURTOIS_START_DATE); // 1 (Monday)
 * ```
 * @category Benchmark
 */
export const CURTOIS_START_DATE = '2014-01-06';

/**
 * Options for {@link readCurtoisInstance}.
 *
 * @example
 * ```ts
 * ReadCurtoisInstanceOptionsSchema.parse({}); // { startDate: '2014-01-06', timeZone: 'UTC', shiftStart: '00:00' }
 * ```
 * @category Benchmark
 */
export const ReadCurtoisInstanceOptionsSchema = z.object({
  /** The date of day 0, a Monday; `2014-01-06`, the start date of the benchmark's XML files, by default. */
  startDate: IsoDateSchema.default(CURTOIS_START_DATE),
  /** The site's time zone; `UTC` by default. */
  timeZone: TimeZoneSchema.default('UTC'),
  /** The wall-clock start of every shift type (the text format has none); `00:00` by default. */
  shiftStart: WallTimeSchema.default('00:00'),
  /** A name for the problem. */
  id: z.string().optional(),
});

/**
 * Options for {@link readCurtoisInstance}, as passed (all optional).
 *
 * @example
 * ```ts
 * const options: ReadCurtoisInstanceOptions = { startDate: '2026-01-05' };
 * ```
 * @category Benchmark
 */
export type ReadCurtoisInstanceOptions = z.input<typeof ReadCurtoisInstanceOptionsSchema>;


const SECTIONS = [
  'SECTION_HORIZON',
  'SECTION_SHIFTS',
  'SECTION_STAFF',
  'SECTION_DAYS_OFF',
  'SECTION_SHIFT_ON_REQUESTS',
  'SECTION_SHIFT_OFF_REQUESTS',
  'SECTION_COVER',
] as const;
type Section = (typeof SECTIONS)[number];

interface Line {
  readonly number: number;
  readonly text: string;
}

function malformed(line: number, message: string, expected: string, received: string): PracticeOpsError {
  return new PracticeOpsError({
    code: ERROR_CODES.malformedFile,
    message: `Line ${line}: ${message}`,
    issues: [{ path: ['line', line], message: `Line ${line}: ${message}`, expected, received: JSON.stringify(received) }],
  });
}

function integer(line: Line, field: string, value: string | undefined, min = 0): number {
  const text = (value ?? '').trim();
  if (!/^-?\d+$/.test(text) || Number(text) < min) {
    throw malformed(line.number, `${field} must be an integer >= ${min}`, `an integer >= ${min}`, text);
  }
  return Number(text);
}

function fields(line: Line, count: number, what: string): string[] {
  const parts = line.text.split(',').map((part) => part.trim());
  if (parts.length < count) throw malformed(line.number, `${what} needs ${count} comma-separated fields`, `${count} fields`, line.text);
  return parts;
}

/**
 * Reads an instance of the Curtois & Qu shift-scheduling benchmark (the text format with sections
 * `SECTION_HORIZON` ... `SECTION_COVER`) into a {@link RotaProblem}.
 *
 * The mapping: day 0 is `options.startDate` (2014-01-06, a Monday, by default) at a site in `UTC`;
 * each staff line becomes a staff member with a contract of its own (`contract-<id>`) holding the
 * maximum shifts per type, minimum and maximum total minutes, maximum and minimum consecutive shifts,
 * minimum consecutive days off and maximum weekends; days off become fixed days off; shift-on and
 * shift-off requests keep their weights; each cover line becomes a demand with `min` 0, `ideal` the
 * requirement and its under and over weights. The text format has no shift start times, so every
 * shift type starts at `options.shiftStart` (00:00) and no contract sets `minRestMinutes`: the rest
 * the benchmark demands is already expressed by its forbidden successions, and with every shift
 * inside its own day (shifts last at most 24 h) no false overlap or rest finding can arise.
 *
 * @param text - the file's text (LF or CRLF)
 * @param options - start date, time zone, shift start and id
 * @returns the problem, parsed and cross-checked
 * @throws PracticeOpsError `MALFORMED_FILE` naming the line (`path: ['line', n]`, 1-based) for a
 *   missing or out-of-order section, a bad number, an unknown staff or shift id, a day outside the horizon
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const problem = readCurtoisInstance(readFileSync('Instance1.txt', 'utf8'));
 * problem.horizon; // { start: '2014-01-06', days: 14 }
 * ```
 * @category Benchmark
 */
export function readCurtoisInstance(text: string, options: ReadCurtoisInstanceOptions = {}): RotaProblem {
  if (typeof text !== 'string') {
    throw new PracticeOpsError({
      code: ERROR_CODES.invalidInput,
      message: 'readCurtoisInstance expects the file text as a string',
      issues: [{ path: [], message: 'expected a string', expected: 'string', received: typeof text }],
    });
  }
  const opts = parseInput(ReadCurtoisInstanceOptionsSchema, options, { label: 'readCurtoisInstance options' });
  const sections = new Map<Section, Line[]>();
  let current: Section | undefined;
  let lastIndex = -1;
  const rawLines = text.split(/\r?\n/);
  rawLines.forEach((raw, i) => {
    const lineText = raw.trim();
    if (lineText === '' || lineText.startsWith('#')) return;
    if (lineText.startsWith('SECTION_')) {
      const index = SECTIONS.indexOf(lineText as Section);
      if (index < 0) throw malformed(i + 1, `unknown section ${lineText}`, SECTIONS.join(' | '), lineText);
      if (index <= lastIndex) throw malformed(i + 1, `section ${lineText} is out of order or repeated`, `a section after ${SECTIONS[lastIndex] ?? ''}`, lineText);
      lastIndex = index;
      current = lineText as Section;
      sections.set(current, []);
      return;
    }
    if (current === undefined) throw malformed(i + 1, 'data before the first section', 'SECTION_HORIZON', lineText);
    sections.get(current)?.push({ number: i + 1, text: lineText });
  });
  const endLine = rawLines.length;
  for (const section of SECTIONS) {
    if (!sections.has(section)) throw malformed(endLine, `missing section ${section}`, section, 'end of file');
  }
  const get = (section: Section): Line[] => sections.get(section) ?? [];

  const horizonLines = get('SECTION_HORIZON');
  const horizonLine = horizonLines[0];
  if (horizonLine === undefined) throw malformed(endLine, 'SECTION_HORIZON has no length', 'a number of days', '');
  const days = integer(horizonLine, 'the horizon length', horizonLine.text, 1);
  const dates = Array.from({ length: days }, (_, day) => addCalendarDays(opts.startDate, day));
  const dateOf = (line: Line, value: string | undefined): string => {
    const day = integer(line, 'a day index', value);
    if (day >= days) throw malformed(line.number, `day ${day} is outside the horizon of ${days} days`, `0..${days - 1}`, String(day));
    return dates[day] as string;
  };

  const shiftIds = new Set<string>();
  const shiftTypes: NonNullable<RotaProblemInput['shiftTypes']>[number][] = [];
  const successorLines = new Map<string, Line>();
  for (const line of get('SECTION_SHIFTS')) {
    const [id = '', length, successors = ''] = fields(line, 2, 'a shift line');
    if (id === '' || shiftIds.has(id)) throw malformed(line.number, 'a shift id is empty or repeated', 'a new shift id', id);
    const durationMinutes = integer(line, 'the shift length', length, 1);
    if (durationMinutes > 1440) throw malformed(line.number, 'a shift lasts at most 24 hours', '<= 1440', String(durationMinutes));
    shiftIds.add(id);
    successorLines.set(id, line);
    shiftTypes.push({
      id,
      start: opts.shiftStart,
      durationMinutes,
      forbiddenSuccessors: successors.split('|').map((s) => s.trim()).filter((s) => s !== ''),
    });
  }
  if (shiftTypes.length === 0) throw malformed(endLine, 'SECTION_SHIFTS lists no shift', 'at least one shift', '');
  for (const shift of shiftTypes) {
    for (const successor of shift.forbiddenSuccessors ?? []) {
      if (!shiftIds.has(successor)) throw malformed(successorLines.get(shift.id)?.number ?? 0, `unknown shift ${successor}`, [...shiftIds].join(' | '), successor);
    }
  }
  const requireShift = (line: Line, id: string | undefined): string => {
    if (id === undefined || !shiftIds.has(id)) throw malformed(line.number, `unknown shift ${id ?? ''}`, [...shiftIds].join(' | '), id ?? '');
    return id;
  };

  const staffIds = new Set<string>();
  const staff: NonNullable<RotaProblemInput['staff']>[number][] = [];
  const contracts: NonNullable<RotaProblemInput['contracts']>[number][] = [];
  for (const line of get('SECTION_STAFF')) {
    const [id = '', maxShifts = '', maxTotal, minTotal, maxSeq, minSeq, minOff, maxWeekends] = fields(line, 8, 'a staff line');
    if (id === '' || staffIds.has(id)) throw malformed(line.number, 'a staff id is empty or repeated', 'a new staff id', id);
    staffIds.add(id);
    const maxShiftsPerType: Record<string, number> = {};
    for (const part of maxShifts.split('|').filter((p) => p.trim() !== '')) {
      const [shiftId, count] = part.split('=');
      maxShiftsPerType[requireShift(line, shiftId?.trim())] = integer(line, 'a maximum shift count', count);
    }
    const contractId = `contract-${id}`;
    contracts.push({
      id: contractId,
      maxShiftsPerType,
      maxTotalMinutes: integer(line, 'MaxTotalMinutes', maxTotal),
      minTotalMinutes: integer(line, 'MinTotalMinutes', minTotal),
      maxConsecutiveWorkDays: integer(line, 'MaxConsecutiveShifts', maxSeq, 1),
      minConsecutiveWorkDays: integer(line, 'MinConsecutiveShifts', minSeq, 1),
      minConsecutiveDaysOff: integer(line, 'MinConsecutiveDaysOff', minOff, 1),
      maxWeekends: integer(line, 'MaxWeekends', maxWeekends),
    });
    staff.push({ id, contractId, workweekStartsOn: 1 });
  }
  if (staff.length === 0) throw malformed(endLine, 'SECTION_STAFF lists no staff', 'at least one staff line', '');
  const requireStaff = (line: Line, id: string | undefined): string => {
    if (id === undefined || !staffIds.has(id)) throw malformed(line.number, `unknown staff ${id ?? ''}`, 'a staff id from SECTION_STAFF', id ?? '');
    return id;
  };

  const fixedDaysOff: { staffId: string; date: string }[] = [];
  for (const line of get('SECTION_DAYS_OFF')) {
    const [id, ...dayFields] = fields(line, 1, 'a days-off line');
    const staffId = requireStaff(line, id);
    for (const day of dayFields.filter((d) => d !== '')) fixedDaysOff.push({ staffId, date: dateOf(line, day) });
  }
  const requests: NonNullable<RotaProblemInput['requests']>[number][] = [];
  for (const [section, kind] of [
    ['SECTION_SHIFT_ON_REQUESTS', 'shift-on'],
    ['SECTION_SHIFT_OFF_REQUESTS', 'shift-off'],
  ] as const) {
    for (const line of get(section)) {
      const [id, day, shiftId, weight] = fields(line, 4, 'a request line');
      requests.push({
        staffId: requireStaff(line, id),
        date: dateOf(line, day),
        kind,
        shiftTypeId: requireShift(line, shiftId),
        weight: integer(line, 'a weight', weight),
      });
    }
  }
  const cover: NonNullable<RotaProblemInput['cover']>[number][] = [];
  for (const line of get('SECTION_COVER')) {
    const [day, shiftId, requirement, under, over] = fields(line, 5, 'a cover line');
    cover.push({
      date: dateOf(line, day),
      shiftTypeId: requireShift(line, shiftId),
      min: 0,
      ideal: integer(line, 'a requirement', requirement),
      underWeight: integer(line, 'an under weight', under),
      overWeight: integer(line, 'an over weight', over),
    });
  }
  const input: RotaProblemInput = {
    ...(opts.id === undefined ? {} : { id: opts.id }),
    site: { id: 'curtois-qu', name: 'Curtois & Qu benchmark', timeZone: opts.timeZone },
    horizon: { start: opts.startDate, days },
    contracts,
    staff,
    shiftTypes,
    cover,
    requests,
    fixedDaysOff,
  };
  return parseRotaProblem(input);
}
