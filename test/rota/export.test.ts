import { describe, expect, it } from 'vitest';
import { isPracticeOpsError } from '../../src/core/errors.js';
import { rotaToCsv, rotaToIcs } from '../../src/rota/index.js';
import { a, practiceProblem } from './helpers/practice.js';

const STAMP = '2026-03-01T12:00:00Z';
const problem = practiceProblem();
const rota = { assignments: [a('ana', '2026-03-02', 'day'), a('ben', '2026-03-02', 'late'), a('ana', '2026-03-03', 'early')] };

function events(ics: string): string[] {
  return ics.split('BEGIN:VEVENT').slice(1).map((block) => block.split('END:VEVENT')[0] ?? '');
}
function field(event: string, name: string): string | undefined {
  return event.split('\r\n').find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
}

describe('rotaToIcs (RFC 5545)', () => {
  it('writes CRLF lines of at most 75 octets, times in UTC', () => {
    const ics = rotaToIcs(problem, rota, { stamp: STAMP });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const [first] = events(ics);
    expect(field(first ?? '', 'DTSTART')).toBe('20260302T130000Z'); // 08:00 EST
    expect(field(first ?? '', 'DTEND')).toBe('20260302T210000Z');
    expect(field(first ?? '', 'DTSTAMP')).toBe('20260301T120000Z');
    expect(events(ics)).toHaveLength(3);
  });

  it('folds long lines without splitting a UTF-8 character', () => {
    const long = practiceProblem({ site: { id: 'main', name: 'Clínica São José — Consultório de Família e Medicina Geral, Unidade Norte', timeZone: 'America/New_York' } });
    const ics = rotaToIcs(long, rota, { stamp: STAMP });
    const lines = ics.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('LOCATION:Clínica São José — Consultório de Família e Medicina Geral\\, Unidade Norte');
  });

  it('per staff member: only their shifts; UIDs are stable across exports', () => {
    const one = rotaToIcs(problem, rota, { staffId: 'ana', stamp: STAMP });
    const again = rotaToIcs(problem, { assignments: [...rota.assignments].reverse() }, { staffId: 'ana', stamp: STAMP });
    expect(events(one)).toHaveLength(2);
    expect(events(one).map((e) => field(e, 'UID'))).toEqual(events(again).map((e) => field(e, 'UID')));
    expect(field(events(one)[0] ?? '', 'UID')).toBe('ana-20260302@main-street.rota.practiceops');
    expect(isPracticeOpsError((() => { try { rotaToIcs(problem, rota, { staffId: 'zed' }); } catch (e) { return e; } return undefined; })(), 'UNKNOWN_REFERENCE')).toBe(true);
  });

  it('raises SEQUENCE on a change and cancels a removed shift', () => {
    const next = { assignments: [a('ana', '2026-03-02', 'late'), a('ben', '2026-03-02', 'late')] };
    const ics = rotaToIcs(problem, next, { previous: rota, previousSequence: 2, stamp: STAMP });
    const byUid = new Map(events(ics).map((e) => [field(e, 'UID'), e]));
    const changed = byUid.get('ana-20260302@main-street.rota.practiceops') ?? '';
    expect([field(changed, 'SEQUENCE'), field(changed, 'STATUS')]).toEqual(['3', 'CONFIRMED']);
    const same = byUid.get('ben-20260302@main-street.rota.practiceops') ?? '';
    expect(field(same, 'SEQUENCE')).toBe('2');
    const removed = byUid.get('ana-20260303@main-street.rota.practiceops') ?? '';
    expect([field(removed, 'SEQUENCE'), field(removed, 'STATUS'), field(removed, 'DTSTART')]).toEqual(['3', 'CANCELLED', '20260303T110000Z']);
  });
});

describe('rotaToCsv (RFC 4180)', () => {
  it('one row per shift, quoted where needed, site offsets', () => {
    const named = practiceProblem({ staff: [{ id: 'ana', name: 'Smith, "Ana"', contractId: 'flex' }, { id: 'ben', name: '=cmd()', contractId: 'flex' }] });
    const csv = rotaToCsv(named, rota);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('date,staff_id,staff_name,shift_type_id,shift_name,start,end,minutes,paid_minutes');
    expect(lines[1]).toBe('2026-03-02,ana,"Smith, ""Ana""",day,,2026-03-02T08:00:00.000-05:00,2026-03-02T16:00:00.000-05:00,480,450');
    expect(lines[2]).toBe("2026-03-02,ben,'=cmd(),late,,2026-03-02T14:00:00.000-05:00,2026-03-02T22:00:00.000-05:00,480,480");
    expect(lines).toHaveLength(5);
  });
});
