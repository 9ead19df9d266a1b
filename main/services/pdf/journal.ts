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
import {
  journalPdfRowSchema,
  type JournalPdfInput,
  type JournalPdfRow,
  type RenderedPdf,
} from '../../../common/contract/types';
import { formatOfficeDateTime } from '../../../common/domain/time';
import { createDocument } from './documentInfo';
import { journalFileName } from './fileNames';
import { embedFonts, type FontSet } from './fonts';
import { mm, Pen } from './pen';
import { wrapText } from './textLayout';

/** A4 landscape. */
export const JOURNAL_PAGE = { width: 841.89, height: 595.28, margin: mm(10) } as const;

export const EMPTY_JOURNAL_MESSAGE = 'V zadaném období nejsou žádné dokumenty.';

/** Row fields in the order of `input.columns`. */
export const JOURNAL_FIELDS = Object.keys(journalPdfRowSchema.shape) as ReadonlyArray<
  keyof JournalPdfRow
>;

// Shares of the table width: the free-text columns (sender/addressee, subject) get
// the most, short codes the least; the sum is 1.
const COLUMN_SHARES = [0.09, 0.085, 0.065, 0.19, 0.225, 0.09, 0.06, 0.05, 0.085, 0.06];

const BODY = { size: 7.5, lineHeight: 9.2 };
const HEAD = { size: 7, lineHeight: 8.6, maxLines: 3 };
const PADDING = 2.2;
const FOOTER = { size: 7.5, height: 14 };
const RULE = { width: 0.4, gray: 0.55 };
const HEADER_FILL = 0.88;
const STRIPE_FILL = 0.955;

interface Column {
  x: number;
  width: number;
}

interface LaidOutRow {
  cells: string[][];
  height: number;
}

interface Frame {
  columns: Column[];
  headerCells: string[][];
  headerRowHeight: number;
  /** Top of the column-header row. */
  tableTop: number;
  /** Where rows start and must end. */
  bodyTop: number;
  bodyBottom: number;
}

function columnsFor(left: number, width: number): Column[] {
  let x = left;
  return COLUMN_SHARES.map((share) => {
    const column = { x, width: share * width };
    x += column.width;
    return column;
  });
}

/** Height of the page title block (organisation, title and period). */
function titleBlockHeight(pen: Pen): number {
  const { ascent, descent } = pen.face('bold');
  return (ascent + descent) * 9 + 3 + (ascent + descent) * 14 + 6;
}

function layoutFrame(pen: Pen, input: JournalPdfInput): Frame {
  const { width, height, margin } = JOURNAL_PAGE;
  const columns = columnsFor(margin, width - 2 * margin);
  const headerCells = columns.map((column, index) =>
    wrapText(
      pen.printable(input.columns[index] ?? '', 'bold'),
      column.width - 2 * PADDING,
      HEAD.size,
      pen.face('bold').measure,
      HEAD.maxLines,
    ),
  );
  const headerLines = Math.max(1, ...headerCells.map((lines) => lines.length));
  const headerRowHeight = headerLines * HEAD.lineHeight + 2 * PADDING;
  const tableTop = height - margin - titleBlockHeight(pen);
  return {
    columns,
    headerCells,
    headerRowHeight,
    tableTop,
    bodyTop: tableTop - headerRowHeight,
    bodyBottom: margin + FOOTER.height,
  };
}

function layoutRows(pen: Pen, rows: JournalPdfRow[], frame: Frame): LaidOutRow[] {
  const measure = pen.face('regular').measure;
  // A row must fit on one page, so no cell may hold more lines than a page body.
  const maxLines = Math.floor((frame.bodyTop - frame.bodyBottom - 2 * PADDING) / BODY.lineHeight);
  return rows.map((row) => {
    const cells = frame.columns.map((column, index) => {
      const field = JOURNAL_FIELDS[index] ?? 'referenceNumber';
      const text = pen.printable(row[field], 'regular');
      return wrapText(text, column.width - 2 * PADDING, BODY.size, measure, maxLines);
    });
    const lines = Math.max(1, ...cells.map((lines) => lines.length));
    return { cells, height: lines * BODY.lineHeight + 2 * PADDING };
  });
}

/** Rows grouped by page; a row that does not fit on a page moves whole to the next. */
function paginate(rows: LaidOutRow[], frame: Frame): LaidOutRow[][] {
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

interface PageText {
  organization: string;
  title: string;
  period: string;
  printed: string;
}

function drawTitleBlock(pen: Pen, page: PDFPage, text: PageText): void {
  const { width, height, margin } = JOURNAL_PAGE;
  const contentWidth = width - 2 * margin;
  const bold = pen.face('bold');
  const organization = pen.fit(text.organization, contentWidth, { size: 9, minSize: 7 }, 'bold');
  const organizationBaseline = height - margin - bold.ascent * 9;
  pen.draw(page, organization.text, margin, organizationBaseline, organization.size, 'bold');

  const titleBaseline = organizationBaseline - bold.descent * 9 - 3 - bold.ascent * 14;
  const period = pen.fit(text.period, contentWidth * 0.4, { size: 10, minSize: 7 }, 'regular');
  const periodWidth = pen.width(period.text, period.size, 'regular');
  pen.draw(
    page,
    period.text,
    margin + contentWidth - periodWidth,
    titleBaseline,
    period.size,
    'regular',
  );
  const titleWidth = contentWidth - periodWidth - mm(5);
  const title = pen.fit(text.title, titleWidth, { size: 14, minSize: 9 }, 'bold');
  pen.draw(page, title.text, margin, titleBaseline, title.size, 'bold');
}

function drawCellLines(
  pen: Pen,
  page: PDFPage,
  cell: string[],
  column: Column,
  top: number,
  style: { size: number; lineHeight: number },
  weight: 'regular' | 'bold',
): void {
  const ascent = pen.face(weight).ascent * style.size;
  cell.forEach((line, index) => {
    const baseline = top - PADDING - ascent - index * style.lineHeight;
    pen.draw(page, line, column.x + PADDING, baseline, style.size, weight);
  });
}

function drawFooter(
  pen: Pen,
  page: PDFPage,
  text: PageText,
  pageNumber: number,
  pageCount: number,
) {
  const { width, margin } = JOURNAL_PAGE;
  const baseline = margin + pen.face('regular').descent * FOOTER.size;
  const pageLabel = `Strana ${pageNumber} z ${pageCount}`;
  const pageLabelWidth = pen.width(pageLabel, FOOTER.size, 'regular');
  pen.draw(page, pageLabel, width - margin - pageLabelWidth, baseline, FOOTER.size, 'regular');
  const printed = pen.fit(
    text.printed,
    width - 2 * margin - pageLabelWidth - mm(5),
    { size: FOOTER.size, minSize: 6 },
    'regular',
  );
  pen.draw(page, printed.text, margin, baseline, printed.size, 'regular');
}

/** Backgrounds and rules of one page's table, drawn beneath the text. */
function tableGraphics(frame: Frame, rows: LaidOutRow[]): PDFOperator[] {
  const left = frame.columns[0]?.x ?? JOURNAL_PAGE.margin;
  const right = JOURNAL_PAGE.width - JOURNAL_PAGE.margin;
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
  const footerRule = JOURNAL_PAGE.margin + FOOTER.height - 3;
  ops.push(moveTo(left, footerRule), lineTo(right, footerRule), stroke(), popGraphicsState());
  return ops;
}

function officeTimeOr(iso: string, fallback: Date): string {
  return formatOfficeDateTime(Number.isNaN(Date.parse(iso)) ? fallback.toISOString() : iso);
}

export async function renderJournal(
  input: JournalPdfInput,
  fonts: FontSet,
  now: Date,
): Promise<RenderedPdf> {
  const doc = await createDocument({
    title: `${input.title} — ${input.periodLabel}`,
    author: input.organizationName,
    subject: 'Podací deník',
    createdAt: now,
  });
  const pen = new Pen(fonts, await embedFonts(doc, fonts));
  const frame = layoutFrame(pen, input);
  const pages = paginate(layoutRows(pen, input.rows, frame), frame);
  const text: PageText = {
    organization: input.organizationName,
    title: input.title,
    period: input.periodLabel,
    printed: `Vytištěno ${officeTimeOr(input.generatedAt, now)}`,
  };

  pages.forEach((rows, pageIndex) => {
    const page = doc.addPage([JOURNAL_PAGE.width, JOURNAL_PAGE.height]);
    page.pushOperators(...tableGraphics(frame, rows));
    drawTitleBlock(pen, page, text);
    frame.columns.forEach((column, index) =>
      drawCellLines(
        pen,
        page,
        frame.headerCells[index] ?? [],
        column,
        frame.tableTop,
        HEAD,
        'bold',
      ),
    );
    let top = frame.bodyTop;
    for (const row of rows) {
      frame.columns.forEach((column, index) =>
        drawCellLines(pen, page, row.cells[index] ?? [], column, top, BODY, 'regular'),
      );
      top -= row.height;
    }
    if (input.rows.length === 0) {
      pen.draw(page, EMPTY_JOURNAL_MESSAGE, JOURNAL_PAGE.margin + PADDING, top - 20, 10, 'regular');
    }
    drawFooter(pen, page, text, pageIndex + 1, pages.length);
  });

  return {
    pdf: await doc.save(),
    fileName: journalFileName(input.periodLabel),
    pages: pages.length,
  };
}
