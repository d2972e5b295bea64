import type { z } from 'zod';
import { ERROR_CODES, PracticeOpsError, type ErrorIssue } from './errors.js';
import { err, ok, type Result } from './result.js';

const MAX_RECEIVED_LENGTH = 80;

/**
 * Renders any value in a short readable form for an error's `received` field.
 *
 * @param value - the value found in the input
 * @returns a short description such as `"abc"`, `-1`, `undefined` or `object`
 * @example
 * ```ts
 * describeValue(-1); // '-1'
 * ```
 * @category Errors
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    return text.length > MAX_RECEIVED_LENGTH ? `${text.slice(0, MAX_RECEIVED_LENGTH - 1)}…"` : text;
  }
  if (Array.isArray(value)) return `array(${value.length})`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return typeof value;
}

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'too_small':
      return `${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}`;
    case 'too_big':
      return `${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}`;
    case 'invalid_value':
      return issue.values.map((v) => JSON.stringify(v)).join(' | ');
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue ? `text matching ${String(issue.pattern)}` : issue.format;
    case 'unrecognized_keys':
      return 'no other keys';
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? key.toString() : key;
}

/**
 * Turns zod issues into practiceops error issues (path, message, expected, received).
 *
 * @param issues - the issues of a failed zod parse (parsed with `reportInput: true` to know what was received)
 * @param basePath - a path to put in front of each issue's own path
 * @returns the issues in practiceops form
 * @example
 * ```ts
 * const r = z.number().safeParse('x', { reportInput: true });
 * if (!r.success) toErrorIssues(r.error.issues);
 * ```
 * @category Errors
 */
export function toErrorIssues(
  issues: readonly z.core.$ZodIssue[],
  basePath: readonly (string | number)[] = [],
): ErrorIssue[] {
  return issues.map((issue) => {
    const path = [...basePath, ...issue.path.map(pathKey)];
    const expected = expectedOf(issue);
    const received =
      issue.code === 'unrecognized_keys'
        ? issue.keys.join(', ')
        : 'input' in issue
          ? describeValue(issue.input)
          : undefined;
    const where = path.length === 0 ? 'input' : path.join('.');
    return {
      path,
      message: `${where}: ${issue.message}`,
      ...(expected === undefined ? {} : { expected }),
      ...(received === undefined ? {} : { received }),
    };
  });
}

/**
 * Options for {@link parseInput} and {@link safeParseInput}.
 *
 * @category Errors
 */
export interface ParseInputOptions {
  /** A name for the input, used in the error message (for example `'problem'`). */
  readonly label?: string;
  /** A path to put in front of every issue's path. */
  readonly basePath?: readonly (string | number)[];
}

/**
 * Validates outside data against a schema and returns a Result: the parsed value, or a
 * {@link PracticeOpsError} with code `INVALID_INPUT` whose issues give path, expected and received.
 * The input is never mutated.
 *
 * @param schema - the zod schema
 * @param input - untrusted data
 * @param options - a label and base path for messages
 * @returns the parsed value or the typed error
 * @example
 * ```ts
 * const r = safeParseInput(z.number().min(0), -1, { label: 'leadTime' });
 * if (!r.ok) console.log(r.error.issues[0]); // { path: [], expected: '>= 0', received: '-1', ... }
 * ```
 * @category Errors
 */
export function safeParseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseInputOptions = {},
): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const issues = toErrorIssues(parsed.error.issues, options.basePath);
  const label = options.label ?? 'input';
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return err(
    new PracticeOpsError({
      code: ERROR_CODES.invalidInput,
      message: `Invalid ${label}: ${first?.message ?? 'does not match its schema'}${more}`,
      issues,
    }),
  );
}

/**
 * Like {@link safeParseInput} but throws the {@link PracticeOpsError} on failure.
 *
 * @param schema - the zod schema
 * @param input - untrusted data
 * @param options - a label and base path for messages
 * @returns the parsed value
 * @throws PracticeOpsError with code `INVALID_INPUT`
 * @example
 * ```ts
 * const n = parseInput(z.number(), 3); // 3
 * ```
 * @category Errors
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, options: ParseInputOptions = {}): z.output<S> {
  const result = safeParseInput(schema, input, options);
  if (result.ok) return result.value;
  throw result.error;
}
