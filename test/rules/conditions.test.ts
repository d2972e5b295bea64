import { describe, expect, it } from 'vitest';
import { compileCondition, compilePolicy, defineCatalog, defineConditionRule, evaluate } from '../../src/rules/index.js';

describe('condition rules', () => {
  it('compiles all / any / not trees and every operator', () => {
    const predicate = compileCondition({
      all: [
        { fact: 'hours', operator: 'greaterThan', value: 40 },
        { any: [{ fact: 'role', operator: 'in', value: ['rn', 'lpn'] }, { fact: 'exempt', operator: 'equal', value: false }] },
        { not: { fact: 'site', operator: 'notIn', value: ['main'] } },
      ],
    });
    expect(predicate({ hours: 41, role: 'rn', site: 'main' })).toBe(true);
    expect(predicate({ hours: 40, role: 'rn', site: 'main' })).toBe(false);
    expect(predicate({ hours: 41, role: 'ma', exempt: true, site: 'main' })).toBe(false);
    expect(predicate({ hours: 41, role: 'ma', exempt: false, site: 'north' })).toBe(false);
    const bounds = compileCondition({
      all: [
        { fact: 'x', operator: 'greaterThanInclusive', value: 1 },
        { fact: 'x', operator: 'lessThanInclusive', value: 2 },
        { fact: 'x', operator: 'lessThan', value: 3 },
        { fact: 'x', operator: 'notEqual', value: 1.5 },
      ],
    });
    expect([0, 1, 1.5, 2, 2.5].map((x) => bounds({ x }))).toEqual([false, true, false, true, false]);
    expect(bounds({})).toBe(false);
  });

  it('rejects malformed conditions with a typed error', () => {
    expect(() => compileCondition({ all: [] })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => compileCondition({ fact: 'x', operator: 'like', value: 1 } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('turns a condition rule into findings with subject, actual and threshold', () => {
    const rule = defineConditionRule({
      id: 'custom/licence-soon',
      meta: { description: 'Licence soon', defaultSeverity: 'warn', messages: { soon: '{staffId}: licence in {days} days' } },
      conditions: { all: [{ fact: 'days', operator: 'lessThan', value: 30 }] },
      messageId: 'soon',
      subjectFact: 'staffId',
      subjectType: 'staff',
      actualFact: 'days',
      threshold: 30,
    });
    const compiled = compilePolicy(defineCatalog({ name: 'custom', rules: [rule] }));
    expect(evaluate(compiled, { staffId: 'ana', days: 12 })).toEqual([
      expect.objectContaining({ ruleId: 'custom/licence-soon', message: 'ana: licence in 12 days', subject: { type: 'staff', id: 'ana' }, actual: 12, threshold: 30 }),
    ]);
    expect(evaluate(compiled, { staffId: 'ana', days: 31 })).toEqual([]);
  });
});
