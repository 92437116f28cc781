// Every CSV we publish (open data, count series, the audit log) is written here and nowhere else
// (lint keeps csv-stringify out of other files): a cell that a spreadsheet would run as a formula
// (=, +, -, @, a tab or carriage return first, also after leading spaces or control characters, or
// their full-width forms) is prefixed with an apostrophe, so a stored title like `=HYPERLINK(...)`
// reaches Excel or LibreOffice as text. Numbers stay numbers. Pure.
import { stringify as stringifyStream, type Options, type Stringifier } from "csv-stringify";
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[\s\u0000-\u001f]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** The text as a spreadsheet-safe cell. */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const SAFE = {
  cast: { string: (v: string) => defuseFormula(v), boolean: (b: boolean) => (b ? "true" : "false") },
} satisfies Options;

/** Rows (arrays in column order, or objects keyed by column) as CSV text with a header row. */
export function toCsv(rows: readonly unknown[], columns: readonly string[]): string {
  return stringify([...rows] as unknown[][], { ...SAFE, header: true, columns: [...columns] });
}

/** A streaming writer for large exports: write objects keyed by column, then end(). */
export function csvStream(columns: readonly string[]): Stringifier {
  return stringifyStream({ ...SAFE, header: true, columns: [...columns] });
}
