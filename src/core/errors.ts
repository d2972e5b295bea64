/**
 * The stable error codes of practiceops. Apps may switch on them; they never change meaning.
 *
 * @example
 * ```ts
 * if (error.code === ERROR_CODES.invalidInput) showIssues(error.issues);
 * ```
 * @category Errors
 */
export const ERROR_CODES = {
  /** Input failed its schema: see `issues` for the path, expected and received value. */
  invalidInput: 'INVALID_INPUT',
  /** Two amounts in different currencies were combined. */
  currencyMismatch: 'CURRENCY_MISMATCH',
  /** A currency code is not in the ISO 4217 table. */
  unknownCurrency: 'UNKNOWN_CURRENCY',
  /** An IANA time zone name is not known to the runtime. */
  unknownTimeZone: 'UNKNOWN_TIME_ZONE',
  /** A policy names a rule that the catalog does not have. */
  unknownRule: 'UNKNOWN_RULE',
  /** A reference points at something that does not exist (an unknown staff id, item, shift type...). */
  unknownReference: 'UNKNOWN_REFERENCE',
  /** A text file (benchmark instance, CSV) could not be read; `issues` name the line. */
  malformedFile: 'MALFORMED_FILE',
  /** A value is outside the domain of a formula (for example a negative lead time). */
  outOfDomain: 'OUT_OF_DOMAIN',
  /** Data that is well-formed but contradicts itself (overlapping leave, expiry before issue). */
  conflict: 'CONFLICT',
  /** An operation was cancelled through an AbortSignal. */
  aborted: 'ABORTED',
  /** An optional peer dependency is not installed. */
  missingDependency: 'MISSING_DEPENDENCY',
} as const;

/**
 * One of the stable error codes in {@link ERROR_CODES}.
 *
 * @category Errors
 */
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/**
 * One problem found in an input: where it is, what was expected there and what was found.
 *
 * @category Errors
 */
export interface ErrorIssue {
  /** Where the problem is: object keys and array indexes from the root of the input, or `['line', n]` for text files. */
  readonly path: readonly (string | number)[];
  /** A readable sentence. */
  readonly message: string;
  /** What was expected, in words or as a type name. */
  readonly expected?: string;
  /** What was found, shortened to a readable form. */
  readonly received?: string;
}

/**
 * Everything needed to build a {@link PracticeOpsError}.
 *
 * @category Errors
 */
export interface PracticeOpsErrorInit {
  /** The stable error code. */
  readonly code: ErrorCode;
  /** A readable sentence. */
  readonly message: string;
  /** The individual problems; defaults to one issue at the root. */
  readonly issues?: readonly ErrorIssue[];
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The one error class of practiceops. Every failure that the library reports carries a stable
 * `code` and a list of `issues`, each with a path, the expected and the received value.
 *
 * @example
 * ```ts
 * import { PracticeOpsError, isPracticeOpsError } from 'practiceops';
 * try {
 *   // ...
 * } catch (error) {
 *   if (isPracticeOpsError(error) && error.code === 'INVALID_INPUT') console.log(error.issues);
 * }
 * ```
 * @category Errors
 */
export class PracticeOpsError extends Error {
  /** The stable error code. */
  readonly code: ErrorCode;
  /** The individual problems, each with a path. */
  readonly issues: readonly ErrorIssue[];
  /** The path of the first issue, for convenience. */
  readonly path: readonly (string | number)[];
  /** What the first issue expected. */
  readonly expected: string | undefined;
  /** What the first issue received. */
  readonly received: string | undefined;

  /**
   * @param init - the code, message, issues and cause
   */
  constructor(init: PracticeOpsErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'PracticeOpsError';
    this.code = init.code;
    this.issues = init.issues ?? [{ path: [], message: init.message }];
    const first = this.issues[0];
    this.path = first?.path ?? [];
    this.expected = first?.expected;
    this.received = first?.received;
  }

  /**
   * A plain-data view, for logs and JSON responses.
   *
   * @returns the name, code, message and issues
   */
  toJSON(): { name: string; code: ErrorCode; message: string; issues: readonly ErrorIssue[] } {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues };
  }
}

/**
 * Whether a value is a {@link PracticeOpsError}, optionally with a given code.
 *
 * @param value - anything caught
 * @param code - an error code to match
 * @returns true when `value` is a PracticeOpsError (with that code)
 * @example
 * ```ts
 * isPracticeOpsError(new Error('x')); // false
 * ```
 * @category Errors
 */
export function isPracticeOpsError(value: unknown, code?: ErrorCode): value is PracticeOpsError {
  return value instanceof PracticeOpsError && (code === undefined || value.code === code);
}

/**
 * Shorthand for a one-issue {@link PracticeOpsError}.
 *
 * @param code - the error code
 * @param message - a readable sentence
 * @param issue - where and what: the path, expected and received value
 * @returns the error, ready to throw or wrap in a Result
 * @example
 * ```ts
 * throw practiceOpsError('OUT_OF_DOMAIN', 'Lead time must not be negative', { path: ['leadTime'], expected: '>= 0', received: '-1' });
 * ```
 * @category Errors
 */
export function practiceOpsError(
  code: ErrorCode,
  message: string,
  issue: Omit<ErrorIssue, 'message'> & { message?: string } = { path: [] },
): PracticeOpsError {
  return new PracticeOpsError({ code, message, issues: [{ ...issue, message: issue.message ?? message }] });
}
