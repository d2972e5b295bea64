/**
 * The rota solver on a small practice: build a two-week rota for five staff (day and evening
 * shifts, leave, requests, contracts), print it with its explained score, fix a sick call without
 * reshuffling everyone, and prove the rota optimal with the exact mode (HiGHS) when it is installed.
 *
 * Run: npx tsx examples/rota-solver.ts
 */
import { isPracticeOpsError } from 'practiceops';
import { explainRotaScore, repairRota, solveRota, solveRotaExact, type Rota, type RotaProblemInput } from 'practiceops/rota';

const start = Date.UTC(2026, 2, 2); // Monday 2 March 2026
const dates = Array.from({ length: 14 }, (_, d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
const staff = ['ana', 'ben', 'cleo', 'dev', 'eli'];

const problem: RotaProblemInput = {
  id: 'main-street-clinic',
  site: { id: 'main', timeZone: 'America/New_York' },
  horizon: { start: dates[0]!, days: dates.length },
  contracts: [
    { id: 'full-time', minTotalMinutes: 480 * 7, maxTotalMinutes: 480 * 9, maxConsecutiveWorkDays: 5, minConsecutiveDaysOff: 2, maxWeekends: 1 },
    { id: 'part-time', maxTotalMinutes: 480 * 5, maxConsecutiveWorkDays: 3, maxWeekends: 1 },
  ],
  staff: staff.map((id, i) => ({ id, contractId: i < 3 ? 'full-time' : 'part-time', roles: i === 0 ? ['rn'] : ['ma'] })),
  shiftTypes: [
    { id: 'day', start: '08:00', durationMinutes: 480 },
    { id: 'eve', start: '12:00', durationMinutes: 480 },
  ],
  cover: dates.flatMap((date, d) => [
    { date, shiftTypeId: 'day', min: 1, ideal: d % 7 >= 5 ? 1 : 2, underWeight: 10, overWeight: 1 },
    { date, shiftTypeId: 'eve', min: 0, ideal: d % 7 >= 5 ? 0 : 2, underWeight: 10, overWeight: 2 },
  ]),
  leave: [{ id: 'spring-break', staffId: 'cleo', start: dates[9]!, end: dates[11]!, status: 'approved' }],
  requests: [
    { staffId: 'ana', date: dates[4]!, kind: 'day-off', weight: 3 },
    { staffId: 'ben', date: dates[1]!, kind: 'shift-on', shiftTypeId: 'eve', weight: 2 },
  ],
};

function printRota(rota: Rota): void {
  const cell = new Map(rota.assignments.map((a) => [`${a.staffId}|${a.date}`, a.shiftTypeId]));
  console.log(`       ${dates.map((d) => d.slice(8)).join('  ')}`);
  for (const id of staff) console.log(`${id.padEnd(6)} ${dates.map((d) => (cell.get(`${id}|${d}`) ?? '.').padStart(3).slice(0, 3)).join(' ')}`);
}

const solved = await solveRota(problem, { seed: 1, maxIterations: 100_000, timeLimitMs: 4_000 });
console.log(`Local search: hard ${solved.score.hard}, soft ${solved.score.soft} (${solved.iterations} moves in ${Math.round(solved.elapsedMs)} ms, stopped by ${solved.stoppedBy})`);
printRota(solved.rota);
console.log('Why it costs what it costs:');
for (const line of explainRotaScore(solved.explanation, 6)) console.log(`  ${line}`);

// Ben calls in sick on the Wednesday of week 2.
const sickDay = dates[9]!;
const fix = repairRota(problem, solved.rota, { kind: 'sick-call', staffId: 'ben', date: sickDay });
console.log(`\nRepair after Ben's sick call on ${sickDay}: hard ${fix.score.hard}, soft ${fix.score.soft}; ${fix.diff.length} change(s):`);
for (const d of fix.diff) console.log(`  ${d.staffId} ${d.date}: ${d.before ?? 'off'} -> ${d.after ?? 'off'}`);
for (const opened of fix.opened) {
  const ranked = opened.candidates.map((c) => `${c.staffId} (hard ${c.delta.hard}, soft ${c.delta.soft})`).join(', ');
  console.log(`  opened ${opened.shiftTypeId} on ${opened.date}: covered by ${opened.filledBy ?? 'nobody yet'}; candidates: ${ranked || 'none'}`);
}

try {
  const exact = await solveRotaExact(problem, { initial: solved.rota, timeLimitMs: 3_000 });
  console.log(`\nExact mode (HiGHS): ${exact.status}, soft ${exact.score.soft}, bound ${exact.bound.toFixed(1)}, gap ${exact.gapPct.toFixed(1)}%`);
} catch (error) {
  if (isPracticeOpsError(error, 'MISSING_DEPENDENCY')) console.log('\nExact mode skipped: install the optional peer dependency highs.');
  else throw error;
}
