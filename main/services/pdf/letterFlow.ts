import type { PDFDocument, PDFPage } from 'pdf-lib';
import { FLOW, PAGE, pdfY } from './letterGeometry';
import { placeLine, type Align, type LaidLine } from './letterLayout';
import type { LetterPen } from './letterPen';

/**
 * The running text of a letter, flowing from page to page: a cursor (distance from the
 * top of the page) that starts a new page when the next piece does not fit.
 */
export class PageFlow {
  readonly pages: PDFPage[];
  page: PDFPage;
  top: number;

  constructor(
    private readonly doc: PDFDocument,
    first: PDFPage,
    firstTop: number,
  ) {
    this.pages = [first];
    this.page = first;
    this.top = firstTop;
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  /** True right after a page break, where spacing before a piece is dropped. */
  private atPageStart = false;

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.top = FLOW.nextTop;
    this.atPageStart = true;
  }

  /** Makes room for `height` (a new page when it does not fit; a fresh page takes anything). */
  ensure(height: number): void {
    if (this.top + height > FLOW.bottom && !this.atPageStart) this.newPage();
  }

  advance(height: number): void {
    this.top += height;
    this.atPageStart = false;
  }

  /** Vertical space between pieces; none at the top of a page. */
  gap(height: number): void {
    if (this.atPageStart) return;
    if (this.top + height > FLOW.bottom) this.newPage();
    else this.top += height;
  }
}

export interface TextStyle {
  size: number;
  leading: number;
}

/** Draws one laid line at the cursor and moves past it. */
export function drawLaidLine(
  flow: PageFlow,
  pen: LetterPen,
  line: LaidLine,
  box: { left: number; width: number; align?: Align },
  style: TextStyle,
): void {
  flow.ensure(style.leading);
  const baseline = pen.baselineIn(flow.top, style.size, style.leading);
  pen.drawLine(
    flow.page,
    placeLine(line, box.left, box.width, box.align ?? 'left'),
    pdfY(baseline),
    style.size,
  );
  flow.advance(style.leading);
}
