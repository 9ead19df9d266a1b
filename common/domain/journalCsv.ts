/**
 * The journal as CSV for Czech Excel: UTF-8 with a byte order mark (without it Excel
 * reads the file as cp1250 and mangles "ř"), `;` between cells (the Czech list
 * separator), CRLF line ends and RFC 4180 quoting. Pure: the renderer supplies the
 * translated header and the cell texts.
 */

export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';
export const CSV_BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and CR,
 * that some programs strip before doing so). A subject like `=HYPERLINK(…)` from a
 * letter must stay text: the cell gets a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: neutralised, then quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string | number | null | undefined): string {
  const text = neutraliseFormula(value === null || value === undefined ? '' : String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

/** The whole file as text: BOM, header, rows, each line ended by CRLF. */
export function journalCsvText(
  header: ReadonlyArray<string>,
  rows: Iterable<ReadonlyArray<string | number | null | undefined>>,
): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return CSV_BOM + lines.join(CSV_LINE_END) + CSV_LINE_END;
}

/** The file's bytes (UTF-8; the BOM is part of the text). */
export function journalCsvBytes(
  header: ReadonlyArray<string>,
  rows: Iterable<ReadonlyArray<string | number | null | undefined>>,
): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(journalCsvText(header, rows));
}
