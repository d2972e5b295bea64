/**
 * A practice week: four staff at a New York practice, a hand-made rota scored by the rota catalog
 * with every finding explained, the gaps the daily review would show, an ics snippet for one nurse
 * and the week's labour cost (FLSA and California overtime) as core CostEntry records.
 *
 * Run: npx tsx examples/rota.ts
 */
import { sumMoney, type CostEntry } from 'practiceops';
import {
  explainRotaScore,
  findRotaGaps,
  labourCost,
  parseRotaProblem,
  rotaToCsv,
  rotaToIcs,
  scoreRota,
  type Assignment,
  type RotaProblemInput,
} from 'practiceops/rota';

const week = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];

const input: RotaProblemInput = {
  id: 'main-street-week-10',
  site: {
    id: 'main-street',
    name: 'Main Street Family Practice',
    timeZone: 'America/New_York',
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1 | 2 | 3 | 4 | 5, open: '08:00', close: '18:00' })),
  },
  horizon: { start: week[0] as string, days: 7 },
  contracts: [
    { id: 'full-time', maxMinutesPerWeek: 45 * 60, maxConsecutiveWorkDays: 5, minRestMinutes: 11 * 60, maxWeekends: 1 },
    { id: 'part-time', maxMinutesPerWeek: 24 * 60, maxConsecutiveWorkDays: 3, minRestMinutes: 11 * 60, maxWeekends: 1 },
  ],
  staff: [
    { id: 'ana', name: 'Ana Ruiz (RN)', roles: ['rn'], skills: ['phlebotomy', 'spanish'], contractId: 'full-time', payRate: '42.00' },
    { id: 'ben', name: 'Ben Okafor (MA)', roles: ['ma'], skills: ['phlebotomy'], contractId: 'full-time', payRate: '22.50' },
    { id: 'cy', name: 'Cy Park (front desk)', roles: ['front-desk'], contractId: 'part-time', fte: 0.6, payRate: '19.00', overtimeRule: 'california' },
    { id: 'dee', name: 'Dee Lin (MA)', roles: ['ma'], contractId: 'part-time', fte: 0.6, payRate: '21.00' },
  ],
  shiftTypes: [
    { id: 'clinic', name: 'Clinic day', start: '08:00', durationMinutes: 9 * 60, unpaidBreakMinutes: 30 },
    { id: 'late', name: 'Late clinic', start: '12:00', durationMinutes: 8 * 60, forbiddenSuccessors: ['early-labs'] },
    { id: 'early-labs', name: 'Early labs', start: '06:30', durationMinutes: 4 * 60, requiredSkills: ['phlebotomy'] },
    { id: 'sat', name: 'Saturday clinic', start: '09:00', durationMinutes: 4 * 60 },
  ],
  cover: [
    ...week.slice(0, 5).flatMap((date) => [
      { date, shiftTypeId: 'clinic', role: 'rn', min: 1, ideal: 1, underWeight: 100 },
      { date, shiftTypeId: 'clinic', role: 'ma', min: 1, ideal: 2, underWeight: 20, overWeight: 5 },
      { date, window: { start: '08:00', end: '17:00' }, role: 'front-desk', min: 0, ideal: 1, underWeight: 30 },
    ]),
    { date: week[5] as string, shiftTypeId: 'sat', min: 1, ideal: 2, underWeight: 10 },
  ],
  leave: [{ id: 'dee-dentist', staffId: 'dee', start: '2026-03-05', end: '2026-03-05', status: 'pending', weight: 15 }],
  requests: [
    { staffId: 'ana', date: '2026-03-06', kind: 'day-off', weight: 5 },
    { staffId: 'ben', date: '2026-03-04', kind: 'shift-on', shiftTypeId: 'early-labs', weight: 2 },
  ],
  fixedDaysOff: [{ staffId: 'cy', date: '2026-03-03' }],
};

const problem = parseRotaProblem(input);
const plan: [string, string, string][] = [
  ['ana', '2026-03-02', 'clinic'], ['ana', '2026-03-03', 'clinic'], ['ana', '2026-03-04', 'clinic'], ['ana', '2026-03-05', 'clinic'], ['ana', '2026-03-06', 'clinic'],
  ['ben', '2026-03-02', 'clinic'], ['ben', '2026-03-03', 'late'], ['ben', '2026-03-04', 'early-labs'], ['ben', '2026-03-05', 'clinic'], ['ben', '2026-03-06', 'clinic'], ['ben', '2026-03-07', 'sat'],
  ['cy', '2026-03-02', 'clinic'], ['cy', '2026-03-04', 'clinic'], ['cy', '2026-03-05', 'clinic'],
  ['dee', '2026-03-02', 'clinic'], ['dee', '2026-03-05', 'clinic'], ['dee', '2026-03-07', 'sat'],
];
const rota = { assignments: plan.map(([staffId, date, shiftTypeId]): Assignment => ({ staffId, date, shiftTypeId })) };

console.log(`== ${problem.site.name}: rota for the week of ${week[0]} ==`);
const score = scoreRota(problem, rota);
console.log(explainRotaScore(score, 25).join('\n'));

console.log('\n== Per staff member ==');
for (const staff of score.byStaff) console.log(`  ${staff.staffId.padEnd(4)} hard ${staff.hard}  soft ${staff.soft}  (${staff.findings.length} findings)`);

console.log('\n== Gaps this week (what the daily review shows) ==');
for (const gap of findRotaGaps(problem, rota, { from: week[0] as string, days: 7 })) {
  const candidates = (gap.suggestedAction?.data?.['candidates'] as string[] | undefined) ?? [];
  console.log(`  ${gap.message} -> ${gap.suggestedAction?.description}${candidates.length > 0 ? ` (could go: ${candidates.join(', ')})` : ' (nobody free)'}`);
}

console.log('\n== ics for Ana (first lines) ==');
const ics = rotaToIcs(problem, rota, { staffId: 'ana', stamp: '2026-02-27T17:00:00Z' });
console.log(ics.split('\r\n').slice(0, 18).join('\n'));

console.log('\n== csv (first lines) ==');
console.log(rotaToCsv(problem, rota).split('\r\n').slice(0, 4).join('\n'));

console.log('\n== Labour cost (projected) ==');
const entries: readonly CostEntry[] = labourCost(problem, rota);
for (const category of ['regular', 'overtime', 'double-time']) {
  const part = entries.filter((e) => e.category === category);
  console.log(`  ${category.padEnd(12)} ${String(part.reduce((h, e) => h + (e.quantity ?? 0), 0)).padStart(6)} h  USD ${sumMoney(part.map((e) => e.amount), 'USD').amount}`);
}
for (const e of entries.filter((x) => x.category !== 'regular')) console.log(`  ${e.description}: USD ${e.amount.amount}`);
console.log(`  total USD ${sumMoney(entries.map((e) => e.amount), 'USD').amount}`);
