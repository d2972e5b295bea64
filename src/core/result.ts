import type { PracticeOpsError } from './errors.js';

/**
 * A success carrying a value.
 *
 * @category Result
 */
export interface Ok<T> {
  /** Always true. */
  readonly ok: true;
  /** The value. */
  readonly value: T;
}

/**
 * A failure carrying an error.
 *
 * @category Result
 */
export interface Err<E = PracticeOpsError> {
  /** Always false. */
  readonly ok: false;
  /** The error. */
  readonly error: E;
}

/**
 * The outcome of an operation that can fail in an expected way (bad input, a file that does not parse).
 *
 * @category Result
 */
export type Result<T, E = PracticeOpsError> = Ok<T> | Err<E>;

/**
 * Wraps a value as a success.
 *
 * @param value - the value
 * @returns `{ ok: true, value }`
 * @example
 * ```ts
 * const r = ok(42); // { ok: true, value: 42 }
 * ```
 * @category Result
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failure.
 *
 * @param error - the error
 * @returns `{ ok: false, error }`
 * @example
 * ```ts
 * const r = err(practiceOpsError('INVALID_INPUT', 'bad'));
 * ```
 * @category Result
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * Returns the value of a success or throws the error of a failure.
 *
 * @param result - a Result
 * @returns the value
 * @throws the failure's error
 * @example
 * ```ts
 * unwrap(ok(1)); // 1
 * ```
 * @category Result
 */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw result.error;
}
