import {
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  setLineWidth,
  setStrokingGrayscaleColor,
  stroke,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { formatOfficeDateTime } from '../../../common/domain/time';
import { mm, type Pen, type Weight } from './pen';
import { wrapText } from './textLayout';

/**
 * The printed tables (the journal, the daily transaction log): a title block the
 * caller draws, a header row repeated on every page, rows that wrap inside their
 * cells and never split across pages, stripes, rules and a footer with the print
 * time and "Strana x z y".
 */

export interface PageGeometry {
  width: number;
  height: number;
  margin: number;
}

export interface TextStyle {
  size: number;
  lineHeight: number;
}

export const TABLE_BODY: TextStyle = { size: 7.5, lineHeight: 9.2 };
const HEAD = { size: 7, lineHeight: 8.6, maxLines: 3 };
const PADDING = 2.2;
export const TABLE_FOOTER = { size: 7.5, height: 14 };
const RULE = { width: 0.4, gray: 0.55 };
const HEADER_FILL = 0.88;
const STRIPE_FILL = 0.955;

interface Column {
  x: number;
  width: number;
}

export interface LaidOutRow {
  cells: string[][];
  height: number;
}

export interface TableFrame {
  page: PageGeometry;
  columns: Column[];
  headerCells: string[][];
  headerRowHeight: number;
  /** Top of the column-header row. */
  tableTop: number;
  /** Where rows start and must end. */
  bodyTop: number;
  bodyBottom: number;
}

export interface TableSpec {
  page: PageGeometry;
  /** Shares of the table width per column; they sum to 1. */
  shares: readonly number[];
  headers: readonly string[];
  /** Height of the caller's title block above the table. */
  titleHeight: number;
}

export function layoutTable(pen: Pen, spec: TableSpec): TableFrame {
  const { width, height, margin } = spec.page;
  let x = margin;
  const columns = spec.shares.map((share) => {
    const column = { x, width: share * (width - 2 * margin) };
    x += column.width;
    return column;
  });
  const headerCells = columns.map((column, index) =>
    wrapText(
      pen.printable(spec.headers[index] ?? '', 'bold'),
      column.width - 2 * PADDING,
      HEAD.size,
      pen.face('bold').measure,
      HEAD.maxLines,
    ),
  );
  const headerLines = Math.max(1, ...headerCells.map((lines) => lines.length));
  const headerRowHeight = headerLines * HEAD.lineHeight + 2 * PADDING;
  const tableTop = height - margin - spec.titleHeight;
  return {
    page: spec.page,
    columns,
    headerCells,
    headerRowHeight,
    tableTop,
    bodyTop: tableTop - headerRowHeight,
    bodyBottom: margin + TABLE_FOOTER.height,
  };
}

/** Wraps each cell's text (one string per column) to its column. */
export function layoutRows(
  pen: Pen,
  frame: TableFrame,
  rows: ReadonlyArray<readonly string[]>,
): LaidOutRow[] {
  const measure = pen.face('regular').measure;
  // A row must fit on one page, so no cell may hold more lines than a page body.
  const maxLines = Math.floor(
    (frame.bodyTop - frame.bodyBottom - 2 * PADDING) / TABLE_BODY.lineHeight,
  );
  return rows.map((row) => {
    const cells = frame.columns.map((column, index) =>
      wrapText(
        pen.printable(row[index] ?? '', 'regular'),
        column.width - 2 * PADDING,
        TABLE_BODY.size,
        measure,
        maxLines,
      ),
    );
    const lines = Math.max(1, ...cells.map((lines) => lines.length));
    return { cells, height: lines * TABLE_BODY.lineHeight + 2 * PADDING };
  });
}

/** Rows grouped by page; a row that does not fit on a page moves whole to the next. */
export function paginate(rows: LaidOutRow[], frame: TableFrame): LaidOutRow[][] {
  const pages: LaidOutRow[][] = [[]];
  let room = frame.bodyTop - frame.bodyBottom;
  for (const row of rows) {
    const current = pages[pages.length - 1] ?? [];
    if (row.height > room && current.length > 0) {
      pages.push([row]);
      room = frame.bodyTop - frame.bodyBottom - row.height;
    } else {
      current.push(row);
      room -= row.height;
    }
  }
  return pages;
}

function drawCellLines(
  pen: Pen,
  page: PDFPage,
  cell: string[],
  column: Column,
  top: number,
  style: TextStyle,
  weight: Weight,
): void {
  const ascent = pen.face(weight).ascent * style.size;
  cell.forEach((line, index) => {
    const baseline = top - PADDING - ascent - index * style.lineHeight;
    pen.draw(page, line, column.x + PADDING, baseline, style.size, weight);
  });
}

/** Backgrounds and rules of one page's table, drawn beneath the text. */
function tableGraphics(frame: TableFrame, rows: LaidOutRow[]): PDFOperator[] {
  const { margin, width } = frame.page;
  const left = frame.columns[0]?.x ?? margin;
  const right = width - margin;
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(HEADER_FILL)];
  ops.push(rectangle(left, frame.bodyTop, right - left, frame.headerRowHeight), fill());

  let top = frame.bodyTop;
  const stripes: PDFOperator[] = [];
  const rules: PDFOperator[] = [];
  rows.forEach((row, index) => {
    const bottom = top - row.height;
    if (index % 2 === 1) stripes.push(rectangle(left, bottom, right - left, row.height));
    rules.push(moveTo(left, bottom), lineTo(right, bottom));
    top = bottom;
  });
  if (stripes.length > 0) ops.push(setFillingGrayscaleColor(STRIPE_FILL), ...stripes, fill());

  ops.push(setStrokingGrayscaleColor(RULE.gray), setLineWidth(RULE.width));
  ops.push(moveTo(left, frame.tableTop), lineTo(right, frame.tableTop));
  ops.push(moveTo(left, frame.bodyTop), lineTo(right, frame.bodyTop), ...rules);
  for (const column of frame.columns) {
    ops.push(moveTo(column.x, frame.tableTop), lineTo(column.x, top));
  }
  ops.push(moveTo(right, frame.tableTop), lineTo(right, top));
  const footerRule = margin + TABLE_FOOTER.height - 3;
  ops.push(moveTo(left, footerRule), lineTo(right, footerRule), stroke(), popGraphicsState());
  return ops;
}

/**
 * One page of the table: graphics, the header row and the rows. Returns the y where
 * the last row ends (for a note below an empty table).
 */
export function drawTablePage(
  pen: Pen,
  page: PDFPage,
  frame: TableFrame,
  rows: LaidOutRow[],
): number {
  page.pushOperators(...tableGraphics(frame, rows));
  frame.columns.forEach((column, index) =>
    drawCellLines(pen, page, frame.headerCells[index] ?? [], column, frame.tableTop, HEAD, 'bold'),
  );
  let top = frame.bodyTop;
  for (const row of rows) {
    frame.columns.forEach((column, index) =>
      drawCellLines(pen, page, row.cells[index] ?? [], column, top, TABLE_BODY, 'regular'),
    );
    top -= row.height;
  }
  return top;
}

/** A note where the rows would be (an empty period, an empty day). */
export function drawEmptyNote(
  pen: Pen,
  page: PDFPage,
  frame: TableFrame,
  top: number,
  text: string,
) {
  pen.draw(page, text, frame.page.margin + PADDING, top - 20, 10, 'regular');
}

/** "Vytištěno …" on the left, "Strana x z y" on the right. */
export function drawFooter(
  pen: Pen,
  page: PDFPage,
  geometry: PageGeometry,
  printed: string,
  pageNumber: number,
  pageCount: number,
): void {
  const { width, margin } = geometry;
  const baseline = margin + pen.face('regular').descent * TABLE_FOOTER.size;
  const pageLabel = `Strana ${pageNumber} z ${pageCount}`;
  const pageLabelWidth = pen.width(pageLabel, TABLE_FOOTER.size, 'regular');
  pen.draw(
    page,
    pageLabel,
    width - margin - pageLabelWidth,
    baseline,
    TABLE_FOOTER.size,
    'regular',
  );
  const fitted = pen.fit(
    printed,
    width - 2 * margin - pageLabelWidth - mm(5),
    { size: TABLE_FOOTER.size, minSize: 6 },
    'regular',
  );
  pen.draw(page, fitted.text, margin, baseline, fitted.size, 'regular');
}

/** "Vytištěno 1. 4. 2026 09:30:05" in office time; the clock's time if the caller's is unreadable. */
export function printedLabel(generatedAt: string, now: Date): string {
  const iso = Number.isNaN(Date.parse(generatedAt)) ? now.toISOString() : generatedAt;
  return `Vytištěno ${formatOfficeDateTime(iso)}`;
}
