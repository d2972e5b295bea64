// The README's quick start, kept runnable: npx tsx examples/quick-start.ts
import { allocate, money } from 'practiceops';
import { checkDea, checkNpi } from 'practiceops/credentials';
import { economicOrderQuantity } from 'practiceops/inventory';
import { compilePolicy, evaluate } from 'practiceops/rules';
import { rotaCatalog, scoreRota } from 'practiceops/rota';
import { erlangC, requiredStaff } from 'practiceops/wait-time';
import { sampleRotaProblem } from './data/sample-rota.js';

// Exact money: a year's budget over the months by their days, summing to the cent.
const months = allocate(money('100000.00', 'USD'), [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
console.log('January share:', months[0]?.amount); // 8493.15

// Identifier checks.
console.log('NPI 1234567893:', checkNpi('1234567893').valid, '· DEA AB1234569:', checkDea('AB1234569').valid);

// Reorder maths: EOQ for 1,300 boxes a year, $8 an order, $0.225 to hold a box for a year.
console.log('EOQ:', economicOrderQuantity({ annualDemand: 1300, orderCost: 8, holdingCost: 0.225 }).quantity.toFixed(1));

// Queueing: the front-desk phone line, 100 calls per half hour, 3-minute calls.
const line = { arrivals: 100, periodMinutes: 30, meanServiceMinutes: 3 };
console.log('P(wait) with 14 staff:', erlangC(14, 10).toFixed(4));
const staffing = requiredStaff({ ...line, targetServiceLevel: 0.8, targetWaitMinutes: 20 / 60, maxOccupancy: 0.85, shrinkage: 0.3 });
console.log('Staff for 80% answered in 20 s:', staffing.servers, 'working,', staffing.scheduled, 'scheduled');

// A rota scored with an explanation, under a policy: the sample practice's December, nobody assigned yet.
const problem = sampleRotaProblem();
const empty = scoreRota(problem, { assignments: [] });
console.log(`Empty rota: hard ${empty.hard}, soft ${empty.soft}, ${empty.findings.length} findings`);
const strict = compilePolicy(rotaCatalog, { extends: 'strict' });
console.log(`${strict.enabledRules.length} rules in the strict policy; first finding:`, evaluate(strict, { problem, rota: { assignments: [] } }, {})[0]?.message);
