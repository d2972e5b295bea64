import { addCalendarDays, parseInput } from '../../core/index.js';
import { WaitTimeContextSchema, WaitTimeSubjectSchema, type WaitTimeContext, type WaitTimeSubject } from '../schemas.js';
import { localClock } from './local-clock.js';
import { anchorOf, toTimes, type VisitTimes } from './times.js';

/** The catalog's subject and context, parsed once and split into yesterday and today. */
export interface PreparedSubject {
  readonly zone: string;
  readonly today: string;
  readonly yesterday: string;
  readonly now: number;
  readonly yesterdayVisits: readonly VisitTimes[];
  readonly todayVisits: readonly VisitTimes[];
}

const cache = new WeakMap<object, Map<string, PreparedSubject>>();

/** Parses and splits a subject (cached per subject object and context). */
export function prepareSubject(subject: WaitTimeSubject, context: WaitTimeContext | undefined): PreparedSubject {
  const ctx = parseInput(WaitTimeContextSchema, context, { label: 'wait-time context', basePath: ['context'] });
  const key = `${ctx.today}|${ctx.now}`;
  const byContext = cache.get(subject);
  const hit = byContext?.get(key);
  if (hit !== undefined) return hit;
  const s = parseInput(WaitTimeSubjectSchema, subject, { label: 'wait-time subject', basePath: ['subject'] });
  const clock = localClock(s.zone);
  const yesterday = addCalendarDays(ctx.today, -1);
  const yesterdayVisits: VisitTimes[] = [];
  const todayVisits: VisitTimes[] = [];
  for (const visit of s.visits) {
    const t = toTimes(visit);
    const anchor = anchorOf(t);
    if (Number.isNaN(anchor)) continue;
    const day = clock.at(anchor).day;
    if (day === yesterday) yesterdayVisits.push(t);
    else if (day === ctx.today) todayVisits.push(t);
  }
  const prepared: PreparedSubject = {
    zone: s.zone,
    today: ctx.today,
    yesterday,
    now: Date.parse(ctx.now),
    yesterdayVisits,
    todayVisits,
  };
  const map = byContext ?? new Map<string, PreparedSubject>();
  map.set(key, prepared);
  if (byContext === undefined) cache.set(subject, map);
  return prepared;
}

/** Rounds for messages. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;
