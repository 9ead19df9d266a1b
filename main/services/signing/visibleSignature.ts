/**
 * The visible part of a signature: a framed block of text lines (who signed, when) as
 * the appearance of the signature's own widget, so a viewer shows it at the box and a
 * click on it opens the signature panel. The signature covers it: the widget is written
 * in the signature's revision. The text uses the embedded DejaVu Sans (a subset with
 * its CIDSet, see appearanceFont.ts) and only opaque grey, which keeps a PDF/A file PDF/A.
 */
import {
  PdfArray,
  PdfDict,
  PdfName,
  PdfNumber,
  PdfStream,
  type PDF,
  type PdfRef,
} from '@libpdf/core';
import { ServiceError } from '../../../common/contract/envelope';
import { AppearanceFont } from './appearanceFont';

export interface VisibleSignature {
  /** 1-based page number. */
  page: number;
  /** Lower-left corner and size, in PDF points from the page's lower-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The lines to show, top to bottom (e.g. "Digitálně podepsal Jan Novák", the date). */
  lines: string[];
  /** A TrueType font to draw with (DejaVuSans.ttf from assets/fonts). */
  font: Uint8Array;
}

const PADDING = 4;
const MAX_FONT_SIZE = 9;
const LINE_HEIGHT = 1.25;
const BORDER = 0.75;
/** How far (points) the box may stick out of the page: rounding in the caller's arithmetic. */
const SLACK = 0.5;

function invalidPlacement(): ServiceError {
  return new ServiceError(
    'errors.signing.visiblePlacement',
    'Viditelný podpis se na zvolené místo stránky nevejde.',
  );
}

/** The box as a widget rectangle [llx lly urx ury]. */
export function boxRect(visible: VisibleSignature): [number, number, number, number] {
  return [visible.x, visible.y, visible.x + visible.width, visible.y + visible.height];
}

/** Refuses a box that is off the document's pages, too small for a line, or has no text. */
export function checkPlacement(pdf: PDF, visible: VisibleSignature): void {
  const { x, y, width, height } = visible;
  const page = Number.isInteger(visible.page) ? pdf.getPage(visible.page - 1) : null;
  if (
    !page ||
    ![x, y, width, height].every(Number.isFinite) ||
    width < 2 * PADDING + 10 ||
    height < 2 * PADDING + 6 ||
    visible.lines.length === 0
  )
    throw invalidPlacement();
  const crop = page.getCropBox();
  if (
    x < crop.x - SLACK ||
    y < crop.y - SLACK ||
    x + width > crop.x + crop.width + SLACK ||
    y + height > crop.y + crop.height + SLACK
  )
    throw invalidPlacement();
}

function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** `line` shortened with "…" until it fits `room` points at `size`. */
function fitted(font: AppearanceFont, line: string, size: number, room: number): string {
  let chars = Array.from(font.printable(line));
  let text = chars.join('');
  while (chars.length > 1 && font.width(text, size) > room) {
    chars = [...chars.slice(0, -2), '…'];
    text = chars.join('');
  }
  return text;
}

/** Registers the block's form XObject (and its font) in `pdf`; returns it for /AP /N. */
export async function visibleAppearance(pdf: PDF, visible: VisibleSignature): Promise<PdfRef> {
  const { width, height } = visible;
  const font = new AppearanceFont(visible.font);
  const size = Math.min(
    MAX_FONT_SIZE,
    (height - 2 * PADDING) / (visible.lines.length * LINE_HEIGHT),
  );
  const room = width - 2 * PADDING;
  const half = BORDER / 2;
  const ops = [
    'q',
    `0.96 g 0.35 G ${num(BORDER)} w`,
    // The border's outer edge on the box's, so the stroke is not clipped by the BBox.
    `${num(half)} ${num(half)} ${num(width - BORDER)} ${num(height - BORDER)} re B`,
    'Q',
    'BT',
    '0 g',
    `/F1 ${num(size)} Tf`,
  ];
  let previousY = 0;
  visible.lines.forEach((line, index) => {
    const y = height - PADDING - size * (index + 1) * LINE_HEIGHT + size * (LINE_HEIGHT - 1);
    ops.push(`${index === 0 ? num(PADDING) : 0} ${num(y - previousY)} Td`);
    ops.push(`${font.show(fitted(font, line, size, room))} Tj`);
    previousY = y;
  });
  ops.push('ET');
  const fontRef = await font.register(pdf);
  const content = Buffer.from(`${ops.join('\n')}\n`, 'latin1');
  return pdf.register(
    new PdfStream(
      PdfDict.of({
        Type: PdfName.of('XObject'),
        Subtype: PdfName.of('Form'),
        BBox: new PdfArray([0, 0, width, height].map((value) => PdfNumber.of(value))),
        Resources: PdfDict.of({ Font: PdfDict.of({ F1: fontRef }) }),
      }),
      content,
    ),
  );
}
