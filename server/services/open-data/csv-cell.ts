// A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP): a quote in front
// makes it text again. Numbers are written as numbers and never need it; a negative number is text here.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell a spreadsheet shows as written, never runs. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
