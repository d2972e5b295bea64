import { describe, expect, it } from 'vitest';
import { checkDecisionTable, defineDecisionTable, evaluateDecisionTable } from '../../src/rules/index.js';

const alertLevel = defineDecisionTable({
  id: 'credentials/alert-level',
  hitPolicy: 'unique',
  inputs: [{ name: 'daysLeft', type: 'number' }],
  rows: [
    { when: { daysLeft: { lt: 0 } }, then: 'overdue' },
    { when: { daysLeft: { gte: 0, lt: 30 } }, then: 'urgent' },
    { when: { daysLeft: { gte: 30 } }, then: 'ok' },
  ],
});

describe('decision tables', () => {
  it('evaluates unique, first and collect hit policies', () => {
    const hit = evaluateDecisionTable(alertLevel, { daysLeft: 12 });
    expect(hit.ok && hit.value.outputs).toEqual(['urgent']);
    const overlapping = {
      id: 'x',
      inputs: [{ name: 'n', type: 'number' as const }],
      rows: [
        { when: { n: { gte: 0 } }, then: 'a' },
        { when: { n: { gte: 10 } }, then: 'b' },
      ],
    };
    const first = evaluateDecisionTable(defineDecisionTable({ ...overlapping, hitPolicy: 'first' }), { n: 12 });
    expect(first.ok && first.value).toEqual({ rows: [0], outputs: ['a'] });
    const collect = evaluateDecisionTable(defineDecisionTable({ ...overlapping, hitPolicy: 'collect' }), { n: 12 });
    expect(collect.ok && collect.value.outputs).toEqual(['a', 'b']);
    const unique = evaluateDecisionTable(defineDecisionTable({ ...overlapping, hitPolicy: 'unique' }), { n: 12 });
    expect(!unique.ok && unique.error.code).toBe('CONFLICT');
  });

  it('finds no gap and no overlap in a complete unique table', () => {
    expect(checkDecisionTable(alertLevel)).toEqual({ gaps: [], overlaps: [] });
  });

  it('reports numeric gaps and overlaps with their exact bounds', () => {
    const table = defineDecisionTable({
      id: 'wait-band',
      hitPolicy: 'unique',
      inputs: [{ name: 'minutes', type: 'number', min: 0, max: 120 }],
      rows: [
        { when: { minutes: { gte: 0, lt: 15 } }, then: 'ok' },
        { when: { minutes: { gt: 15, lte: 30 } }, then: 'warn' },
        { when: { minutes: { gte: 25 } }, then: 'breach' },
      ],
    });
    const { gaps, overlaps } = checkDecisionTable(table);
    expect(gaps).toEqual([{ minutes: { from: 15, to: 15, fromInclusive: true, toInclusive: true } }]);
    expect(overlaps.map((o) => [o.cell['minutes'], o.rows])).toEqual([
      [{ from: 25, to: 25, fromInclusive: true, toInclusive: true }, [1, 2]],
      [{ from: 25, to: 30, fromInclusive: false, toInclusive: false }, [1, 2]],
      [{ from: 30, to: 30, fromInclusive: true, toInclusive: true }, [1, 2]],
    ]);
  });

  it('checks combinations of numeric and categorical inputs', () => {
    const table = defineDecisionTable({
      id: 'cover',
      hitPolicy: 'unique',
      inputs: [
        { name: 'role', type: 'string' },
        { name: 'staff', type: 'number', min: 0, max: 10 },
      ],
      rows: [
        { when: { role: { in: ['rn'] }, staff: { lt: 2 } }, then: 'short' },
        { when: { role: { in: ['rn'] }, staff: { gte: 2 } }, then: 'ok' },
        { when: { role: '-', staff: { gte: 0 } }, then: 'any' },
      ],
    });
    const { gaps, overlaps } = checkDecisionTable(table);
    expect(gaps).toEqual([]);
    expect(overlaps.every((o) => (o.cell['role'] as { value: string }).value === 'rn')).toBe(true);
  });

  it('rejects rows that test unknown inputs', () => {
    expect(() =>
      defineDecisionTable({ id: 't', hitPolicy: 'first', inputs: [{ name: 'a', type: 'number' }], rows: [{ when: { b: '-' }, then: 1 }] }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['rows', 0, 'when', 'b'] }));
  });
});
