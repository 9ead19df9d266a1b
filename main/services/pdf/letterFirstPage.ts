import type { PDFPage } from 'pdf-lib';
import type { LetterLayout } from '../../../common/letters/model';
import { ADDRESS, CONTENT, FLOW, LETTERHEAD, pdfY, REFERENCES } from './letterGeometry';
import { drawLogo, logoSize, type EmbeddedLogo } from './letterLogo';
import type { LetterPen } from './letterPen';
import type { LabelValue, PreparedLetter } from './letterPrepare';
import { drawRule } from './letterFrame';
import { fitLine, wrapText } from './textLayout';

/** Letterhead, address and reference data: the parts of page 1 with fixed places. */

type Align = 'left' | 'center';

function drawFitted(
  page: PDFPage,
  pen: LetterPen,
  text: string,
  box: { left: number; width: number; align: Align },
  top: number,
  sizes: { size: number; minSize: number; leading: number },
  style: 'regular' | 'bold',
): void {
  const fitted = fitLine(text, box.width, sizes, pen.face(style).measure);
  const width = pen.width(fitted.text, fitted.size, style);
  const x = box.align === 'center' ? box.left + (box.width - width) / 2 : box.left;
  const baseline = pen.baselineIn(top, fitted.size, sizes.leading, style);
  pen.draw(page, fitted.text, x, pdfY(baseline), fitted.size, style);
}

/** The letterhead: logo, the office's name and postal address, and a rule beneath. */
export function drawLetterhead(
  page: PDFPage,
  pen: LetterPen,
  letter: PreparedLetter,
  logo: EmbeddedLogo | null,
): void {
  const centered = letter.layout.headerStyle === 'centered';
  let box = {
    left: CONTENT.left,
    width: CONTENT.width,
    align: (centered ? 'center' : 'left') as Align,
  };
  if (logo) {
    const size = logoSize(logo, LETTERHEAD.logoMaxWidth, LETTERHEAD.logoMaxHeight);
    drawLogo(page, logo, CONTENT.left, pdfY(LETTERHEAD.top + size.height), size);
    const reserve = size.width + LETTERHEAD.logoGap;
    // Centred text stays centred on the page: the logo's room is kept free on both sides.
    box = centered
      ? { left: CONTENT.left + reserve, width: CONTENT.width - 2 * reserve, align: 'center' }
      : { left: CONTENT.left + reserve, width: CONTENT.width - reserve, align: 'left' };
  }
  let top = LETTERHEAD.top;
  const nameLeading = LETTERHEAD.nameSize * 1.35;
  drawFitted(
    page,
    pen,
    letter.organizationName,
    box,
    top,
    { size: LETTERHEAD.nameSize, minSize: 9, leading: nameLeading },
    'bold',
  );
  top += nameLeading;
  for (const line of letter.letterheadLines) {
    drawFitted(
      page,
      pen,
      line,
      box,
      top,
      { size: LETTERHEAD.lineSize, minSize: 7, leading: LETTERHEAD.lineLeading },
      'regular',
    );
    top += LETTERHEAD.lineLeading;
  }
  drawRule(page, CONTENT.left, CONTENT.right, LETTERHEAD.rule);
}

/**
 * The address in the window's zone: at most six lines. A long line wraps while the
 * six lines last (the type shrinks a little first); nothing is cut unless even that fails.
 */
export function drawAddress(page: PDFPage, pen: LetterPen, lines: string[], layout: LetterLayout) {
  const x = ADDRESS.x[layout.addressWindow];
  const measure = pen.face('regular').measure;
  let size: number = ADDRESS.size;
  let wrapped = lines.flatMap((line) => wrapText(line, ADDRESS.width, size, measure));
  while (wrapped.length > ADDRESS.maxLines && size > ADDRESS.minSize) {
    size -= 0.5;
    wrapped = lines.flatMap((line) => wrapText(line, ADDRESS.width, size, measure));
  }
  if (wrapped.length > ADDRESS.maxLines) {
    wrapped = lines
      .slice(0, ADDRESS.maxLines)
      .map((line) => fitLine(line, ADDRESS.width, { size, minSize: 7 }, measure).text);
  }
  wrapped.forEach((line, index) => {
    const top = ADDRESS.zoneTop + index * ADDRESS.pitch;
    const fitted = fitLine(line, ADDRESS.width, { size, minSize: 7 }, measure);
    const baseline = pen.baselineIn(top, fitted.size, ADDRESS.pitch);
    pen.draw(page, fitted.text, x, pdfY(baseline), fitted.size, 'regular');
  });
}

/** The reference data as a column beside the address; returns where it ends. */
function drawReferenceColumn(
  page: PDFPage,
  pen: LetterPen,
  references: LabelValue[],
  layout: LetterLayout,
): number {
  const left = layout.addressWindow === 'right' ? CONTENT.left : ADDRESS.x.right;
  const right =
    layout.addressWindow === 'right' ? ADDRESS.x.right - REFERENCES.gapToAddress : CONTENT.right;
  const valueLeft = left + REFERENCES.labelWidth;
  let top = ADDRESS.zoneTop;
  for (const { label, value } of references) {
    const labelBaseline = pen.baselineIn(top, REFERENCES.labelSize, REFERENCES.pitch);
    pen.draw(page, label, left, pdfY(labelBaseline), REFERENCES.labelSize, 'regular');
    const fitted = fitLine(
      value,
      right - valueLeft,
      { size: REFERENCES.valueSize, minSize: REFERENCES.minValueSize },
      pen.face('regular').measure,
    );
    // Label and value share the baseline whatever their sizes.
    pen.draw(page, fitted.text, valueLeft, pdfY(labelBaseline), fitted.size, 'regular');
    top += REFERENCES.pitch;
  }
  return top;
}

/** The reference data as a row of captioned cells under the address field. */
function drawReferenceRow(page: PDFPage, pen: LetterPen, references: LabelValue[]): number {
  const captions = references.map(({ label }) => label.replace(/:$/, ''));
  const natural = references.map((item, index) =>
    Math.max(
      pen.width(captions[index] ?? '', REFERENCES.labelSize, 'regular'),
      pen.width(item.value, REFERENCES.valueSize, 'regular'),
    ),
  );
  const gaps = REFERENCES.rowGap * Math.max(0, references.length - 1);
  const sum = natural.reduce((total, width) => total + width, 0);
  const room = CONTENT.width - gaps;
  // Spare room is shared out evenly; a row too long shrinks every cell in proportion.
  const widths =
    sum <= room
      ? natural.map((width) => width + (room - sum) / natural.length)
      : natural.map((width) => (width * room) / sum);
  const top = REFERENCES.rowTop;
  const captionLeading = REFERENCES.labelSize * 1.3;
  const captionBaseline = pen.baselineIn(top, REFERENCES.labelSize, captionLeading);
  const valueBaseline = pen.baselineIn(
    top + captionLeading,
    REFERENCES.valueSize,
    REFERENCES.pitch,
  );
  let x = CONTENT.left;
  references.forEach((item, index) => {
    const width = widths[index] ?? 0;
    const caption = fitLine(
      captions[index] ?? '',
      width,
      { size: REFERENCES.labelSize, minSize: 6 },
      pen.face('regular').measure,
    );
    pen.draw(page, caption.text, x, pdfY(captionBaseline), caption.size, 'regular');
    const value = fitLine(
      item.value,
      width,
      { size: REFERENCES.valueSize, minSize: REFERENCES.minValueSize },
      pen.face('regular').measure,
    );
    pen.draw(page, value.text, x, pdfY(valueBaseline), value.size, 'regular');
    x += width + REFERENCES.rowGap;
  });
  return top + captionLeading + REFERENCES.pitch;
}

/** Draws the reference data; returns the top of the text area that follows. */
export function drawReferences(
  page: PDFPage,
  pen: LetterPen,
  letter: PreparedLetter,
  leading: number,
): number {
  if (letter.layout.references === 'row') {
    const end = drawReferenceRow(page, pen, letter.references);
    // ČSN 01 6910: two empty lines between the reference data and the subject.
    return end + 2 * leading;
  }
  const end = drawReferenceColumn(page, pen, letter.references, letter.layout);
  return Math.max(FLOW.firstTop, end + 2 * leading);
}
