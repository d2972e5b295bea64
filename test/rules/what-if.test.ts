import { describe, expect, it } from 'vitest';
import { compilePolicy, diffFindings, whatIf } from '../../src/rules/index.js';
import { demoCatalog, week } from './fixtures.js';

describe('what-if', () => {
  it('diffs the findings of two snapshots without mutating either', () => {
    const compiled = compilePolicy(demoCatalog);
    const proposed = {
      staff: week.staff.map((s) => (s.id === 'zoe' ? { ...s, hours: 38 } : s.id === 'cy' ? { ...s, hours: 45 } : s.id === 'ana' ? { ...s, hours: 43 } : s)),
    };
    const before = structuredClone(week);
    const diff = whatIf(compiled, week, proposed);
    expect(diff.removed.map((f) => f.subject.id)).toEqual(['zoe']);
    expect(diff.added.map((f) => f.subject.id)).toEqual(['cy']);
    expect(diff.changed.map(([a, b]) => [a.actual, b.actual])).toEqual([[42, 43]]);
    expect(diff.unchanged.map((f) => `${f.ruleId}:${f.subject.id}`)).toEqual(['demo/min-rest:ana', 'demo/min-rest:bo', 'demo/part-timer:bo']);
    expect(week).toEqual(before);
  });

  it('finds nothing new when nothing changed', () => {
    const compiled = compilePolicy(demoCatalog);
    const diff = diffFindings([], []);
    expect(diff).toEqual({ added: [], removed: [], unchanged: [], changed: [] });
    expect(whatIf(compiled, week, week).added).toEqual([]);
  });
});
