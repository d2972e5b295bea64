import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ReviewReportSchema } from '../../src/review/index.js';

describe('npm run demo -- --json', () => {
  it('prints a report that validates against the exported report schema', () => {
    // An iteration-limited solve keeps this quick and deterministic.
    const stdout = execFileSync('npx', ['tsx', 'examples/demo.ts', '--json', '--iterations', '3000'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const parsed = ReviewReportSchema.safeParse(JSON.parse(stdout));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.practice.name).toBe('Riverside Family Medicine');
    expect(parsed.data?.sections.map((s) => s.domain)).toEqual(['rota', 'credentials', 'inventory', 'budget', 'wait-time']);
  });
});
