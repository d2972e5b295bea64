/**
 * The daily review of a sample practice: `npm run demo`.
 *
 * Loads Riverside Family Medicine from examples/data/sample-practice.json, builds next month's rota
 * with the solver (a progress bar on stderr while it searches), and prints the office manager's
 * daily review for the terminal.
 *
 *   npm run demo                          the review, in colour when the terminal supports it
 *   npm run demo -- --json                the machine-readable report (validates against reviewReportJsonSchema())
 *   npm run demo -- --html review.html    a self-contained page to open in a browser
 *   npm run demo -- --seconds 5 --seed 2  how long the solver searches, and its seed
 *   npm run demo -- --iterations 20000    an iteration-limited (deterministic) search instead
 *   npm run demo -- --today 2026-11-24    the day of the review
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isPracticeOpsError } from 'practiceops';
import { renderReviewHtml, renderReviewText, reviewPractice, type PracticeSnapshotInput } from 'practiceops/review';
import { solveRota, type SolveRotaProgress } from 'practiceops/rota';

interface DemoArgs {
  json: boolean;
  html?: string;
  seconds: number;
  iterations?: number;
  seed: number;
  today?: string;
}

function parseArgs(argv: readonly string[]): DemoArgs {
  const args: DemoArgs = { json: false, seconds: 8, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--json') args.json = true;
    else if (flag === '--html') args.html = value();
    else if (flag === '--seconds') args.seconds = Number(value());
    else if (flag === '--iterations') args.iterations = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--today') args.today = value();
    else throw new Error(`Unknown option ${flag}; see the comment at the top of examples/demo.ts`);
  }
  return args;
}

/** A one-line progress bar on stderr, redrawn in place when stderr is a terminal. */
function progressBar(totalMs: number, totalIterations: number | undefined): (progress: SolveRotaProgress) => void {
  const tty = process.stderr.isTTY === true;
  let lastDrawn = -1;
  return (progress) => {
    const fraction = Math.min(1, totalIterations ? progress.iterations / totalIterations : progress.elapsedMs / totalMs);
    const step = Math.floor(fraction * 20);
    if (!tty && step === lastDrawn) return;
    lastDrawn = step;
    const bar = '█'.repeat(step) + '░'.repeat(20 - step);
    const text = `Building the rota ${bar} ${Math.round(fraction * 100)}%  best: hard ${progress.best.hard}, soft ${progress.best.soft}`;
    process.stderr.write(tty ? `\r${text}\u001b[K` : `${text}\n`);
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const data = JSON.parse(readFileSync(new URL('./data/sample-practice.json', import.meta.url), 'utf8')) as PracticeSnapshotInput & { today: string };
  const today = args.today ?? data.today;
  if (data.rota === undefined) throw new Error('The sample practice has no rota problem');

  const solved = await solveRota(data.rota.problem, {
    seed: args.seed,
    timeLimitMs: args.iterations === undefined ? args.seconds * 1000 : 3_600_000,
    ...(args.iterations === undefined ? {} : { maxIterations: args.iterations }),
    onProgress: progressBar(args.seconds * 1000, args.iterations),
  });
  process.stderr.write(
    `${process.stderr.isTTY ? '\n' : ''}Rota built in ${(solved.elapsedMs / 1000).toFixed(1)} s (${solved.iterations.toLocaleString('en-US')} moves): ` +
      `${solved.feasible ? 'every hard rule kept' : `${solved.score.hard} hard-rule penalty left`}, soft penalty ${solved.score.soft}\n\n`,
  );

  const snapshot: PracticeSnapshotInput = { ...data, rota: { ...data.rota, rota: solved.rota } };
  const report = reviewPractice(snapshot, { extends: 'recommended' }, today);

  if (args.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const color = process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
    process.stdout.write(renderReviewText(report, { color, width: Math.min(process.stdout.columns ?? 110, 140) }));
  }
  if (args.html !== undefined) {
    writeFileSync(args.html, renderReviewHtml(report));
    process.stderr.write(`Wrote ${args.html}\n`);
  }
}

main().catch((error: unknown) => {
  if (isPracticeOpsError(error)) {
    process.stderr.write(`${error.code}: ${error.message}\n`);
    for (const issue of error.issues) process.stderr.write(`  at ${issue.path.join('.') || '(root)'}: expected ${issue.expected ?? '?'}, received ${issue.received ?? '?'}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
