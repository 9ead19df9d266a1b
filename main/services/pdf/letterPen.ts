import type { PDFFont } from 'pdf-lib';
import { FacePen, type PlacedText as PlacedFaceText } from './facePen';
import type { EmbeddedLetterFonts, LetterFonts, LetterStyle } from './letterFonts';

export type PlacedText = PlacedFaceText<LetterStyle>;

/**
 * Draws letter text in the four styles; a whole line with several styles and justified
 * word positions goes out as one text object (facePen.ts).
 */
export class LetterPen extends FacePen<LetterStyle> {
  constructor(
    fonts: LetterFonts,
    private readonly embedded: EmbeddedLetterFonts,
  ) {
    super(fonts);
  }

  /** The baseline (from the top of the page) of text set in a line box at `top`. */
  baselineIn(top: number, size: number, leading: number, style: LetterStyle = 'regular'): number {
    const face = this.fonts[style];
    return top + (leading - (face.ascent + face.descent) * size) / 2 + face.ascent * size;
  }

  pdfFont(style: LetterStyle): PDFFont {
    const font = this.embedded[style];
    // The layout names the styles it uses before the fonts are embedded.
    if (!font) throw new Error(`letter font ${style} was not embedded`);
    return font;
  }
}
