/**
 * Benchmark of the rota solver on the Curtois & Qu instances (not part of `npm test`).
 *
 *   npm run bench:rota -- [Instance1 Instance2 ...] --seconds 60 --seed 1 --out /tmp/rota-sol [--stop-at-best-known] [--exact]
 *
 * --exact: local search for the first quarter of the time as a warm start, then HiGHS
 * (solveRotaExact) for the rest; the line then also gives the proven bound and the status.
 *
 * Reads ../shared/data/rostering/curtois-qu/ (relative to the repository), writes DIR/<instance>.sol
 * in the plain solution format, and prints one JSON line per instance.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCurtoisInstance, writeRotaSolution } from '../../src/rota/index.js';
import { solveRota, solveRotaExact } from '../../src/rota/solve/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../../../shared/data/rostering/curtois-qu');

const args = process.argv.slice(2);
const names: string[] = [];
let seconds = 60;
let seed = 1;
let out = '/tmp/rota-bench';
let stopAtBestKnown = false;
let exact = false;
for (let k = 0; k < args.length; k++) {
  const a = args[k]!;
  if (a === '--seconds') seconds = Number(args[++k]);
  else if (a === '--seed') seed = Number(args[++k]);
  else if (a === '--out') out = args[++k]!;
  else if (a === '--stop-at-best-known') stopAtBestKnown = true;
  else if (a === '--exact') exact = true;
  else names.push(/^\d+$/.test(a) ? `Instance${a}` : a);
}
if (names.length === 0) for (let k = 1; k <= 24; k++) names.push(`Instance${k}`);

const bestKnown = new Map<string, number>();
for (const line of readFileSync(join(dataDir, 'best-known.csv'), 'utf8').split('\n').slice(1)) {
  const [instance, value] = line.split(',');
  if (instance && value) bestKnown.set(instance, Number(value));
}

mkdirSync(out, { recursive: true });
for (const name of names) {
  const problem = readCurtoisInstance(readFileSync(join(dataDir, `${name}.txt`), 'utf8'), { id: name });
  const known = bestKnown.get(name);
  if (exact) {
    // seconds to best: when a rota as good as the final one was first reported (the warm start's is
    // reported once column generation ends)
    const started = performance.now();
    const reports: { objective: number; seconds: number }[] = [];
    const r = await solveRotaExact(problem, {
      timeLimitMs: seconds * 1000,
      warmStartMs: (seconds * 1000) / 4,
      seed,
      onProgress: (progress) => reports.push({ objective: progress.objective, seconds: (performance.now() - started) / 1000 }),
    });
    const firstAsGood = reports.find((report) => report.objective <= r.score.soft + 1e-6);
    writeFileSync(join(out, `${name}.sol`), writeRotaSolution(problem, r.rota));
    console.log(
      JSON.stringify({
        instance: name,
        objective: r.score.soft,
        feasible: r.score.hard === 0,
        bestKnown: known ?? null,
        gapPct: known === undefined ? null : Math.round(((r.score.soft - known) / known) * 10000) / 100,
        seconds: Math.round(r.elapsedMs / 100) / 10,
        secondsToBest: Math.round((firstAsGood?.seconds ?? r.elapsedMs / 1000) * 10) / 10,
        seed,
        status: r.status,
        bound: Math.round(r.bound * 100) / 100,
        boundGapPct: Math.round(r.gapPct * 100) / 100,
        warmStart: r.warmStart.soft,
      }),
    );
    continue;
  }
  const result = await solveRota(problem, {
    seed,
    timeLimitMs: seconds * 1000,
    ...(stopAtBestKnown && known !== undefined ? { targetSoft: known } : {}),
  });
  writeFileSync(join(out, `${name}.sol`), writeRotaSolution(problem, result.rota));
  const objective = result.score.soft;
  console.log(
    JSON.stringify({
      instance: name,
      objective,
      feasible: result.feasible,
      bestKnown: known ?? null,
      gapPct: known === undefined ? null : Math.round(((objective - known) / known) * 10000) / 100,
      seconds: Math.round(result.elapsedMs / 100) / 10,
      secondsToBest: Math.round(result.timeToBestMs / 100) / 10,
      seed,
      hard: result.score.hard,
      iterations: result.iterations,
    }),
  );
}
