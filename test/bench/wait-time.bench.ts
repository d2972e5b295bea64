// Benchmark: one-pass, bounded-memory summary of 1,000,000 synthetic visit events.
// Run: npm run bench:wait-time   (tsx test/bench/wait-time.bench.ts [events])
// Peer: the exact in-memory path (buildTimelines + summariseWaits), which keeps every event.
import { buildTimelines, createWaitStream, summariseWaits, type VisitEvent } from 'practiceops/wait-time';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { syntheticEvents } from '../wait-time/synthetic.js';

const total = Number(process.argv[2] ?? 1_000_000);
const options = { zone: 'America/New_York', groupBy: ['provider' as const, 'visit-type' as const], percentiles: [50, 90, 95], goalMinutes: 17 };
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// Expose the collector without a command-line flag, to measure retained (live) heap.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Measured<T> {
  readonly result: T;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakLive: number;
}

/** Runs a pass; every 100,000 events forces a GC and samples the live heap (GC time excluded from the clocks). */
function measure<T>(label: string, run: (tick: () => void) => T): Measured<T> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peakLive = 0;
  let n = 0;
  let paused = 0n;
  let pausedCpu = 0;
  const tick = (): void => {
    n += 1;
    if (n % 100_000 === 0) {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      gc();
      peakLive = Math.max(peakLive, process.memoryUsage().heapUsed - base);
      const c1 = process.cpuUsage(c0);
      pausedCpu += (c1.user + c1.system) / 1e6;
      paused += process.hrtime.bigint() - t0;
    }
  };
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = run(tick);
  const seconds = Number(process.hrtime.bigint() - start - paused) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6 - pausedCpu;
  console.log(
    `${label.padEnd(34)} wall ${seconds.toFixed(2).padStart(6)} s  cpu ${cpuSeconds.toFixed(2).padStart(6)} s  ` +
      `${Math.round(total / seconds).toLocaleString('en-US').padStart(9)} events/s (wall)  peak live heap +${mb(peakLive)}`,
  );
  return { result, seconds, cpuSeconds, peakLive };
}

console.log(`wait-time benchmark: ${total.toLocaleString('en-US')} synthetic events (Node ${process.version})`);

const generation = measure('generate only', (tick) => {
  let count = 0;
  for (const _ of syntheticEvents(total)) {
    tick();
    count += 1;
  }
  return count;
});

const streamed = measure('stream (one pass, bounded memory)', (tick) => {
  const stream = createWaitStream(options);
  for (const event of syntheticEvents(total)) {
    stream.push(event);
    tick();
  }
  return stream.finish();
});

const rssAfterStream = process.resourceUsage().maxRSS * 1024;

const exact = measure('peer: exact in memory', (tick) => {
  const events: VisitEvent[] = [];
  for (const event of syntheticEvents(total)) {
    events.push(event);
    tick();
  }
  return summariseWaits(buildTimelines(events), options);
});

const s = streamed.result;
let mismatches = 0;
s.groups.forEach((g, i) => {
  const e = exact.result.groups[i];
  for (const p of ['50', '90', '95']) if (Math.abs((g.percentiles[p] ?? 0) - (e?.percentiles[p] ?? 0)) > 1e-9) mismatches += 1;
  if (g.count !== e?.count) mismatches += 1;
});
const streamCpu = streamed.cpuSeconds - generation.cpuSeconds;
console.log('');
console.log(
  `stream: ${Math.round(total / streamed.seconds).toLocaleString('en-US')} events/s end to end (wall), ` +
    `${Math.round(total / Math.max(streamCpu, 1e-9)).toLocaleString('en-US')} events/s of CPU excluding event generation`,
);
console.log(`stream: ${s.groups.length} groups, peak open visits ${s.peakOpenVisits}, percentile error bound ${s.percentileErrorMinutes.toFixed(4)} min, ${mismatches} mismatches against the exact peer`);
console.log(
  `ratio peer/stream: CPU time ${(exact.cpuSeconds / streamed.cpuSeconds).toFixed(2)}x, peak live heap ${(exact.peakLive / Math.max(1, streamed.peakLive)).toFixed(1)}x`,
);
const usage = process.resourceUsage();
console.log(`process peak RSS (resourceUsage.maxRSS): ${mb(rssAfterStream)} after generate + stream, ${mb(usage.maxRSS * 1024)} after the peer`);
const all = s.groups.reduce((acc, g) => acc + g.count, 0);
console.log(`summary: ${all.toLocaleString('en-US')} visits with a door-to-provider time; first group ${JSON.stringify(s.groups[0]?.key)} p90 ${s.groups[0]?.percentiles['90']?.toFixed(2)} min`);
