import {
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setLineWidth,
  setStrokingGrayscaleColor,
  stroke,
  type PDFPage,
} from 'pdf-lib';
import {
  CONTENT,
  FOLD_MARKS,
  FOOTER,
  GREY,
  pdfY,
  RULE_WIDTH,
  RUNNING_HEAD,
} from './letterGeometry';
import type { LetterPen } from './letterPen';
import type { PreparedLetter } from './letterPrepare';
import { fitLine } from './textLayout';

/** What repeats on the pages: rules, fold marks, the footer and the running head. */

/** A thin grey horizontal rule at `top` (from the top of the page). */
export function drawRule(page: PDFPage, left: number, right: number, top: number): void {
  const y = pdfY(top);
  page.pushOperators(
    pushGraphicsState(),
    setStrokingGrayscaleColor(GREY),
    setLineWidth(RULE_WIDTH),
    moveTo(left, y),
    lineTo(right, y),
    stroke(),
    popGraphicsState(),
  );
}

/** Short marks at the left edge: where to fold for a DL envelope, and the punch line. */
export function drawFoldMarks(page: PDFPage): void {
  const mark = (top: number, x2: number) => [
    moveTo(FOLD_MARKS.x1, pdfY(top)),
    lineTo(x2, pdfY(top)),
  ];
  page.pushOperators(
    pushGraphicsState(),
    setStrokingGrayscaleColor(GREY),
    setLineWidth(RULE_WIDTH),
    ...FOLD_MARKS.folds.flatMap((top) => mark(top, FOLD_MARKS.x2)),
    ...mark(FOLD_MARKS.punch, FOLD_MARKS.punchX2),
    stroke(),
    popGraphicsState(),
  );
}

const pageNumberText = (page: number, pages: number) => `Strana ${page} z ${pages}`;

/**
 * The footer: the office's contact data on the first line; the template's footer text
 * and, on a letter of several pages, "Strana 1 z 3" on the second.
 */
export function drawFooter(
  page: PDFPage,
  pen: LetterPen,
  letter: PreparedLetter,
  index: number,
  pages: number,
): void {
  const size = FOOTER.size;
  const measure = pen.face('regular').measure;
  drawRule(page, CONTENT.left, CONTENT.right, FOOTER.rule);
  const line = (text: string, top: number, width: number) => {
    if (!text) return;
    const fitted = fitLine(text, width, { size, minSize: 6 }, measure);
    const baseline = pen.baselineIn(top, fitted.size, size * 1.3);
    pen.draw(page, fitted.text, CONTENT.left, pdfY(baseline), fitted.size, 'regular');
  };
  line(letter.contactLine, FOOTER.firstLine, CONTENT.width);
  let footerWidth = CONTENT.width;
  if (pages > 1) {
    const number = pageNumberText(index + 1, pages);
    const width = pen.width(number, size, 'regular');
    const baseline = pen.baselineIn(FOOTER.secondLine, size, size * 1.3);
    pen.draw(page, number, CONTENT.right - width, pdfY(baseline), size, 'regular');
    footerWidth -= width + 12;
  }
  line(letter.footerText, FOOTER.secondLine, footerWidth);
}

/** Pages after the first name the office and the reference number, as ČSN 01 6910 asks. */
export function drawRunningHead(page: PDFPage, pen: LetterPen, letter: PreparedLetter): void {
  const size = RUNNING_HEAD.size;
  const y = pdfY(RUNNING_HEAD.baseline);
  const reference = `Č. j.: ${letter.ourRef}`;
  const referenceWidth = pen.width(reference, size, 'bold');
  pen.draw(page, reference, CONTENT.right - referenceWidth, y, size, 'bold');
  const name = fitLine(
    letter.organizationName,
    CONTENT.width - referenceWidth - 12,
    { size, minSize: 6 },
    pen.face('regular').measure,
  );
  pen.draw(page, name.text, CONTENT.left, y, name.size, 'regular');
  drawRule(page, CONTENT.left, CONTENT.right, RUNNING_HEAD.rule);
}
