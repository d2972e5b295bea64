/**
 * Builds examples/data/sample-practice.json, the sample practice behind `npm run demo`:
 * Riverside Family Medicine in New York, with three providers and a dozen staff, their
 * credentials, a supply list with lots, a year's budget with actuals to date, and a week of visit
 * events. Deterministic (a fixed seed); run it again after changing it:
 *
 *   npx tsx examples/data/build-sample-practice.ts
 */
import { writeFileSync } from 'node:fs';
import { addCalendarDays, eachDate, epochToInstant, money, wallClockToEpoch, weekdayOf, type CostEntry } from 'practiceops';
import { fiscalPeriods, MGMA_CHART_OF_ACCOUNTS, spreadAmount, type BudgetLine } from 'practiceops/budget';
import type { PracticeSnapshotInput } from 'practiceops/review';
import { sampleInventory } from './sample-inventory.js';
import { sampleRotaProblem } from './sample-rota.js';

const ZONE = 'America/New_York';
const TODAY = '2026-11-24';

/** mulberry32, so the sample is the same on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261124);
const lognormal = (median: number, spread: number) => median * Math.exp(spread * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));

// ---------------------------------------------------------------------------------------------
// Credentials: real credential types, a few about to lapse.
const credentials = [
  { id: 'okafor-npi', staffId: 'dr-okafor', typeId: 'npi', identifier: '1234567893', issued: '2012-07-01' },
  { id: 'okafor-dea', staffId: 'dr-okafor', typeId: 'dea-registration', identifier: 'BO1234563', states: ['NY'], issued: '2024-01-15', expires: '2027-01-31' },
  { id: 'okafor-bls', staffId: 'dr-okafor', typeId: 'bls', issued: '2025-03-10', expires: '2027-03-31' },
  { id: 'lindqvist-npi', staffId: 'dr-lindqvist', typeId: 'npi', identifier: '1368219030', issued: '2016-09-01' },
  { id: 'lindqvist-dea', staffId: 'dr-lindqvist', typeId: 'dea-registration', identifier: 'FL3141592', states: ['NY'], issued: '2023-12-01', expires: '2026-12-31' },
  { id: 'lindqvist-bls', staffId: 'dr-lindqvist', typeId: 'bls', issued: '2024-12-02', expires: '2026-12-31' },
  { id: 'reyes-rn', staffId: 'np-reyes', typeId: 'rn-license', identifier: 'NY-612345', states: ['NY'], issued: '2014-05-01', expires: '2028-04-30' },
  { id: 'reyes-npi', staffId: 'np-reyes', typeId: 'npi', identifier: '1922048354', issued: '2019-02-01' },
  { id: 'reyes-bls', staffId: 'np-reyes', typeId: 'bls', issued: '2025-01-20', expires: '2027-01-31' },
  { id: 'chen-rn', staffId: 'rn-chen', typeId: 'rn-license', identifier: 'NY-598812', states: ['NY'], issued: '2012-09-01', expires: '2026-12-15' },
  { id: 'chen-bls', staffId: 'rn-chen', typeId: 'bls', issued: '2025-05-12', expires: '2027-05-31' },
  { id: 'baptiste-rn', staffId: 'rn-baptiste', typeId: 'rn-license', identifier: 'NY-640021', states: ['NY'], issued: '2018-03-01', expires: '2027-02-28' },
  { id: 'baptiste-bls', staffId: 'rn-baptiste', typeId: 'bls', issued: '2024-11-18', expires: '2026-11-30' },
  { id: 'walsh-lpn', staffId: 'lpn-walsh', typeId: 'lpn-license', identifier: 'NY-LP-33107', states: ['NY'], issued: '2020-06-01', expires: '2028-05-31' },
  { id: 'walsh-bls', staffId: 'lpn-walsh', typeId: 'bls', issued: '2025-08-01', expires: '2027-08-31' },
  { id: 'patel-cma', staffId: 'ma-patel', typeId: 'cma', issued: '2021-12-10' },
  { id: 'patel-bls', staffId: 'ma-patel', typeId: 'bls', issued: '2025-02-03', expires: '2027-02-28' },
  { id: 'johnson-rma', staffId: 'ma-johnson', typeId: 'rma', issued: '2024-04-22' },
  { id: 'johnson-bls', staffId: 'ma-johnson', typeId: 'bls', issued: '2024-12-09', expires: '2026-12-15' },
  { id: 'kim-cma', staffId: 'ma-kim', typeId: 'cma', issued: '2022-01-05' },
  { id: 'kim-bls', staffId: 'ma-kim', typeId: 'bls', issued: '2025-09-09', expires: '2027-09-30' },
  { id: 'silva-cma', staffId: 'ma-silva', typeId: 'cma', issued: '2021-12-20' },
  { id: 'silva-bls', staffId: 'ma-silva', typeId: 'bls', issued: '2025-04-15', expires: '2027-04-30' },
  { id: 'garcia-cmm', staffId: 'pm-garcia', typeId: 'cmm', issued: '2025-01-15' },
  { id: 'hughes-rhit', staffId: 'bill-hughes', typeId: 'rhit', issued: '2025-01-01' },
  ...['fd-murphy', 'fd-nguyen', 'fd-obrien', 'ma-patel', 'ma-johnson', 'ma-kim', 'ma-silva', 'rn-chen', 'rn-baptiste', 'lpn-walsh'].flatMap((staffId, i) => [
    { id: `${staffId}-hipaa`, staffId, typeId: 'hipaa-training', issued: addCalendarDays('2026-01-12', i * 9) },
    { id: `${staffId}-bbp`, staffId, typeId: 'osha-bbp', issued: addCalendarDays('2025-11-20', i * 11) },
  ]),
];

const requirements = [
  { roleId: 'provider', requires: { allOf: ['npi', 'bls'] } },
  { roleId: 'rn', requires: { allOf: [{ anyOf: ['rn-license', 'lpn-license'] }, 'bls'] } },
  { roleId: 'ma', requires: { allOf: ['bls', { anyOf: ['cma', 'rma'] }, 'osha-bbp'] } },
  { roleId: 'front-desk', requires: { allOf: ['hipaa-training'] } },
];

// ---------------------------------------------------------------------------------------------
// Budget: calendar fiscal year 2026, actuals posted monthly to October and weekly in November.
const USD = 'USD';
const periods = fiscalPeriods('2026-01-01');
const annual = (account: string, amount: string, weights?: number[]): BudgetLine[] =>
  spreadAmount(money(amount, USD), periods, weights ? { weights } : {}).map((part) => ({ account, costCentre: 'riverside', period: part.periodId, amount: part.amount.amount }));
const lines: BudgetLine[] = [
  ...annual('physician-compensation', '780000.00'),
  ...annual('app-compensation', '150000.00'),
  ...annual('support-staff-salaries', '640000.00'),
  ...annual('support-staff-benefits', '150000.00'),
  ...annual('building-occupancy', '132000.00'),
  ...annual('information-technology', '54000.00'),
  ...annual('malpractice-insurance', '48000.00'),
  ...annual('administrative-supplies', '18000.00'),
  ...periods.map((p) => ({ account: 'medical-surgical-supplies', costCentre: 'riverside', period: p.id, driven: { driver: 'visits', fixed: '1500', rate: '4.20' } })),
  ...annual('fee-for-service-revenue', '2900000.00', [8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 10]),
];
const visitsPerMonth = [1180, 1120, 1230, 1150, 1140, 1090, 1020, 1060, 1170, 1240, 1260, 1300];
const entries: CostEntry[] = [];
const post = (account: string, date: string, amount: number, description: string) =>
  entries.push({ source: 'ledger', account, costCentre: 'riverside', date, amount: money(amount.toFixed(2), USD), layer: 'actual', description });
const monthly: [string, number, number][] = [
  ['physician-compensation', 65000, 0.01],
  ['app-compensation', 12500, 0.01],
  ['support-staff-salaries', 52800, 0.03],
  ['support-staff-benefits', 12600, 0.02],
  ['building-occupancy', 11000, 0],
  ['information-technology', 4300, 0.2],
  ['malpractice-insurance', 4000, 0],
  ['administrative-supplies', 1600, 0.25],
];
periods.slice(0, 10).forEach((period, m) => {
  const end = period.end;
  for (const [account, base, noise] of monthly) post(account, end, base * (1 + noise * (random() * 2 - 1)) * (account === 'information-technology' && m === 9 ? 2.6 : 1), `${period.id} ${account}`);
  post('medical-surgical-supplies', end, 1500 + 4.2 * (visitsPerMonth[m] ?? 1100) * (m >= 8 ? 1.22 : 1) * (1 + 0.05 * (random() - 0.5)), `${period.id} supplies`);
  post('fee-for-service-revenue', end, (2900000 * 0.08 * (0.93 + 0.1 * random())) / (m === 9 ? 1 : 1), `${period.id} collections`);
});
for (const date of ['2026-11-06', '2026-11-13', '2026-11-20']) {
  post('support-staff-salaries', date, 12400 + 600 * random(), `payroll ${date}`);
  post('medical-surgical-supplies', date, 1400 + 500 * random(), `supplies ${date}`);
  post('fee-for-service-revenue', date, 52000 + 6000 * random(), `collections ${date}`);
}
const budget = {
  budget: {
    name: 'Riverside Family Medicine FY2026',
    currency: USD,
    fiscalYearStart: '2026-01-01',
    accounts: MGMA_CHART_OF_ACCOUNTS,
    costCentres: [{ id: 'riverside', name: 'Riverside clinic' }],
    lines,
    volumes: periods.map((p, m) => ({ driver: 'visits', period: p.id, volume: String(1150 + (m % 3) * 25) })),
  },
  entries,
  actualVolumes: periods.slice(0, 10).map((p, m) => ({ driver: 'visits', period: p.id, volume: String(visitsPerMonth[m]) })),
};

// ---------------------------------------------------------------------------------------------
// Wait time: a week of clinic days and this morning so far.
const providers = ['dr-okafor', 'dr-lindqvist', 'np-reyes'];
const visitTypes = ['follow-up', 'new-patient', 'annual-physical', 'sick-visit'];
const events: { visitId: string; kind: string; at: string; visitType: string; provider: string }[] = [];
const at = (date: string, minutes: number) => epochToInstant(wallClockToEpoch(date, Math.round(minutes), ZONE), ZONE).replace('.000', '');
const NOW_MINUTES = 10 * 60 + 40;
for (const date of eachDate('2026-11-17', TODAY)) {
  const weekday = weekdayOf(date);
  if (weekday === 0) continue;
  const close = weekday === 6 ? 12 * 60 : 17 * 60;
  // Mondays run late: more walk-ins and one provider behind.
  const busy = weekday === 1 ? 1.6 : 1;
  providers.forEach((provider, p) => {
    for (let slot = 8 * 60; slot < close; slot += 20) {
      const visitId = `${date.slice(5)}-${provider}-${slot}`;
      const visitType = visitTypes[Math.floor(random() * visitTypes.length)] ?? 'follow-up';
      const base = { visitId, visitType, provider };
      if (date === TODAY && slot > NOW_MINUTES) {
        events.push({ ...base, kind: 'scheduled', at: at(date, slot) });
        continue;
      }
      events.push({ ...base, kind: 'scheduled', at: at(date, slot) });
      if (random() < 0.07) {
        events.push({ ...base, kind: 'no-show', at: at(date, slot + 15) });
        continue;
      }
      const checkIn = slot - 12 + random() * 20;
      if (date === TODAY && checkIn > NOW_MINUTES) continue;
      events.push({ ...base, kind: 'checked-in', at: at(date, checkIn) });
      const lobby = lognormal(7 * busy + p * 1.5, 0.55);
      const toProvider = lobby + lognormal(5 * busy, 0.5);
      if (random() < 0.012 * busy) {
        events.push({ ...base, kind: 'left-without-being-seen', at: at(date, checkIn + lobby + 10) });
        continue;
      }
      if (date === TODAY && checkIn + lobby > NOW_MINUTES) continue;
      events.push({ ...base, kind: 'roomed', at: at(date, checkIn + lobby) });
      if (date === TODAY && checkIn + toProvider > NOW_MINUTES) continue;
      events.push({ ...base, kind: 'seen', at: at(date, checkIn + toProvider) });
      const out = checkIn + toProvider + lognormal(16, 0.35);
      if (date === TODAY && out > NOW_MINUTES) continue;
      events.push({ ...base, kind: 'checked-out', at: at(date, out) });
    }
  });
}

// ---------------------------------------------------------------------------------------------
const rotaProblem = sampleRotaProblem();
const snapshot: PracticeSnapshotInput = {
  practice: { name: 'Riverside Family Medicine', timeZone: ZONE, state: 'NY' },
  now: at(TODAY, NOW_MINUTES),
  rota: {
    problem: rotaProblem,
    labourAccounts: { provider: 'physician-compensation', rn: 'support-staff-salaries', ma: 'support-staff-salaries' },
    costCentre: 'riverside',
  },
  credentials: {
    state: 'NY',
    credentials,
    requirements,
    staff: rotaProblem.staff.map((s) => ({ id: s.id, name: s.name, roles: s.roles })),
  },
  inventory: sampleInventory(TODAY),
  budget,
  waitTime: {
    events: events as never,
    goals: [
      { kind: 'percentile', id: 'seen-within-17', measure: 'door-to-provider', targetMinutes: 17, share: 0.9 },
      { kind: 'max', id: 'no-wait-over-30', measure: 'door-to-provider', maxMinutes: 30 },
    ],
  },
};
const target = new URL('./sample-practice.json', import.meta.url);
writeFileSync(target, `${JSON.stringify({ today: TODAY, ...snapshot }, null, 1)}\n`);
console.log(`wrote ${target.pathname}: ${events.length} visit events, ${entries.length} ledger entries, ${credentials.length} credentials`);
