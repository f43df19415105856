// CSV with a header row (RFC 4180: quoted fields, doubled quotes, newlines inside quotes).

import type { Article } from '../article.js';
import { InputError, type SourceItem } from './errors.js';
import { articleFromRecord } from './record.js';

/** Parses CSV text into articles; each row is rejected or accepted on its own. */
export function* parseCsvArticles(text: string, origin: string): Generator<SourceItem<Article>> {
  const delimiter = detectDelimiter(text);
  const rows = parseCsvRows(text, delimiter, origin);
  const header = rows.next();
  if (header.done) throw new InputError(origin, 'CSV is empty');
  const names = header.value.fields.map((name) => name.trim());
  if (names.length < 2) throw new InputError(origin, 'CSV header has fewer than two columns');
  for (const row of rows) {
    const where = `${origin}:${row.line}`;
    if (row.fields.length === 1 && row.fields[0] === '') continue;
    if (row.fields.length !== names.length) {
      yield { ok: false, error: new InputError(where, `row has ${row.fields.length} fields, the header has ${names.length}`) };
      continue;
    }
    const record: Record<string, unknown> = {};
    names.forEach((name, i) => { record[name] = row.fields[i]; });
    try {
      yield { ok: true, value: articleFromRecord(record, 'csv', where) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { ok: false, error };
    }
  }
}

interface CsvRow {
  fields: string[];
  /** 1-based line where the row starts. */
  line: number;
}

/** Splits CSV into rows; throws InputError naming the line of an unterminated quote. */
export function* parseCsvRows(text: string, delimiter: string, origin: string): Generator<CsvRow> {
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) { field += '"'; i++; } else inQuotes = false;
      } else {
        if (c === 10) line++;
        field += text[i];
      }
      continue;
    }
    if (c === 34 && field === '') { inQuotes = true; quoteLine = line; }
    else if (c === d) { fields.push(field); field = ''; }
    else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      fields.push(field);
      yield { fields, line: rowLine };
      fields = []; field = '';
      line++; rowLine = line;
    } else field += text[i];
  }
  if (inQuotes) throw new InputError(`${origin}:${quoteLine}`, 'CSV quote opened here is never closed');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { fields, line: rowLine };
  }
}

function detectDelimiter(text: string): string {
  const newline = text.indexOf('\n');
  const firstLine = text.slice(0, newline < 0 ? 1000 : newline);
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![0];
}
