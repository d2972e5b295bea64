import { compileTemplate } from './internal/template.js';

/**
 * Fills a message template's `{name}` placeholders from data. Unknown placeholders stay as written.
 *
 * @param template - for example `'{staff} works {days} days in a row'`
 * @param data - values for the placeholders
 * @returns the rendered sentence
 * @example
 * ```ts
 * formatMessage('{staff} is over by {minutes} min', { staff: 'Ana', minutes: 30 }); // 'Ana is over by 30 min'
 * ```
 * @category Messages
 */
export function formatMessage(template: string, data: Readonly<Record<string, unknown>>): string {
  return compileTemplate(template)(data);
}
