/**
 * Rule-engine benchmark: practiceops against json-rules-engine on the same rule list and facts.
 *
 *   npm run bench:rules [-- --facts 10000 --rounds 40 --seed 7]
 *
 * 10,000 generated fact sets (fixed seed, 9 numeric fields) are evaluated against 20 rules with 28
 * conditions in all. Both engines get the rules from one list; the run checks that both produce the
 * same number of findings, then prints fact sets per second for each and, as its last line, one JSON
 * object: {"practiceops": N, "jsonRulesEngine": M, "ratio": N/M, "findings": F}.
 */
import { Engine } from 'json-rules-engine';
import { seededRandom } from '../../src/core/internal/random.js';
import { compilePolicy, defineCatalog, defineConditionRule, evaluate, type Condition, type Facts } from '../../src/rules/index.js';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const FACT_SETS = argument('facts', 10_000);
const ROUNDS = argument('rounds', 40);
const SEED = argument('seed', 7);

const FIELDS: Record<string, [number, number]> = {
  hoursThisWeek: [0, 60],
  daysUntilLicenceExpiry: [-30, 365],
  stockOnHand: [0, 500],
  consecutiveDays: [0, 10],
  waitMinutes: [0, 60],
  budgetUsedPct: [0, 150],
  restHours: [0, 24],
  overtimeHours: [0, 20],
  expiringLots: [0, 10],
};

type C = { fact: string; operator: 'greaterThan' | 'lessThan' | 'greaterThanInclusive' | 'lessThanInclusive' | 'equal'; value: number };
const c = (fact: string, operator: C['operator'], value: number): C => ({ fact, operator, value });

/** The one rule list both engines are built from: 20 rules, 28 conditions. */
const RULES: { id: string; conditions: { all: C[] } | { any: C[] } }[] = [
  { id: 'bench/weekly-hours', conditions: { all: [c('hoursThisWeek', 'greaterThan', 50)] } },
  { id: 'bench/licence-expired', conditions: { all: [c('daysUntilLicenceExpiry', 'lessThan', 0)] } },
  { id: 'bench/licence-30', conditions: { all: [c('daysUntilLicenceExpiry', 'greaterThanInclusive', 0), c('daysUntilLicenceExpiry', 'lessThan', 30)] } },
  { id: 'bench/stock-out', conditions: { all: [c('stockOnHand', 'equal', 0)] } },
  { id: 'bench/stock-low', conditions: { all: [c('stockOnHand', 'greaterThan', 0), c('stockOnHand', 'lessThan', 25)] } },
  { id: 'bench/long-run', conditions: { all: [c('consecutiveDays', 'greaterThan', 6)] } },
  { id: 'bench/long-wait', conditions: { all: [c('waitMinutes', 'greaterThan', 45)] } },
  { id: 'bench/budget-over', conditions: { all: [c('budgetUsedPct', 'greaterThan', 110)] } },
  { id: 'bench/budget-near', conditions: { all: [c('budgetUsedPct', 'greaterThan', 95), c('budgetUsedPct', 'lessThanInclusive', 110)] } },
  { id: 'bench/short-rest', conditions: { all: [c('restHours', 'lessThan', 8)] } },
  { id: 'bench/overtime', conditions: { all: [c('overtimeHours', 'greaterThan', 15)] } },
  { id: 'bench/expiring-lots', conditions: { all: [c('expiringLots', 'greaterThan', 8)] } },
  { id: 'bench/fatigue', conditions: { all: [c('hoursThisWeek', 'greaterThan', 45), c('restHours', 'lessThan', 10)] } },
  { id: 'bench/burnout', conditions: { all: [c('consecutiveDays', 'greaterThan', 5), c('overtimeHours', 'greaterThan', 10)] } },
  { id: 'bench/supply-risk', conditions: { any: [c('stockOnHand', 'lessThan', 5), c('expiringLots', 'equal', 10)] } },
  { id: 'bench/lapse-on-shift', conditions: { all: [c('daysUntilLicenceExpiry', 'lessThan', 7), c('hoursThisWeek', 'greaterThan', 30)] } },
  { id: 'bench/very-long-wait', conditions: { all: [c('waitMinutes', 'greaterThan', 55)] } },
  { id: 'bench/cost-pressure', conditions: { any: [c('budgetUsedPct', 'greaterThan', 140), c('overtimeHours', 'greaterThan', 19)] } },
  { id: 'bench/idle', conditions: { all: [c('hoursThisWeek', 'lessThan', 2)] } },
  { id: 'bench/well-rested', conditions: { all: [c('restHours', 'greaterThan', 20)] } },
];

const conditionCount = RULES.reduce((n, rule) => n + ('all' in rule.conditions ? rule.conditions.all : rule.conditions.any).length, 0);
if (RULES.length !== 20 || conditionCount !== 28) throw new Error(`rule list has ${RULES.length} rules and ${conditionCount} conditions`);

function makeFacts(): Facts[] {
  const random = seededRandom(SEED);
  return Array.from({ length: FACT_SETS }, (_, index) => {
    const facts: Record<string, number | string> = { id: `subject-${index}` };
    for (const [field, [low, high]] of Object.entries(FIELDS)) facts[field] = Math.round(low + random() * (high - low));
    return facts;
  });
}

function buildPracticeOps() {
  const rules = RULES.map((rule) =>
    defineConditionRule({
      id: rule.id,
      meta: { description: rule.id, defaultSeverity: 'warn', messages: { hit: `${rule.id} for {id}` } },
      conditions: rule.conditions as Condition,
      messageId: 'hit',
      subjectFact: 'id',
    }),
  );
  return compilePolicy<Facts>(defineCatalog({ name: 'bench', rules }));
}

function buildJsonRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of RULES) engine.addRule({ conditions: rule.conditions, event: { type: rule.id } });
  return engine;
}

async function main(): Promise<void> {
  const factSets = makeFacts();
  const compiled = buildPracticeOps();
  const engine = buildJsonRulesEngine();

  let findings = 0;
  for (const facts of factSets) findings += evaluate(compiled, facts).length;
  let events = 0;
  for (const facts of factSets) events += (await engine.run({ ...facts })).events.length;
  if (findings !== events) throw new Error(`findings differ: practiceops ${findings}, json-rules-engine ${events}`);

  // practiceops: warm up, then time ROUNDS passes over all fact sets.
  let sink = 0;
  for (let round = 0; round < 5; round++) for (const facts of factSets) sink += evaluate(compiled, facts).length;
  let start = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round++) for (const facts of factSets) sink += evaluate(compiled, facts).length;
  const oursSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const ours = (ROUNDS * FACT_SETS) / oursSeconds;

  // json-rules-engine: one warm-up pass, then one timed pass (it is much slower).
  for (const facts of factSets.slice(0, 1000)) await engine.run({ ...facts });
  start = process.hrtime.bigint();
  for (const facts of factSets) sink += (await engine.run({ ...facts })).events.length;
  const theirsSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const theirs = FACT_SETS / theirsSeconds;

  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`rules: ${RULES.length}, conditions: ${conditionCount}, fact sets: ${FACT_SETS}, findings per pass: ${findings} (${sink > 0 ? 'checked' : ''})`);
  console.log(`practiceops:       ${fmt(ours)} fact sets/s (${ROUNDS} passes in ${oursSeconds.toFixed(3)} s)`);
  console.log(`json-rules-engine: ${fmt(theirs)} fact sets/s (1 pass in ${theirsSeconds.toFixed(3)} s)`);
  console.log(JSON.stringify({ practiceops: Math.round(ours), jsonRulesEngine: Math.round(theirs), ratio: Number((ours / theirs).toFixed(1)), findings }));
}

void main();
