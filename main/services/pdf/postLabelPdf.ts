import {
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setLineWidth,
  setStrokingGrayscaleColor,
  stroke,
  type PDFPage,
} from 'pdf-lib';
import type { RenderedPdf } from '../../../common/contract/types';
import {
  MAIL_KIND_MARKS,
  type PostLabelFormat,
  type PostLabelInput,
} from '../../../common/letters/model';
import { createDocument } from './documentInfo';
import { labelGeometry, type LabelGeometry } from './envelopeGeometry';
import { fileNamePart } from './fileNames';
import { embedLetterFonts, type LetterAssets } from './letterFonts';
import { LetterPen } from './letterPen';
import { preparePostLabel } from './letterPrepare';
import { savePdfA } from './pdfa/savePdfA';
import { fitLine, wrapText } from './textLayout';

const FILE_PREFIX: Record<PostLabelFormat, string> = {
  'dl-envelope': 'obalka-dl',
  'c5-envelope': 'obalka-c5',
  'label-a4-3x8': 'stitek',
};

function postLabelFileName(format: PostLabelFormat, ourRef: string): string {
  return `${FILE_PREFIX[format]}-${fileNamePart(ourRef, 'bez-cisla')}.pdf`;
}

/** `top` is measured from the top of the page. */
const yOf = (geometry: LabelGeometry, top: number) => geometry.page.height - top;

/** Draws text fitted to `width`, right-aligned at `right` or left-aligned at `left`. */
function drawFitted(
  page: PDFPage,
  pen: LetterPen,
  geometry: LabelGeometry,
  text: string,
  at: { left: number; width: number; top: number; leading: number; alignRight?: boolean },
  sizes: { size: number; minSize: number },
  style: 'regular' | 'bold',
): void {
  if (!text) return;
  const fitted = fitLine(text, Math.max(0, at.width), sizes, pen.face(style).measure);
  const width = pen.width(fitted.text, fitted.size, style);
  const x = at.alignRight ? at.left + at.width - width : at.left;
  const baseline = pen.baselineIn(at.top, fitted.size, at.leading, style);
  pen.draw(page, fitted.text, x, yOf(geometry, baseline), fitted.size, style);
}

/** An envelope's sender block: the name in bold, the address, our reference number. */
function drawEnvelopeSender(
  page: PDFPage,
  pen: LetterPen,
  geometry: LabelGeometry,
  sender: string[],
  ourRef: string,
): void {
  const { left, top, width, size, maxBottom } = geometry.sender;
  const leading = size * 1.3;
  const lines = ourRef ? [...sender, `Č. j.: ${ourRef}`] : sender;
  lines.forEach((text, index) => {
    const lineTop = top + index * leading;
    if (lineTop + leading > maxBottom) return;
    drawFitted(
      page,
      pen,
      geometry,
      text,
      { left, width, top: lineTop, leading },
      { size, minSize: 6.5 },
      index === 0 ? 'bold' : 'regular',
    );
  });
}

/** The kind of mail ("Doporučeně", "Do vlastních rukou") on an envelope, bold in frames. */
function drawEnvelopeMarks(
  page: PDFPage,
  pen: LetterPen,
  geometry: LabelGeometry,
  marks: string[],
): void {
  const { left, top, width, size } = geometry.marks;
  const leading = size * 1.5;
  const padding = size * 0.35;
  marks.forEach((mark, index) => {
    const lineTop = top + index * (leading + padding);
    const fitted = fitLine(
      mark,
      width - 2 * padding,
      { size, minSize: 7 },
      pen.face('bold').measure,
    );
    const textWidth = pen.width(fitted.text, fitted.size, 'bold');
    const baseline = pen.baselineIn(lineTop, fitted.size, leading, 'bold');
    pen.draw(page, fitted.text, left + padding, yOf(geometry, baseline), fitted.size, 'bold');
    page.pushOperators(
      pushGraphicsState(),
      setStrokingGrayscaleColor(0),
      setLineWidth(0.8),
      rectangle(left, yOf(geometry, lineTop + leading), textWidth + 2 * padding, leading),
      stroke(),
      popGraphicsState(),
    );
  });
}

/**
 * A label's two small lines above the address: the sender (name and town when the
 * whole address is too long) and the kind of mail in bold. Our reference number goes
 * to the right of the marks when it fits there whole, else to the right of the sender.
 */
function drawLabelHead(
  page: PDFPage,
  pen: LetterPen,
  geometry: LabelGeometry,
  sender: string[],
  marks: string[],
  ourRef: string,
): void {
  const gap = 6;
  const senderSize = geometry.sender.size;
  const markSize = geometry.marks.size;
  const { left, width } = geometry.sender;
  const senderLeading = senderSize * 1.3;
  const markLeading = markSize * 1.3;
  const reference = ourRef ? `Č. j.: ${ourRef}` : '';
  const referenceWidth = pen.width(reference, senderSize, 'regular');
  const markText = marks.join(' · ');
  const markWidth = pen.width(markText, markSize, 'bold');
  const referenceOnMarks = reference.length > 0 && markWidth + gap + referenceWidth <= width;
  const referenceRoom = reference ? referenceWidth + gap : 0;
  const senderRoom = width - (referenceOnMarks ? 0 : referenceRoom);
  const senderFull = sender.join(', ');
  const senderText =
    sender.length > 2 && pen.width(senderFull, senderSize, 'regular') > senderRoom
      ? `${sender[0] ?? ''}, ${sender[sender.length - 1] ?? ''}`
      : senderFull;

  const senderAt = { left, top: geometry.sender.top, leading: senderLeading };
  const markAt = { left, top: geometry.marks.top, leading: markLeading };
  const small = { size: senderSize, minSize: 5.5 };
  drawFitted(page, pen, geometry, senderText, { ...senderAt, width: senderRoom }, small, 'regular');
  drawFitted(
    page,
    pen,
    geometry,
    markText,
    { ...markAt, width: width - (referenceOnMarks ? referenceRoom : 0) },
    { size: markSize, minSize: 6 },
    'bold',
  );
  drawFitted(
    page,
    pen,
    geometry,
    reference,
    { ...(referenceOnMarks ? markAt : senderAt), width, alignRight: true },
    small,
    'regular',
  );
}

/** The address, six lines at most: long lines wrap, the type shrinks before anything is cut. */
function drawAddressee(page: PDFPage, pen: LetterPen, geometry: LabelGeometry, lines: string[]) {
  const { left, top, width, size: fullSize, minSize, leading, maxLines } = geometry.address;
  const measure = pen.face('regular').measure;
  let size = fullSize;
  const wrap = () => lines.flatMap((line) => wrapText(line, width, size, measure));
  let wrapped = wrap();
  while (wrapped.length > maxLines && size > minSize) {
    size -= 0.5;
    wrapped = wrap();
  }
  if (wrapped.length > maxLines) {
    wrapped = lines
      .slice(0, maxLines)
      .map((line) => fitLine(line, width, { size, minSize }, measure).text);
  }
  const lineLeading = (leading * size) / fullSize;
  wrapped.forEach((line, index) => {
    const fitted = fitLine(line, width, { size, minSize }, measure);
    const baseline = pen.baselineIn(top + index * lineLeading, fitted.size, lineLeading);
    pen.draw(page, fitted.text, left, yOf(geometry, baseline), fitted.size, 'regular');
  });
}

/**
 * Prints the address side of a DL or C5 envelope, or one label of an A4 sheet of 3 × 8
 * labels (at `labelPosition`, so a sheet already partly used can go through again),
 * as PDF/A-2b.
 */
export async function renderPostLabel(
  raw: PostLabelInput,
  assets: LetterAssets,
  now: Date,
  format: PostLabelFormat = 'dl-envelope',
): Promise<RenderedPdf> {
  const { fonts } = assets;
  const { input, sender, addressee, ourRef } = preparePostLabel(raw, fonts);
  const geometry = labelGeometry(format, input.labelPosition ?? 1);
  const doc = await createDocument({
    title: `${format === 'label-a4-3x8' ? 'Adresní štítek' : 'Obálka'} – ${addressee[0] ?? ''}`,
    author: sender[0] ?? '',
    ...(ourRef ? { subject: `Č. j. ${ourRef}` } : {}),
    createdAt: now,
  });
  const pen = new LetterPen(
    fonts,
    await embedLetterFonts(doc, fonts, new Set(['regular', 'bold'])),
  );
  const page = doc.addPage([geometry.page.width, geometry.page.height]);
  const marks = MAIL_KIND_MARKS[input.mailKind];
  if (geometry.label) drawLabelHead(page, pen, geometry, sender, marks, ourRef);
  else {
    drawEnvelopeSender(page, pen, geometry, sender, ourRef);
    drawEnvelopeMarks(page, pen, geometry, marks);
  }
  drawAddressee(page, pen, geometry, addressee);
  const pdf = await savePdfA(doc, { part: 2, colorProfile: assets.colorProfile });
  return { pdf, fileName: postLabelFileName(format, ourRef), pages: 1 };
}
