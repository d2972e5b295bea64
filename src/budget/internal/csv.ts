/** One parsed CSV record: its cells and the file line it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Splits RFC 4180 CSV text (quoted cells, doubled quotes, CRLF or LF) into records; blank lines are skipped. */
export function splitCsv(text: string): { records: CsvRecord[]; error?: { line: number; message: string } } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRecord = (): void => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]?.trim() === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      i += 1;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) return { records, error: { line: recordLine, message: 'A quoted cell is not closed' } };
  if (cell !== '' || cells.length > 0) endRecord();
  return { records };
}

/** Normalises a header name: lower case, spaces and dashes as underscores. */
export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads an amount cell as a decimal string, never through a float: `1234.50`, `1,234.50`, `-12`,
 * `(12.00)` for a negative and an optional leading `$`, `€` or `£`.
 */
export function readAmountCell(raw: string): { ok: true; value: string } | { ok: false; message: string } {
  let text = raw.trim();
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  text = text.replace(/^[$€£]\s*/, '');
  if (text === '') return { ok: false, message: 'is empty' };
  if (GROUPED.test(text)) text = text.replace(/,/g, '');
  if (!PLAIN.test(text)) return { ok: false, message: 'is not a decimal number such as 1234.50' };
  return { ok: true, value: negative ? `-${text}` : text };
}
