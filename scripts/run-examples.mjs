// Runs every script in examples/ (not the data) one after another with tsx, failing on the first error.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const scripts = readdirSync(new URL('../examples/', import.meta.url))
  .filter((name) => name.endsWith('.ts'))
  .sort();
for (const name of scripts) {
  process.stdout.write(`\n--- examples/${name} ---\n`);
  const args = name === 'demo.ts' ? ['--iterations', '20000'] : [];
  const run = spawnSync('npx', ['tsx', `examples/${name}`, ...args], { stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0) {
    process.stderr.write(`examples/${name} failed with exit code ${run.status}\n`);
    process.exit(1);
  }
}
process.stdout.write(`\n${scripts.length} examples ran\n`);
