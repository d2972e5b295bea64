// Fails when an exported function, class or constant of the public API has no @example in its TSDoc.
// Reads the typedoc JSON model (built here into a temporary file), so it sees exactly what the docs show.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'practiceops-api-')), 'api.json');
execFileSync('npx', ['typedoc', '--json', out, '--out', join(tmpdir(), 'practiceops-unused-html'), '--emit', 'docs', '--logLevel', 'Error'], { stdio: 'inherit' });
const project = JSON.parse(readFileSync(out, 'utf8'));

const FUNCTION = 64;
const CLASS = 128;
const VARIABLE = 32;
const REFERENCE = 4194304;
const hasExample = (comment) => (comment?.blockTags ?? []).some((tag) => tag.tag === '@example');

const missing = [];
let checked = 0;
for (const module of project.children ?? []) {
  for (const reflection of module.children ?? []) {
    if (reflection.kind === REFERENCE) continue;
    let comment;
    if (reflection.kind === FUNCTION) comment = reflection.signatures?.[0]?.comment ?? reflection.comment;
    else if (reflection.kind === CLASS || reflection.kind === VARIABLE) comment = reflection.comment;
    else continue;
    checked++;
    if (!hasExample(comment)) missing.push(`${module.name}: ${reflection.name}`);
  }
}
if (missing.length > 0) {
  console.error(`${missing.length} of ${checked} exported functions, classes and constants have no @example:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`All ${checked} exported functions, classes and constants have an @example.`);
