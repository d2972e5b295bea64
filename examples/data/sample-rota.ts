/**
 * The sample practice's rota problem for December 2026: fifteen people (three providers, nurses,
 * medical assistants, front desk, the practice manager and billing), day, evening and Saturday
 * shifts, cover by role, leave, requests, Christmas closed, a pinned shift and history from
 * November. Used by build-sample-practice.ts.
 */
import type { RotaProblemInput } from 'practiceops/rota';

/** Builds the December 2026 rota problem of Riverside Family Medicine. */
export function sampleRotaProblem(): RotaProblemInput {
  const staff: [string, string, string[], string[], string, number][] = [
    ['dr-okafor', 'Dr. Adaeze Okafor', ['provider'], [], 'physician', 1],
    ['dr-lindqvist', 'Dr. Erik Lindqvist', ['provider'], [], 'physician', 1],
    ['np-reyes', 'Marisol Reyes, NP', ['provider'], ['spanish'], 'physician', 0.8],
    ['rn-chen', 'Grace Chen, RN', ['rn'], ['phlebotomy', 'immunization'], 'full-time', 1],
    ['rn-baptiste', 'Jean Baptiste, RN', ['rn'], ['immunization'], 'full-time', 1],
    ['lpn-walsh', 'Nora Walsh, LPN', ['rn'], ['immunization'], 'part-time', 0.6],
    ['ma-patel', 'Priya Patel, CMA', ['ma'], ['phlebotomy'], 'full-time', 1],
    ['ma-johnson', 'Tasha Johnson, RMA', ['ma'], ['phlebotomy', 'spanish'], 'full-time', 1],
    ['ma-kim', 'Daniel Kim, CMA', ['ma'], [], 'full-time', 1],
    ['ma-silva', 'Ana Silva, CMA', ['ma'], ['spanish'], 'part-time', 0.6],
    ['fd-murphy', 'Kevin Murphy', ['front-desk'], [], 'full-time', 1],
    ['fd-nguyen', 'Linh Nguyen', ['front-desk'], ['spanish'], 'full-time', 1],
    ['fd-obrien', "Siobhan O'Brien", ['front-desk'], [], 'part-time', 0.6],
    ['pm-garcia', 'Rosa Garcia, CMM', ['manager'], [], 'full-time', 1],
    ['bill-hughes', 'Owen Hughes, RHIT', ['billing'], [], 'full-time', 1],
  ];
  const rates: Record<string, string> = { provider: '95.00', rn: '44.50', ma: '21.75', 'front-desk': '19.25', manager: '38.00', billing: '27.50' };
  const dates: string[] = [];
  for (let d = 1; d <= 31; d++) dates.push(`2026-12-${String(d).padStart(2, '0')}`);
  const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
  const cover: NonNullable<RotaProblemInput['cover']> = [];
  const add = (date: string, shiftTypeId: string, role: string, ideal: number, min: number, under = 20, over = 5) => cover.push({ date, shiftTypeId, role, ideal, min, underWeight: under, overWeight: over });
  for (const date of dates) {
    const w = weekday(date);
    if (date === '2026-12-25' || w === 0) continue;
    if (w === 6) {
      add(date, 'S', 'provider', 1, 1);
      add(date, 'S', 'ma', 1, 1);
      add(date, 'S', 'front-desk', 1, 1);
      continue;
    }
    add(date, 'D', 'provider', 2, 1, 30);
    add(date, 'E', 'provider', 1, 1, 30);
    add(date, 'D', 'rn', 1, 1);
    add(date, 'E', 'rn', 1, 0);
    add(date, 'D', 'ma', 2, 1);
    add(date, 'E', 'ma', 1, 1);
    add(date, 'D', 'front-desk', 1, 1);
    add(date, 'E', 'front-desk', 1, 1);
    add(date, 'D', 'manager', 1, 0, 5, 5);
    add(date, 'D', 'billing', 1, 0, 5, 5);
  }
  const problem: RotaProblemInput = {
    id: 'riverside-2026-12',
    site: {
      id: 'riverside',
      name: 'Riverside Family Medicine',
      timeZone: 'America/New_York',
      openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1 | 2 | 3 | 4 | 5 | 6, open: '08:00', close: '19:30' })).concat([{ weekday: 6, open: '08:00', close: '13:00' }]),
      closures: [],
      publicHolidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
    },
    horizon: { start: '2026-12-01', days: 31 },
    currency: 'USD',
    contracts: [
      { id: 'physician', name: 'Physician', maxMinutesPerWeek: 2700, maxConsecutiveWorkDays: 6, minRestMinutes: 660, maxWeekends: 3, minTotalMinutes: 7200 },
      { id: 'full-time', name: 'Full time (hourly)', maxMinutesPerWeek: 2550, maxConsecutiveWorkDays: 5, minRestMinutes: 660, maxWeekends: 2, minTotalMinutes: 8160, maxShiftsPerType: { E: 12 } },
      { id: 'part-time', name: 'Part time (0.6)', maxMinutesPerWeek: 1530, maxConsecutiveWorkDays: 3, minRestMinutes: 660, maxWeekends: 2, minTotalMinutes: 4080 },
    ],
    staff: staff.map(([id, name, roles, skills, contractId, fte]) => ({
      id, name, roles, skills, contractId, fte, workweekStartsOn: 0,
      payRate: rates[roles[0] ?? ''] ?? '20.00', exempt: roles[0] === 'provider' || roles[0] === 'manager', overtimeRule: 'flsa' as const, homeSiteId: 'riverside',
    })),
    shiftTypes: [
      { id: 'D', name: 'Day 08:00–16:30', start: '08:00', durationMinutes: 510, unpaidBreakMinutes: 30, forbiddenSuccessors: [] },
      { id: 'E', name: 'Evening 11:00–19:30', start: '11:00', durationMinutes: 510, unpaidBreakMinutes: 30, forbiddenSuccessors: [] },
      { id: 'S', name: 'Saturday 08:00–13:00', start: '08:00', durationMinutes: 300, unpaidBreakMinutes: 0, forbiddenSuccessors: [] },
    ],
    cover,
    leave: [
      { id: 'lv-1', staffId: 'rn-chen', start: '2026-12-21', end: '2026-12-24', status: 'approved' as const, kind: 'vacation' as const },
      { id: 'lv-2', staffId: 'ma-kim', start: '2026-12-28', end: '2026-12-31', status: 'pending' as const, kind: 'vacation' as const, weight: 10 },
      { id: 'lv-3', staffId: 'dr-lindqvist', start: '2026-12-14', end: '2026-12-18', status: 'approved' as const, kind: 'training' as const },
    ],
    requests: [
      { staffId: 'fd-nguyen', date: '2026-12-24', kind: 'day-off' as const, weight: 8 },
      { staffId: 'ma-patel', date: '2026-12-31', kind: 'day-off' as const, weight: 5 },
      { staffId: 'np-reyes', date: '2026-12-05', kind: 'shift-on' as const, shiftTypeId: 'S', weight: 3 },
      { staffId: 'rn-baptiste', date: '2026-12-11', kind: 'shift-off' as const, shiftTypeId: 'E', weight: 4 },
    ],
    fixedDaysOff: dates.filter((d) => d === '2026-12-25' || weekday(d) === 0).flatMap((date) => staff.map(([id]) => ({ staffId: id, date }))),
    pinned: [{ staffId: 'pm-garcia', date: '2026-12-01', shiftTypeId: 'D' }],
    history: [
      { staffId: 'ma-patel', date: '2026-11-27', shiftTypeId: 'D' },
      { staffId: 'ma-patel', date: '2026-11-28', shiftTypeId: 'S' },
      { staffId: 'ma-patel', date: '2026-11-30', shiftTypeId: 'E' },
    ],
  };
    return problem;
}
