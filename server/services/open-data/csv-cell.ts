// A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP): a quote in front
// makes it text again. Numbers are written as numbers and never need it; a negative number is text here.
const FORMULA_START = /^[=+\-@\t\r]/;
// RFC 4180: a field holding a quote, a comma or a line break goes in quotes, its quotes doubled.
const NEEDS_QUOTES = /[",\r\n]/;

/** A CSV cell a spreadsheet shows as written, never runs. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV record (RFC 4180, `\n`-terminated) of neutralised cells; empty for null. Byte for byte what
 * csv-stringify writes (csv-cell.test.ts holds it to that), at a fraction of its cost: a million-row export
 * spent most of its time in csv-stringify's per-field options.
 */
export function csvRecord(cells: readonly (string | number | null)[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i > 0) line += ',';
    if (cell === null || cell === undefined) continue;
    if (typeof cell === 'number') {
      line += String(cell);
      continue;
    }
    const text = neutraliseCell(cell);
    line += NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }
  return `${line}\n`;
}
