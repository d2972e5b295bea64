import type { ErrorIssue } from '../../core/errors.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds `__proto__`, `constructor` and `prototype` keys anywhere in parsed JSON. */
export function findForbiddenKeys(value: unknown, path: (string | number)[] = [], found: ErrorIssue[] = []): ErrorIssue[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findForbiddenKeys(item, [...path, index], found));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) {
        found.push({
          path: [...path, key],
          message: `${[...path, key].join('.')}: the key ${JSON.stringify(key)} is not allowed`,
          expected: 'a key other than __proto__, constructor or prototype',
          received: JSON.stringify(key),
        });
      } else {
        findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], found);
      }
    }
  }
  return found;
}
