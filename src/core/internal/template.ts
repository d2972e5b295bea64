/** A message template compiled once into a function that fills its `{placeholders}`. */
export type CompiledTemplate = (data: Readonly<Record<string, unknown>>) => string;

/** Compiles `'{staff} rests {minutes} min'` into a fast string builder. */
export function compileTemplate(template: string): CompiledTemplate {
  const literals: string[] = [];
  const keys: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    literals.push(template.slice(last, match.index));
    keys.push(match[1] ?? '');
    last = match.index + match[0].length;
  }
  const tail = template.slice(last);
  if (keys.length === 0) return () => template;
  return (data) => {
    let text = '';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const found = data[key];
      const value = found !== undefined && Object.hasOwn(data, key) ? found : undefined;
      text += (literals[i] as string) + (value === undefined ? `{${key}}` : String(value));
    }
    return text + tail;
  };
}
