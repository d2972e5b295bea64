/**
 * One change to a snapshot, as a JSON patch operation (immer's patch format): what the audit
 * trail records and what undo replays.
 *
 * @example
 * ```ts
 * const patch: StatePatch = { op: 'replace', path: ['lots', 0, 'quantity'], value: 880 };
 * ```
 * @category Cross-domain
 */
export interface StatePatch {
  /** `replace`, `add` or `remove`. */
  readonly op: 'replace' | 'add' | 'remove';
  /** The path from the snapshot's root, for example `['lines', 3, 'amount']`. */
  readonly path: readonly (string | number)[];
  /** The new value, for `replace` and `add`. */
  readonly value?: unknown;
}
