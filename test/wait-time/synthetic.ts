// Synthetic clinic event logs for tests and the benchmark: deterministic, second-resolution,
// generated day by day so that a million events never sit in memory at once.
import type { VisitEvent } from 'practiceops/wait-time';
import { seededRandom } from '../../src/core/internal/random.js';

const PROVIDERS = ['dr-lee', 'dr-ng', 'dr-okafor', 'np-silva'];
const TYPES = ['new', 'follow-up', 'walk-in'];

/** Options for the generator. */
export interface SyntheticOptions {
  readonly seed?: number;
  readonly visitsPerDay?: number;
  readonly startDay?: number; // epoch ms of the first day's 08:00 UTC
}

/** Yields events in time order, one clinic day at a time, until `total` events have been produced. */
export function* syntheticEvents(total: number, options: SyntheticOptions = {}): Generator<VisitEvent> {
  const rand = seededRandom(options.seed ?? 42);
  const perDay = options.visitsPerDay ?? 200;
  let dayStart = options.startDay ?? Date.UTC(2026, 0, 5, 13, 0, 0); // 08:00 in New York (EST)
  let produced = 0;
  let visit = 0;
  while (produced < total) {
    const day: { at: number; event: VisitEvent }[] = [];
    for (let i = 0; i < perDay; i++) {
      visit += 1;
      const id = `v${visit}`;
      const provider = PROVIDERS[Math.floor(rand() * PROVIDERS.length)] as string;
      const visitType = TYPES[Math.floor(rand() * TYPES.length)] as string;
      const scheduled = dayStart + Math.floor((i / perDay) * 9 * 3600) * 1000;
      const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
      const push = (kind: VisitEvent['kind'], at: number, extra = false): void => {
        day.push({ at: kind === 'scheduled' ? scheduled - 86_400_000 : at, event: { visitId: id, kind, at: iso(at), ...(extra ? { provider, visitType } : {}) } });
      };
      push('scheduled', scheduled, true);
      const r = rand();
      if (r < 0.05) {
        push('no-show', scheduled + 15 * 60_000);
        continue;
      }
      const checkIn = scheduled + Math.round((rand() * 25 - 15) * 60) * 1000;
      push('checked-in', checkIn);
      const lobby = Math.round(-Math.log(1 - rand()) * 8 * 60) * 1000;
      if (r < 0.07) {
        push('left-without-being-seen', checkIn + lobby + 20 * 60_000);
        continue;
      }
      const roomed = checkIn + lobby;
      push('roomed', roomed);
      const seen = roomed + Math.round(-Math.log(1 - rand()) * 6 * 60) * 1000;
      push('seen', seen);
      push('checked-out', seen + Math.round((8 + rand() * 20) * 60) * 1000);
    }
    day.sort((a, b) => a.at - b.at);
    for (const { event } of day) {
      if (produced >= total) return;
      produced += 1;
      yield event;
    }
    dayStart += 86_400_000;
  }
}
