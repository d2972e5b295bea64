import type { RotaProblem } from '../schemas.js';

/**
 * Problems that this module produced by parsing (and checked); scoring skips re-parsing them.
 * Private: never re-exported.
 */
const parsedProblems = new WeakSet<object>();

/** Marks a parsed, cross-checked problem (deep-frozen) as trusted. */
export function markParsed(problem: RotaProblem): RotaProblem {
  deepFreeze(problem);
  parsedProblems.add(problem);
  return problem;
}

/** Whether a value is a problem this module parsed. */
export function isMarkedParsed(value: unknown): value is RotaProblem {
  return typeof value === 'object' && value !== null && parsedProblems.has(value);
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
