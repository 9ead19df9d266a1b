import {
  beginText,
  endText,
  PDFHexString,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';
import type { EmbeddedFonts, FontFace, FontSet } from './fonts';
import { fitLine, type FittedLine } from './textLayout';

export type Weight = 'regular' | 'bold';

/** Points per millimetre. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

/**
 * Draws text with the document's embedded faces. Every string passes through the
 * face's sanitizer before it is measured, so what is measured is what is drawn.
 *
 * pdf-lib's `drawText` shapes the whole string with fontkit on every call, which
 * costs ~0.1 ms — seconds for a journal of thousands of rows. The pen instead encodes
 * each distinct word once (through the same subset embedder, so the glyphs still
 * land in the subset) and writes the text operators itself. Joining words' codes is
 * exact because shaping never reaches across a space.
 */
export class Pen {
  private readonly codes: Record<Weight, Map<string, string>> = {
    regular: new Map(),
    bold: new Map(),
  };
  private readonly fontKeys = new WeakMap<PDFPage, Partial<Record<Weight, PDFName>>>();

  constructor(
    private readonly fonts: FontSet,
    private readonly embedded: EmbeddedFonts,
  ) {}

  face(weight: Weight): FontFace {
    return this.fonts[weight];
  }

  pdfFont(weight: Weight): PDFFont {
    return this.embedded[weight];
  }

  printable(text: string, weight: Weight): string {
    return this.fonts[weight].printable(text);
  }

  width(text: string, size: number, weight: Weight): number {
    return this.fonts[weight].measure.width(text, size);
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

  /** Draws printable text with its baseline at `y`. */
  draw(page: PDFPage, text: string, x: number, y: number, size: number, weight: Weight): void {
    if (text.length === 0) return;
    page.pushOperators(
      beginText(),
      setFontAndSize(this.fontKey(page, weight), size),
      setTextMatrix(1, 0, 0, 1, x, y),
      showText(this.encode(text, weight)),
      endText(),
    );
  }

  private encode(text: string, weight: Weight): PDFHexString {
    const codes = this.codes[weight];
    const font = this.embedded[weight];
    const codesOf = (word: string): string => {
      let hex = codes.get(word);
      if (hex === undefined) {
        hex = word.length > 0 ? font.encodeText(word).asString() : '';
        codes.set(word, hex);
      }
      return hex;
    };
    return PDFHexString.of(text.split(' ').map(codesOf).join(codesOf(' ')));
  }

  /** The name under which the page's resources know the face. */
  private fontKey(page: PDFPage, weight: Weight): PDFName {
    let keys = this.fontKeys.get(page);
    if (!keys) {
      keys = {};
      this.fontKeys.set(page, keys);
    }
    let key = keys[weight];
    if (!key) {
      const font = this.embedded[weight];
      key = page.node.newFontDictionary(font.name, font.ref);
      keys[weight] = key;
    }
    return key;
  }
}
