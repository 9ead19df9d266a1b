import {
  beginText,
  endText,
  PDFHexString,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { FontFace } from './fonts';

/** A piece of text in one face at a position on the line, the baseline being the line's. */
export interface PlacedText<Face extends string> {
  text: string;
  style: Face;
  x: number;
}

/**
 * What both pens (pen.ts, letterPen.ts) share: the measured faces, and text written as
 * PDF operators by the pen itself — pdf-lib's `drawText` shapes the whole string with
 * fontkit on every call, which costs ~0.1 ms a call. Each distinct word is encoded once
 * through pdf-lib's subset embedder (so the glyphs still land in the subset); a line
 * goes out as one text object.
 */
export abstract class FacePen<Face extends string> {
  private readonly words = new Map<Face, Map<string, string>>();
  private readonly fontKeys = new WeakMap<PDFPage, Map<Face, PDFName>>();

  constructor(protected readonly fonts: Record<Face, FontFace>) {}

  /** The face's embedded font. */
  abstract pdfFont(face: Face): PDFFont;

  face(face: Face): FontFace {
    return this.fonts[face];
  }

  width(text: string, size: number, face: Face): number {
    return this.fonts[face].measure.width(text, size);
  }

  /** One piece of text the face can show, with its baseline at `y`. */
  draw(page: PDFPage, text: string, x: number, y: number, size: number, face: Face): void {
    this.drawLine(page, [{ text, style: face, x }], y, size);
  }

  /** Several pieces on one baseline, each at its own x. */
  drawLine(page: PDFPage, pieces: PlacedText<Face>[], y: number, size: number): void {
    const operators: PDFOperator[] = [beginText()];
    let current: Face | null = null;
    for (const piece of pieces) {
      if (piece.text.length === 0) continue;
      if (piece.style !== current) {
        operators.push(setFontAndSize(this.fontKey(page, piece.style), size));
        current = piece.style;
      }
      operators.push(
        setTextMatrix(1, 0, 0, 1, piece.x, y),
        showText(PDFHexString.of(this.encode(piece.text, piece.style))),
      );
    }
    if (current === null) return;
    operators.push(endText());
    page.pushOperators(...operators);
  }

  /** The hex codes of `text` in the face. */
  private encode(text: string, face: Face): string {
    let codes = this.words.get(face);
    if (!codes) {
      codes = new Map();
      this.words.set(face, codes);
    }
    const font = this.pdfFont(face);
    const codesOf = (word: string): string => {
      let hex = codes.get(word);
      if (hex === undefined) {
        hex = word.length > 0 ? font.encodeText(word).asString() : '';
        codes.set(word, hex);
      }
      return hex;
    };
    // Shaping never reaches across a space, so words' codes join exactly.
    return text.split(' ').map(codesOf).join(codesOf(' '));
  }

  /** The name under which the page's resources know the face, added on first use. */
  private fontKey(page: PDFPage, face: Face): PDFName {
    let keys = this.fontKeys.get(page);
    if (!keys) {
      keys = new Map();
      this.fontKeys.set(page, keys);
    }
    let key = keys.get(face);
    if (!key) {
      const font = this.pdfFont(face);
      key = page.node.newFontDictionary(font.name, font.ref);
      keys.set(face, key);
    }
    return key;
  }
}
