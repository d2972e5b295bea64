// Benchmark script (not a test): npx tsx test/credentials/credentials.bench.ts
// Measures the credentials domain on a synthetic practice: 300 staff, 5 roles, 4-6 credentials each.
import { addCalendarDays } from 'practiceops';
import { checkNpi, computeEligibilityWindows, credentialAlerts, credentialsCatalog, parseCredentialsSnapshot } from 'practiceops/credentials';
import { compilePolicy, evaluate } from 'practiceops/rules';

let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const staffCount = 300;
const credentials: Record<string, unknown>[] = [];
const shifts: Record<string, unknown>[] = [];
const staff: Record<string, unknown>[] = [];
for (let s = 0; s < staffCount; s++) {
  const id = `s${s}`;
  const role = pick(['ma', 'rn', 'front', 'lpn', 'prescriber']);
  staff.push({ id, name: `Staff ${s}`, roles: [role] });
  const issued = addCalendarDays('2022-01-01', Math.floor(random() * 900));
  credentials.push({ id: `${id}-bls`, staffId: id, typeId: 'bls', issued, expires: addCalendarDays(issued, 700 + Math.floor(random() * 60)) });
  credentials.push({ id: `${id}-bbp`, staffId: id, typeId: 'osha-bbp', issued: addCalendarDays(issued, 30) });
  credentials.push({ id: `${id}-cma`, staffId: id, typeId: pick(['cma', 'rma']), issued });
  credentials.push({ id: `${id}-rn`, staffId: id, typeId: pick(['rn-license', 'lpn-license']), states: ['NY'], issued, expires: addCalendarDays(issued, 800 + Math.floor(random() * 400)) });
  if (role === 'prescriber') {
    credentials.push({ id: `${id}-npi`, staffId: id, typeId: 'npi', identifier: '1234567893', issued });
    credentials.push({ id: `${id}-dea`, staffId: id, typeId: 'dea-registration', states: ['NY'], identifier: 'AB1234563', issued, expires: addCalendarDays(issued, 1095) });
  }
  for (let d = 0; d < 20; d++) shifts.push({ id: `${id}-sh${d}`, staffId: id, roleId: role, date: addCalendarDays('2026-11-23', d * 3) });
}
const requirements = [
  { roleId: 'ma', requires: { allOf: ['bls', 'osha-bbp', { anyOf: ['cma', 'rma'] }] } },
  { roleId: 'rn', requires: { allOf: ['rn-license', 'bls'] } },
  { roleId: 'lpn', requires: { allOf: ['lpn-license', 'bls'] } },
  { roleId: 'prescriber', requires: { allOf: ['npi', 'dea-registration', 'bls'] } },
];

function time(label: string, runs: number, fn: () => unknown): void {
  fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(56)} ${ms.toFixed(2).padStart(9)} ms/run`);
}

console.log(`${staffCount} staff, ${credentials.length} credentials, ${shifts.length} shifts`);
time('computeEligibilityWindows (2 years, 4 roles)', 10, () =>
  computeEligibilityWindows({ credentials, requirements, state: 'NY', from: '2026-01-01', to: '2027-12-31' } as never),
);
time('credentialAlerts (with affected shifts)', 10, () => credentialAlerts({ today: '2026-11-23', credentials, requirements, shifts, state: 'NY' } as never));
const snapshot = parseCredentialsSnapshot({ state: 'NY', credentials, requirements, shifts, staff } as never);
const compiled = compilePolicy(credentialsCatalog, { extends: 'strict' });
time('parseCredentialsSnapshot', 10, () => parseCredentialsSnapshot({ state: 'NY', credentials, requirements, shifts, staff } as never));
time('evaluate(credentialsCatalog strict) on a parsed snapshot', 10, () => evaluate(compiled, snapshot, { today: '2026-11-23' }));
time('checkNpi x 10,000', 5, () => {
  for (let i = 0; i < 10_000; i++) checkNpi('1234567893');
});
for (const ruleId of compiled.enabledRules) {
  const one = compilePolicy(credentialsCatalog, { rules: Object.fromEntries(compiled.enabledRules.map((id) => [id, id === ruleId ? 'warn' : 'off'])) as never });
  time(`  ${ruleId}`, 5, () => evaluate(one, snapshot, { today: '2026-11-23' }));
}
const all = evaluate(compiled, snapshot, { today: '2026-11-23' });
console.log(`strict policy: ${all.length} findings (${all.filter((f) => f.ruleId === 'credentials/ineligible-shift').length} ineligible shifts)`);
