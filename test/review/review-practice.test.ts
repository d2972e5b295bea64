import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  practicePolicyJsonSchema,
  practiceSnapshotJsonSchema,
  renderReviewHtml,
  renderReviewText,
  reviewPractice,
  reviewReportJsonSchema,
  ReviewReportSchema,
  type PracticeSnapshotInput,
} from '../../src/review/index.js';

const sample = JSON.parse(readFileSync(new URL('../../examples/data/sample-practice.json', import.meta.url), 'utf8')) as PracticeSnapshotInput & {
  today: string;
};

/** A small hand-made December rota: the practice manager and billing on weekdays, nobody else. */
const rota = {
  assignments: ['2026-12-01', '2026-12-02', '2026-12-03'].flatMap((date) => [
    { staffId: 'pm-garcia', date, shiftTypeId: 'D' },
    { staffId: 'bill-hughes', date, shiftTypeId: 'D' },
  ]),
};
const snapshot: PracticeSnapshotInput = { ...sample, rota: { ...sample.rota!, rota } };

describe('reviewPractice on the sample practice', () => {
  const before = structuredClone(snapshot);
  const report = reviewPractice(snapshot, { extends: 'recommended' }, sample.today);

  it('produces a report that validates against its own schema and survives JSON', () => {
    expect(ReviewReportSchema.safeParse(report).success).toBe(true);
    expect(ReviewReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
    expect(reviewReportJsonSchema()).toHaveProperty('properties.groups');
  });

  it('groups findings by urgency: errors now, warnings this week, info for the record', () => {
    const [now, week, info] = report.groups;
    expect(now?.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(week?.findings.every((f) => f.severity === 'warn')).toBe(true);
    expect(info?.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(report.counts).toEqual({ error: now?.findings.length, warn: week?.findings.length, info: info?.findings.length });
  });

  it('brings every domain into one report, with cross-domain facts', () => {
    expect(report.sections.map((s) => s.domain)).toEqual(['rota', 'credentials', 'inventory', 'budget', 'wait-time']);
    const domains = new Set(report.groups.flatMap((g) => g.findings.map((f) => f.domain)));
    for (const domain of ['rota', 'credentials', 'inventory', 'budget', 'wait-time']) expect(domains).toContain(domain);
    // the hand-made rota leaves cover below its hard minimum: the rota gaps are errors
    expect(report.groups[0]?.findings.some((f) => f.ruleId === 'rota/cover-minimum')).toBe(true);
    // labour from the rota reaches the budget as projected cost; open purchase orders as committed spend
    const budget = report.sections.find((s) => s.domain === 'budget');
    expect(budget?.headlines.find((h) => h.label === 'Committed')?.value).toBe('46.50');
    // the invalid DEA number in the sample is caught
    expect(report.groups[0]?.findings.some((f) => f.ruleId === 'credentials/invalid-identifier')).toBe(true);
    // the rota grid shows the hand-made assignments
    const grid = report.sections[0]?.rotaGrid;
    expect(grid?.rows.find((r) => r.staffId === 'pm-garcia')?.cells.slice(0, 4)).toEqual(['D', 'D', 'D', '']);
  });

  it('orders findings within a group by severity, rule id and subject', () => {
    const ids = report.groups[1]?.findings.map((f) => f.ruleId) ?? [];
    expect(ids).toEqual([...ids].sort());
  });

  it('does not mutate the snapshot', () => {
    expect(snapshot).toEqual(before);
  });

  it('renders for the terminal and for the browser', () => {
    const text = renderReviewText(report, { width: 100 });
    expect(text).toContain('Daily review · Riverside Family Medicine · 2026-11-24');
    expect(text).toMatch(/Act on now \(\d+\)/);
    expect(text).not.toMatch(/\u001b\[/);
    expect(renderReviewText(report, { color: true })).toMatch(/\u001b\[31m/);
    const html = renderReviewHtml(report);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('Siobhan O&#39;Brien');
  });
});

describe('reviewPractice input checks', () => {
  it('rejects a bad snapshot with the path, expected and received value', () => {
    const bad = { ...snapshot, practice: { ...snapshot.practice, timeZone: 'Mars/Olympus' } };
    expect(() => reviewPractice(bad, {}, '2026-11-24')).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['practice', 'timeZone'], received: '"Mars/Olympus"' }),
    );
  });

  it('rejects a bad date and an unknown rule in the policy', () => {
    expect(() => reviewPractice(snapshot, {}, '2026-02-30')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['today'] }));
    expect(() => reviewPractice(snapshot, { rules: { 'rota/min-rests': 'warn' } }, '2026-11-24')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_RULE', path: ['rules', 'rota/min-rests'] }),
    );
  });

  it('reviews only the domains a snapshot has', () => {
    const partial = reviewPractice({ practice: sample.practice, inventory: sample.inventory! }, undefined, sample.today);
    expect(partial.sections.map((s) => s.domain)).toEqual(['inventory']);
  });

  it('refuses to render something that is not a review report', () => {
    expect(() => renderReviewText({ today: '2026-11-24' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => renderReviewHtml({ groups: 'none' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('exports the JSON Schemas of the snapshot and the policy', () => {
    expect(practiceSnapshotJsonSchema()).toHaveProperty('properties.practice');
    const policy = practicePolicyJsonSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(policy.properties.rules.properties)).toEqual(expect.arrayContaining(['rota/min-rest', 'inventory/lot-expiring', 'wait-time/max-wait']));
  });
});
