import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { ServiceError } from '../../../common/contract/envelope';
import { createTextSanitizer } from './textSafety';
import { createMeasurer, type TextMeasurer } from './textLayout';

/** One typeface as the renderers use it. */
export interface FontFace {
  bytes: Uint8Array;
  /** Makes any string printable with this face (see textSafety.ts). */
  printable: (text: string) => string;
  /** Whether the face can draw the character (see pdfa/glyphs.ts). */
  hasGlyph: (codePoint: number) => boolean;
  measure: TextMeasurer;
  /** Height above the baseline, as a fraction of the font size. */
  ascent: number;
  /** Depth below the baseline (positive), as a fraction of the font size. */
  descent: number;
}

export interface FontSet {
  regular: FontFace;
  bold: FontFace;
}

export const FONT_FILES = {
  regular: join('fonts', 'DejaVuSans.ttf'),
  bold: join('fonts', 'DejaVuSans-Bold.ttf'),
} as const;

// Subset fonts are named "ABCDEF+Name" (ISO 32000-1, 9.6.4); readers such as pdffonts
// recognise a subset by that tag. pdf-lib would otherwise add its own suffix instead.
const SUBSET_NAMES = {
  regular: 'URADOA+DejaVuSans',
  bold: 'URADOB+DejaVuSans-Bold',
} as const;

// A letter asks about every character of its text, most of them many times over.
function rememberGlyphs(font: Font): (codePoint: number) => boolean {
  const known = new Map<number, boolean>();
  return (codePoint) => {
    let has = known.get(codePoint);
    if (has === undefined) {
      has = font.hasGlyphForCodePoint(codePoint);
      known.set(codePoint, has);
    }
    return has;
  };
}

/** Reads and parses one TrueType face; a missing or broken file is a Czech ServiceError. */
export async function loadFace(path: string): Promise<FontFace> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new ServiceError('errors.pdf.fontMissing', `Písmo pro tisk PDF chybí: ${path}`, { path });
  }
  let font: Font;
  try {
    font = fontkit.create(bytes);
  } catch {
    throw new ServiceError('errors.pdf.fontBroken', `Písmo pro tisk PDF je poškozené: ${path}`, {
      path,
    });
  }
  return {
    bytes,
    printable: createTextSanitizer(font),
    hasGlyph: rememberGlyphs(font),
    measure: createMeasurer(font),
    ascent: font.ascent / font.unitsPerEm,
    descent: Math.abs(font.descent) / font.unitsPerEm,
  };
}

/**
 * Reads and parses the fonts on first use and keeps them for the life of the
 * service. A failed load is not kept, so a font restored on disk works next time.
 */
export function createFontLoader(assetsDir: string): () => Promise<FontSet> {
  let pending: Promise<FontSet> | null = null;
  return () => {
    if (!pending) {
      pending = Promise.all([
        loadFace(join(assetsDir, FONT_FILES.regular)),
        loadFace(join(assetsDir, FONT_FILES.bold)),
      ]).then(([regular, bold]) => ({ regular, bold }));
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  };
}

export interface EmbeddedFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Embeds both faces as subsets (only the glyphs used end up in the file). */
export async function embedFonts(doc: PDFDocument, fonts: FontSet): Promise<EmbeddedFonts> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(fonts.regular.bytes, { subset: true, customName: SUBSET_NAMES.regular }),
    doc.embedFont(fonts.bold.bytes, { subset: true, customName: SUBSET_NAMES.bold }),
  ]);
  return { regular, bold };
}
