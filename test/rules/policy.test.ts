import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate, parsePolicy, policyJsonSchema, combineCatalogs, defineCatalog } from '../../src/rules/index.js';
import { demoCatalog, maxHours, week } from './fixtures.js';

describe('policies', () => {
  it('merges defaults, presets and the policy own entries in that order', () => {
    const parsed = parsePolicy(demoCatalog, { extends: 'strict', rules: { 'demo/min-rest': ['warn', { hours: 10 }] } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.rules.get('demo/max-hours')).toEqual({ setting: 'error', options: { hours: 38 } });
    expect(parsed.value.rules.get('demo/part-timer')).toEqual({ setting: 'off', options: {} });
    expect(parsed.value.rules.get('demo/min-rest')).toEqual({ setting: 'warn', options: { hours: 10 } });
  });

  it('keeps options from a preset when the policy only changes the severity', () => {
    const parsed = parsePolicy(demoCatalog, { extends: ['strict'], rules: { 'demo/max-hours': 'info' } });
    expect(parsed.ok && parsed.value.rules.get('demo/max-hours')).toEqual({ setting: 'info', options: { hours: 38 } });
  });

  it('rejects unknown rule ids with code UNKNOWN_RULE, path, expected and received', () => {
    const parsed = parsePolicy(demoCatalog, { rules: { 'demo/max-hourz': 'warn' } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('UNKNOWN_RULE');
    expect(parsed.error.issues[0]).toMatchObject({ path: ['rules', 'demo/max-hourz'], received: '"demo/max-hourz"' });
  });

  it('rejects bad severities and bad options, naming each path', () => {
    const parsed = parsePolicy(demoCatalog, { rules: { 'demo/max-hours': ['loud', {}], 'demo/min-rest': ['error', { hours: -1 }] } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('INVALID_INPUT');
    expect(parsed.error.issues).toEqual([
      expect.objectContaining({ path: ['rules', 'demo/max-hours', 0], expected: '"error" | "warn" | "info" | "off"', received: '"loud"' }),
      expect.objectContaining({ path: ['rules', 'demo/min-rest', 1, 'hours'], expected: '>= 0', received: '-1' }),
    ]);
  });

  it('rejects __proto__, constructor and prototype keys anywhere', () => {
    for (const text of [
      '{"__proto__": {"rules": {}}}',
      '{"rules": {"constructor": "warn"}}',
      '{"rules": {"demo/max-hours": ["warn", {"prototype": 1}]}}',
    ]) {
      const parsed = parsePolicy(demoCatalog, JSON.parse(text));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.issues[0]?.expected).toMatch(/a key other than/);
    }
    expect(({} as Record<string, unknown>)['rules']).toBeUndefined();
  });

  it('rejects unknown presets, unknown top-level keys and over-long entries', () => {
    const unknownPreset = parsePolicy(demoCatalog, { extends: 'lenient' });
    expect(!unknownPreset.ok && unknownPreset.error.issues[0]?.path).toEqual(['extends']);
    const extraKey = parsePolicy(demoCatalog, { rule: {} });
    expect(!extraKey.ok && extraKey.error.issues[0]?.received).toBe('rule');
    const tooLong = parsePolicy(demoCatalog, { rules: { 'demo/max-hours': ['warn', {}, 1] } });
    expect(tooLong.ok).toBe(false);
  });

  it('does not mutate the policy it parses', () => {
    const policy = { extends: 'strict', rules: { 'demo/min-rest': ['warn', { hours: 10 }] } };
    const before = structuredClone(policy);
    compilePolicy(demoCatalog, policy as never);
    expect(policy).toEqual(before);
  });

  it('exports a JSON Schema of the policy with each rule and its option defaults', () => {
    const schema = policyJsonSchema(demoCatalog) as { properties: { rules: { properties: Record<string, { description: string }> } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(['demo/max-hours', 'demo/min-rest', 'demo/part-timer']);
    expect(schema.properties.rules.properties['demo/max-hours']?.description).toBe('Weekly hours cap');
    expect(JSON.stringify(schema)).toContain('"default":40');
  });

  it('lets a combined catalog policy drive each domain catalog', () => {
    const other = defineCatalog({ name: 'other', rules: [] });
    const combined = combineCatalogs('practice', [demoCatalog, other]);
    const parsed = parsePolicy(combined, { extends: 'strict' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const compiled = compilePolicy(demoCatalog, parsed.value);
    expect(compiled.enabledRules).toEqual(['demo/max-hours', 'demo/min-rest']);
    expect(() => combineCatalogs('dup', [demoCatalog, demoCatalog])).toThrow(/share the id/);
  });
});

describe('evaluate', () => {
  it('returns findings ordered by severity, rule id, then subject', () => {
    const findings = evaluate(compilePolicy(demoCatalog), week);
    expect(findings.map((f) => `${f.severity} ${f.ruleId} ${f.subject.id}`)).toEqual([
      'error demo/min-rest ana',
      'error demo/min-rest bo',
      'warn demo/max-hours ana',
      'warn demo/max-hours zoe',
      'info demo/part-timer bo',
    ]);
  });

  it('carries message id, data, rendered message, actual, threshold and suggested action', () => {
    const [finding] = evaluate(compilePolicy(demoCatalog, { rules: { 'demo/min-rest': 'off', 'demo/part-timer': 'off' } }), week);
    expect(finding).toEqual({
      ruleId: 'demo/max-hours',
      severity: 'warn',
      messageId: 'over',
      data: { who: 'ana', hours: 42, limit: 40 },
      message: 'ana works 42 h, over 40 h',
      subject: { type: 'staff', id: 'ana' },
      actual: 42,
      threshold: 40,
      suggestedAction: { kind: 'reassign-shift', description: 'Move a shift away from ana' },
    });
  });

  it('compiles a policy once: options are parsed at compile time, not per subject', () => {
    const compiled = compilePolicy(demoCatalog, { rules: { 'demo/max-hours': ['error', { hours: 43 }] } });
    expect(compiled.enabledRules).toEqual(['demo/max-hours', 'demo/min-rest', 'demo/part-timer']);
    expect(evaluate(compiled, week).filter((f) => f.ruleId === 'demo/max-hours').map((f) => f.subject.id)).toEqual(['zoe']);
    expect(() => compilePolicy(demoCatalog, { rules: { nope: 'warn' } })).toThrowError(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
  });

  it('rejects malformed rule definitions at definition time', async () => {
    const { defineRule } = await import('../../src/rules/index.js');
    expect(() => defineRule({ ...maxHours, id: 'MaxHours' })).toThrow(/kebab-case/);
    expect(() => defineRule({ ...maxHours, meta: { ...maxHours.meta, messages: {} } })).toThrow(/message/);
  });
});
