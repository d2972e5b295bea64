// The front desk through a morning clinic: the live wait monitor every 20 minutes, the morning's
// metrics and goals, the next day's review findings, and two planning questions (walk-in staffing
// and the appointment template). Run: npx tsx examples/wait-time.ts
import { compilePolicy, evaluate } from 'practiceops/rules';
import { addCalendarDays, wallClockToEpoch } from 'practiceops';
import {
  buildTemplate,
  buildTimelines,
  checkGoals,
  DEFAULT_WAIT_GOALS,
  evaluateTemplate,
  monitorQueue,
  requiredStaff,
  simulateTemplate,
  summariseWaits,
  waitTimeCatalog,
  type VisitEvent,
} from 'practiceops/wait-time';

const zone = 'America/New_York';
const day = '2026-11-23';
const clock = (minutes: number): string => new Date(wallClockToEpoch(day, minutes, zone)).toISOString();
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.round(minutes % 60)).padStart(2, '0')}`;

// The morning as the front desk's system records it: [id, provider, type, appointment, check-in,
// roomed, seen, out] in minutes after midnight; null = did not happen. 'x' rows are walk-outs.
type Row = [string, string, string, number | null, number | null, number | null, number | null, number | null];
const rows: Row[] = [
  ['p01', 'dr-lee', 'follow-up', 480, 472, 481, 486, 500],
  ['p02', 'dr-lee', 'new', 495, 490, 502, 509, 538], // a long new-patient visit puts dr-lee behind
  ['p03', 'dr-ng', 'follow-up', 480, 478, 483, 490, 505],
  ['p04', 'dr-ng', 'follow-up', 495, 497, 506, 511, 526],
  ['p05', 'dr-lee', 'follow-up', 510, 505, 536, 540, 556],
  ['p06', 'dr-ng', 'new', 510, 500, 515, 528, 556],
  ['p07', 'dr-lee', 'follow-up', 525, 531, 557, 560, 577],
  ['p08', 'dr-ng', 'follow-up', 525, null, null, null, null], // no-show
  ['p09', 'dr-lee', 'new', 540, 534, 578, 582, 605],
  ['p10', 'dr-ng', 'follow-up', 540, 541, 557, 560, 574],
  ['w11', 'dr-ng', 'walk-in', null, 548, null, null, null], // a walk-in who gives up at 10:05
  ['p12', 'dr-lee', 'follow-up', 555, null, null, null, null], // no-show: dr-lee catches up
  ['p13', 'dr-ng', 'follow-up', 570, 566, 575, 578, 592],
  ['p14', 'dr-lee', 'follow-up', 585, 580, 600, 606, 620],
  ['p15', 'dr-ng', 'new', 585, 590, 596, 601, 628],
  ['p16', 'dr-lee', 'follow-up', 600, 602, 615, 620, 634],
  ['p17', 'dr-ng', 'follow-up', 615, 611, 622, 629, 643],
  ['p18', 'dr-lee', 'follow-up', 630, 626, 630, 635, 648],
  ['p19', 'dr-ng', 'follow-up', 645, 640, 646, 651, 663],
  ['p20', 'dr-lee', 'new', 660, 655, 659, 664, 690],
];

const events: VisitEvent[] = [];
for (const [id, provider, visitType, appt, checkIn, roomed, seen, out] of rows) {
  const base = { visitId: id, provider, visitType };
  if (appt !== null) events.push({ ...base, kind: 'scheduled', at: clock(appt) });
  if (checkIn === null) {
    events.push({ ...base, kind: 'no-show', at: clock((appt ?? 0) + 30) });
    continue;
  }
  events.push({ ...base, kind: 'checked-in', at: clock(checkIn) });
  if (roomed !== null) events.push({ ...base, kind: 'roomed', at: clock(roomed) });
  if (seen !== null) events.push({ ...base, kind: 'seen', at: clock(seen) });
  if (out !== null) events.push({ ...base, kind: 'checked-out', at: clock(out) });
  if (id === 'w11') events.push({ ...base, kind: 'left-without-being-seen', at: clock(605) });
}
const visits = buildTimelines(events);

console.log(`Front-desk monitor, ${day} (${zone}); goals: 90% seen within 17 min of check-in, no wait over 30 min; warn 5 min ahead\n`);
for (let minute = 480; minute <= 690; minute += 20) {
  const list = monitorQueue(visits, clock(minute), DEFAULT_WAIT_GOALS, { warnLeadMinutes: 5 });
  const line = list
    .slice(0, 5)
    .map((e) => `${e.visitId} ${e.stage} ${e.elapsedMinutes.toFixed(0)}m ${e.state === 'ok' ? '' : e.state.toUpperCase()}`.trim())
    .join(' | ');
  console.log(`${hhmm(minute)}  ${String(list.length).padStart(2)} waiting  ${line || '-'}${list.length > 5 ? ' ...' : ''}`);
}

const summary = summariseWaits(visits, { zone, groupBy: ['provider'], goalMinutes: 17, percentiles: [50, 90] });
console.log(`\nThe morning (door to provider, ${summary.method} percentiles):`);
for (const g of summary.groups) {
  console.log(
    `  ${g.key.provider?.padEnd(8)} ${g.count} seen, mean ${g.mean?.toFixed(1)} min, median ${g.median?.toFixed(0)}, p90 ${g.percentiles['90']?.toFixed(0)}, ` +
      `within 17 min ${((g.shareWithinGoal ?? 0) * 100).toFixed(0)}%, no-shows ${g.noShows}, walk-outs ${g.walkOuts}`,
  );
}
for (const goal of checkGoals(visits, DEFAULT_WAIT_GOALS)) {
  console.log(`  goal ${goal.goalId}: ${goal.met ? 'met' : 'MISSED'} (share ${((goal.share ?? 1) * 100).toFixed(0)}%, over: ${goal.over.map((o) => `${o.visitId} ${o.minutes.toFixed(0)}m`).join(', ') || 'none'})`);
}

console.log(`\nNext morning's review (${addCalendarDays(day, 1)}, recommended policy):`);
const findings = evaluate(compilePolicy(waitTimeCatalog), { zone, visits }, { today: addCalendarDays(day, 1), now: new Date(wallClockToEpoch(addCalendarDays(day, 1), 450, zone)).toISOString() });
for (const f of findings) console.log(`  [${f.severity}] ${f.ruleId}: ${f.message}`);

const walkIns = requiredStaff({ arrivals: 9, periodMinutes: 60, meanServiceMinutes: 15, targetServiceLevel: 0.8, targetWaitMinutes: 17, maxOccupancy: 0.85, shrinkage: 0.15 });
console.log(
  `\nWalk-in clinic, 9 arrivals an hour, 15-minute visits, 80% seen within 17 min: ${walkIns.servers} clinicians on duty ` +
    `(${walkIns.scheduled} scheduled with 15% shrinkage), service level ${(walkIns.serviceLevel * 100).toFixed(1)}%, occupancy ${(walkIns.occupancy * 100).toFixed(0)}%`,
);

const model = { serviceTime: { kind: 'gamma', mean: 15, sd: 7 }, noShowProbability: 0.08, goalMinutes: 17 } as const;
console.log('\nTemplate for a 3-hour morning, 12 patients (exact evaluator; simulation with lateness N(-4, 6) in brackets):');
for (const rule of ['individual', 'bailey-welch', 'block'] as const) {
  const template = buildTemplate({ rule, patients: 12, slotMinutes: 15 });
  const exact = evaluateTemplate(template, model);
  const sim = simulateTemplate(template, { ...model, lateness: { kind: 'normal', mean: -4, sd: 6 } }, { replications: 4000, seed: 1 });
  console.log(
    `  ${rule.padEnd(12)} wait ${exact.meanWaitMinutes.toFixed(1)} min (${sim.meanWaitMinutes.toFixed(1)}), within goal ${(exact.shareWithinGoal * 100).toFixed(0)}% ` +
      `(${(sim.shareWithinGoal * 100).toFixed(0)}%), idle ${exact.meanIdleMinutes.toFixed(1)} min, overtime ${exact.meanOvertimeMinutes.toFixed(1)} min`,
  );
}
