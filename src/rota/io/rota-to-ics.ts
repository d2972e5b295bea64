import { z } from 'zod';
import { ERROR_CODES, PracticeOpsError } from '../../core/errors.js';
import { parseInput } from '../../core/parse.js';
import { InstantSchema } from '../../core/time.js';
import { rotaModel, type RotaModel } from '../internal/model.js';
import { parseRota, parseRotaProblem } from '../parse-problem.js';
import { RotaSchema } from '../schemas.js';

/**
 * Options for {@link rotaToIcs}.
 *
 * @example
 * ```ts
 * RotaIcsOptionsSchema.parse({ staffId: 'ana', stamp: '2026-03-01T12:00:00Z' });
 * ```
 * @category Export
 */
export const RotaIcsOptionsSchema = z.object({
  /** One staff member's calendar; the whole site's when absent. */
  staffId: z.string().min(1).optional(),
  /** The rota published before: shifts changed since get SEQUENCE + 1, shifts removed since are sent as CANCELLED. */
  previous: RotaSchema.optional(),
  /** The SEQUENCE of the previous publication (0 by default). */
  previousSequence: z.int().min(0).default(0),
  /** DTSTAMP, an ISO instant; the current time when absent. */
  stamp: InstantSchema.optional(),
  /** PRODID. */
  productId: z.string().min(1).default('-//practiceops//rota//EN'),
  /** X-WR-CALNAME; built from the site (and staff member) when absent. */
  calendarName: z.string().min(1).optional(),
});

/**
 * Options for {@link rotaToIcs}, as passed.
 *
 * @example
 * ```ts
 * const options: RotaIcsOptions = { staffId: 'ana', previous: lastWeeksRota, previousSequence: 2 };
 * ```
 * @category Export
 */
export type RotaIcsOptions = z.input<typeof RotaIcsOptionsSchema>;

interface IcsEvent {
  readonly uid: string;
  readonly staff: number;
  readonly shift: number;
  readonly day: number;
}

function utcStamp(epoch: number): string {
  return new Date(epoch).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function safeUidPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, (ch) => `_${ch.codePointAt(0)?.toString(16) ?? ''}`);
}

/** Folds a content line at 75 octets (RFC 5545 section 3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventsOf(rm: RotaModel, staffFilter: number | undefined): IcsEvent[] {
  const events: IcsEvent[] = [];
  const site = safeUidPart(rm.model.problem.site.id);
  rm.staff.forEach((staffRota, s) => {
    if (staffFilter !== undefined && s !== staffFilter) return;
    const id = safeUidPart(rm.model.staff[s]?.staff.id ?? '');
    let lastDay = Number.NaN;
    let ordinal = 0;
    for (const cell of staffRota.cells) {
      ordinal = cell.day === lastDay ? ordinal + 1 : 0;
      lastDay = cell.day;
      const date = rm.model.dateOf(cell.day).replace(/-/g, '');
      events.push({ uid: `${id}-${date}${ordinal === 0 ? '' : `-${ordinal}`}@${site}.rota.practiceops`, staff: s, shift: cell.shift, day: cell.day });
    }
  });
  return events;
}

/**
 * Exports a rota as an iCalendar file (RFC 5545) for one staff member or the whole site: CRLF line
 * endings, lines folded at 75 octets, times in UTC (`...Z`), one VEVENT per shift with a stable UID
 * (staff, date and the shift's place that day, at the site), so calendar apps update events rather
 * than duplicate them. With `previous`, a shift whose type changed gets SEQUENCE raised by one, and
 * a shift removed since is sent with STATUS:CANCELLED (and the raised SEQUENCE).
 *
 * @param problem - the problem (site, staff, shift types)
 * @param rota - the rota to publish
 * @param options - staff member, previous rota and sequence, DTSTAMP, names
 * @returns the `.ics` text
 * @throws PracticeOpsError `UNKNOWN_REFERENCE` for an unknown `staffId`, and the errors of parsing
 * @example
 * ```ts
 * const ics = rotaToIcs(problem, rota, { staffId: 'ana', stamp: '2026-03-01T12:00:00Z' });
 * ```
 * @category Export
 */
export function rotaToIcs(problem: unknown, rota: unknown, options: RotaIcsOptions = {}): string {
  const parsed = parseRotaProblem(problem);
  const checked = parseRota(parsed, rota);
  const opts = parseInput(RotaIcsOptionsSchema, options, { label: 'ics options' });
  const rm = rotaModel(parsed, checked);
  let staffFilter: number | undefined;
  if (opts.staffId !== undefined) {
    staffFilter = rm.model.staffById.get(opts.staffId);
    if (staffFilter === undefined) {
      throw new PracticeOpsError({
        code: ERROR_CODES.unknownReference,
        message: `Unknown staff member ${JSON.stringify(opts.staffId)}`,
        issues: [{ path: ['staffId'], message: 'unknown staff member', expected: 'a staff id of the problem', received: JSON.stringify(opts.staffId) }],
      });
    }
  }
  const current = eventsOf(rm, staffFilter);
  const before = opts.previous === undefined ? undefined : eventsOf(rotaModel(parsed, parseRota(parsed, opts.previous)), staffFilter);
  const previousByUid = new Map((before ?? []).map((event) => [event.uid, event]));
  const currentUids = new Set(current.map((event) => event.uid));
  const stamp = utcStamp(opts.stamp === undefined ? Date.now() : Date.parse(opts.stamp));
  const site = parsed.site;
  const member = staffFilter === undefined ? undefined : rm.model.staff[staffFilter]?.staff;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${opts.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.calendarName ?? `${site.name ?? site.id} rota${member === undefined ? '' : ` - ${member.name ?? member.id}`}`)}`,
  ];
  const emit = (event: IcsEvent, sequence: number, cancelled: boolean): void => {
    const shift = rm.model.shifts[event.shift];
    const person = rm.model.staff[event.staff]?.staff;
    const interval = rm.model.interval(event.shift, event.day);
    const shiftName = shift?.name ?? shift?.id ?? '';
    const summary = staffFilter === undefined ? `${person?.name ?? person?.id ?? ''}: ${shiftName}` : shiftName;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(interval.start)}`,
      `DTEND:${utcStamp(interval.end)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(`${person?.name ?? person?.id ?? ''} works ${shiftName} (${shift?.id ?? ''}) on ${rm.model.dateOf(event.day)} at ${site.name ?? site.id}`)}`,
      `LOCATION:${escapeText(site.name ?? site.id)}`,
      `SEQUENCE:${sequence}`,
      `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  };
  for (const event of current) {
    const old = previousByUid.get(event.uid);
    const changed = old !== undefined && old.shift !== event.shift;
    emit(event, before === undefined || old === undefined ? opts.previousSequence : changed ? opts.previousSequence + 1 : opts.previousSequence, false);
  }
  for (const event of before ?? []) if (!currentUids.has(event.uid)) emit(event, opts.previousSequence + 1, true);
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
