import { join } from 'node:path';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { PdfAssets } from './assets';
import { embedFonts, loadFace, type FontFace } from './fonts';
import type { ColorProfile } from './pdfa/colorProfile';

export type LetterStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** DejaVu Sans in the four styles of the letter markup; a FontSet for the other renderers. */
export type LetterFonts = Record<LetterStyle, FontFace>;

/** What a letter or a post label needs from the assets folder. */
export interface LetterAssets {
  fonts: LetterFonts;
  colorProfile: ColorProfile;
}

type ObliqueStyle = 'italic' | 'boldItalic';

export const OBLIQUE_FONT_FILES: Record<ObliqueStyle, string> = {
  italic: join('fonts', 'DejaVuSans-Oblique.ttf'),
  boldItalic: join('fonts', 'DejaVuSans-BoldOblique.ttf'),
};

// Subset tags continue those of fonts.ts (URADOA, URADOB).
const OBLIQUE_SUBSET_NAMES: Record<ObliqueStyle, string> = {
  italic: 'URADOC+DejaVuSans-Oblique',
  boldItalic: 'URADOD+DejaVuSans-BoldOblique',
};

/**
 * The letter's assets: the regular and bold faces and the colour profile from the
 * renderers' shared loader (so they are read once), the oblique faces read here on
 * first use and kept. A failed load is not kept, so a font restored on disk works
 * next time.
 */
export function createLetterAssetLoader(
  assetsDir: string,
  assets: () => Promise<PdfAssets>,
): () => Promise<LetterAssets> {
  let oblique: Promise<Record<ObliqueStyle, FontFace>> | null = null;
  const loadOblique = () => {
    if (!oblique) {
      oblique = Promise.all([
        loadFace(join(assetsDir, OBLIQUE_FONT_FILES.italic)),
        loadFace(join(assetsDir, OBLIQUE_FONT_FILES.boldItalic)),
      ]).then(([italic, boldItalic]) => ({ italic, boldItalic }));
      oblique.catch(() => {
        oblique = null;
      });
    }
    return oblique;
  };
  return async () => {
    const [shared, faces] = await Promise.all([assets(), loadOblique()]);
    return { fonts: { ...shared.fonts, ...faces }, colorProfile: shared.colorProfile };
  };
}

export type EmbeddedLetterFonts = Record<LetterStyle, PDFFont | null>;

/**
 * Embeds the regular and bold faces (as every renderer does) and the oblique ones only
 * when the letter uses them: an unused face would still be written into the file.
 */
export async function embedLetterFonts(
  doc: PDFDocument,
  fonts: LetterFonts,
  used: ReadonlySet<LetterStyle>,
): Promise<EmbeddedLetterFonts> {
  const { regular, bold } = await embedFonts(doc, fonts);
  const embedOblique = async (style: ObliqueStyle) =>
    used.has(style)
      ? doc.embedFont(fonts[style].bytes, {
          subset: true,
          customName: OBLIQUE_SUBSET_NAMES[style],
        })
      : null;
  const [italic, boldItalic] = await Promise.all([
    embedOblique('italic'),
    embedOblique('boldItalic'),
  ]);
  return { regular, bold, italic, boldItalic };
}
