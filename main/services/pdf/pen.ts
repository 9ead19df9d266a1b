import type { PDFFont } from 'pdf-lib';
import { FacePen } from './facePen';
import type { EmbeddedFonts, FontSet } from './fonts';
import { fitLine, type FittedLine } from './textLayout';

export type Weight = 'regular' | 'bold';

/** Points per millimetre. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

/**
 * Draws text with the document's embedded faces. Every string passes through the
 * face's sanitizer before it is measured, so what is measured is what is drawn.
 *
 * It writes the text operators itself (facePen.ts): pdf-lib's `drawText` would cost
 * seconds for a journal of thousands of rows.
 */
export class Pen extends FacePen<Weight> {
  constructor(
    fonts: FontSet,
    private readonly embedded: EmbeddedFonts,
  ) {
    super(fonts);
  }

  pdfFont(weight: Weight): PDFFont {
    return this.embedded[weight];
  }

  printable(text: string, weight: Weight): string {
    return this.fonts[weight].printable(text);
  }

  /** Printable `text` fitted to one line of `maxWidth` (shrunk, then cut with "…"). */
  fit(
    text: string,
    maxWidth: number,
    sizes: { size: number; minSize: number },
    weight: Weight,
  ): FittedLine {
    return fitLine(this.printable(text, weight), maxWidth, sizes, this.fonts[weight].measure);
  }
}
