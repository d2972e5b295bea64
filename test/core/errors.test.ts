import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { err, isPracticeOpsError, ok, parseInput, PracticeOpsError, safeParseInput, unwrap, formatMessage, StaffIdSchema } from '../../src/core/index.js';

describe('errors and results', () => {
  it('reports path, expected and received for every zod issue', () => {
    const schema = z.object({ leadTime: z.number().min(0), items: z.array(z.object({ pack: z.int().positive() })) });
    const input = { leadTime: -1, items: [{ pack: 0 }] };
    const snapshot = structuredClone(input);
    const result = safeParseInput(schema, input, { label: 'inventory' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues).toEqual([
      expect.objectContaining({ path: ['leadTime'], expected: '>= 0', received: '-1' }),
      expect.objectContaining({ path: ['items', 0, 'pack'], expected: '> 0', received: '0' }),
    ]);
    expect(result.error.message).toMatch(/^Invalid inventory: leadTime/);
    expect(input).toEqual(snapshot);
  });

  it('throws the same error from parseInput and serialises it', () => {
    try {
      parseInput(z.string(), 3, { basePath: ['name'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PracticeOpsError);
      expect(isPracticeOpsError(error, 'INVALID_INPUT')).toBe(true);
      const json = JSON.parse(JSON.stringify(error)) as { code: string; issues: { path: unknown[]; expected: string; received: string }[] };
      expect(json.code).toBe('INVALID_INPUT');
      expect(json.issues[0]).toMatchObject({ path: ['name'], expected: 'string', received: '3' });
    }
  });

  it('wraps and unwraps results', () => {
    expect(unwrap(ok(2))).toBe(2);
    expect(() => unwrap(err(new Error('x')))).toThrow('x');
  });

  it('brands ids and renders messages', () => {
    expect(StaffIdSchema.parse('ana')).toBe('ana');
    expect(StaffIdSchema.safeParse('').success).toBe(false);
    expect(formatMessage('{a} and {b} and {c}', { a: 1, b: 'two' })).toBe('1 and two and {c}');
  });
});
