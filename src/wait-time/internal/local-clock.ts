import { epochToInstant } from '../../core/index.js';

const BUCKET_MS = 15 * 60 * 1000; // every real UTC offset change falls on a quarter hour

/** Local date and hour of instants in one zone, cached per quarter hour (bounded cache). */
export interface LocalClock {
  /** The local `YYYY-MM-DD` and hour (0..23) at an epoch. */
  readonly at: (epoch: number) => { readonly day: string; readonly hour: number };
}

/** A cached local clock for a zone. */
export function localClock(zone: string): LocalClock {
  const cache = new Map<number, { day: string; hour: number }>();
  return {
    at(epoch: number) {
      const bucket = Math.floor(epoch / BUCKET_MS);
      let hit = cache.get(bucket);
      if (hit === undefined) {
        const text = epochToInstant(bucket * BUCKET_MS, zone);
        hit = { day: text.slice(0, 10), hour: Number(text.slice(11, 13)) };
        if (cache.size > 50_000) cache.clear();
        cache.set(bucket, hit);
      }
      return hit;
    },
  };
}
