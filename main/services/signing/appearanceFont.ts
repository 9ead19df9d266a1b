/**
 * A TrueType face embedded for a signature's appearance: a subset holding only the
 * glyphs the appearance shows, as a Type0 font with Identity-H encoding. It carries
 * what PDF/A asks of a composite subset font — the program embedded (FontFile2), a
 * CIDSet naming every glyph in it (PDF/A-1, which the Preflight check holds us to),
 * widths equal to the program's advances — and a ToUnicode map so the text can be
 * copied and searched. libpdf's own embedding writes no CIDSet, hence this.
 */
import { createHash } from 'node:crypto';
import fontkit, { type Font, type Glyph } from '@pdf-lib/fontkit';
import {
  PdfArray,
  PdfDict,
  PdfName,
  PdfNumber,
  PdfStream,
  PdfString,
  type PdfRef,
} from '@libpdf/core';
import type { PDF } from '@libpdf/core';
import { trueTypeGlyphCount } from '../pdf/pdfa/cidSet';
import { createTextSanitizer } from '../pdf/textSafety';
import { signingFailed } from './errors';

interface ParsedFace {
  font: Font;
  printable: (text: string) => string;
}

// The app hands in the same DejaVu bytes for every signature; parsing them is the slow part.
const parsed = new WeakMap<Uint8Array, ParsedFace>();

function parse(bytes: Uint8Array): ParsedFace {
  let face = parsed.get(bytes);
  if (!face) {
    let font: Font;
    try {
      font = fontkit.create(bytes);
    } catch (error) {
      throw signingFailed(`signature font unreadable: ${String(error)}`);
    }
    face = { font, printable: createTextSanitizer(font) };
    parsed.set(bytes, face);
  }
  return face;
}

function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

function utf16Hex(codePoint: number): string {
  return Buffer.from(String.fromCodePoint(codePoint), 'utf16le')
    .swap16()
    .toString('hex')
    .toUpperCase();
}

function encodeStream(subset: ReturnType<Font['createSubset']>): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on('data', (chunk) => parts.push(chunk))
      .on('end', () => resolve(Buffer.concat(parts)));
  });
}

/** A bit per CID, bit 7 of byte 0 being CID 0 (ISO 32000-1, 9.8.3): all `count` present. */
function cidSet(count: number): Uint8Array {
  const bits = new Uint8Array(Math.ceil(count / 8));
  for (let cid = 0; cid < count; cid++) bits[cid >> 3]! |= 0x80 >> (cid & 7);
  return bits;
}

function toUnicodeCMap(unicodeOf: Map<number, number>): Uint8Array {
  const rows = [...unicodeOf].map(([cid, codePoint]) => `<${hex4(cid)}> <${utf16Hex(codePoint)}>`);
  const blocks: string[] = [];
  for (let at = 0; at < rows.length; at += 100) {
    const block = rows.slice(at, at + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  const text = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
  return Buffer.from(text, 'latin1');
}

/** "ABCDEF": the subset tag ISO 32000-1 9.6.4 asks for, from the glyphs it holds. */
function subsetTag(glyphIds: number[]): string {
  const digest = createHash('sha256').update(glyphIds.join(',')).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join(
    '',
  );
}

/** One subset of one face, collecting glyphs as text is shown with it. */
export class AppearanceFont {
  private readonly face: ParsedFace;
  private readonly subset: ReturnType<Font['createSubset']>;
  private readonly scale: number;
  /** Subset glyph id (the CID) → width in text space units, for /W. */
  private readonly widths = new Map<number, number>();
  private readonly unicodeOf = new Map<number, number>();
  private readonly originalIds: number[] = [];

  constructor(bytes: Uint8Array) {
    this.face = parse(bytes);
    this.subset = this.face.font.createSubset();
    this.scale = 1000 / this.face.font.unitsPerEm;
  }

  /** The text as it can be shown: invisible characters dropped, missing glyphs as "?". */
  printable(text: string): string {
    return this.face.printable(text);
  }

  private glyphs(text: string): Glyph[] {
    return Array.from(text, (char) => this.face.font.glyphForCodePoint(char.codePointAt(0)!));
  }

  /** Width of printable `text` at `size`, in points. */
  width(text: string, size: number): number {
    const units = this.glyphs(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
    return (units * this.scale * size) / 1000;
  }

  /** The hex string a Tj shows printable `text` with; its glyphs join the subset. */
  show(text: string): string {
    let out = '';
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      const glyph = this.face.font.glyphForCodePoint(codePoint);
      const cid = this.subset.includeGlyph(glyph);
      if (!this.widths.has(cid)) {
        this.widths.set(cid, Math.round(glyph.advanceWidth * this.scale));
        this.unicodeOf.set(cid, codePoint);
        this.originalIds.push(glyph.id);
      }
      out += hex4(cid);
    }
    return `<${out}>`;
  }

  /** Writes the subset and its dictionaries into `pdf`; returns the Type0 font. */
  async register(pdf: PDF): Promise<PdfRef> {
    const program = await encodeStream(this.subset);
    const glyphCount = trueTypeGlyphCount(program);
    // A CFF-flavoured OpenType face would need FontFile3; the app draws with TrueType.
    if (glyphCount === null) throw signingFailed('signature font is not TrueType');
    const { font } = this.face;
    const name = `${subsetTag(this.originalIds)}+${(font.postscriptName ?? 'Font').replace(/[^!-~]|[()<>[\]{}/%#]/g, '')}`;
    const scaled = (value: number) => PdfNumber.of(Math.round(value * this.scale));
    const fontFile = pdf.register(
      new PdfStream(PdfDict.of({ Length1: PdfNumber.of(program.byteLength) }), program),
    );
    const descriptor = pdf.register(
      PdfDict.of({
        Type: PdfName.of('FontDescriptor'),
        FontName: PdfName.of(name),
        Flags: PdfNumber.of(4),
        FontBBox: new PdfArray([
          scaled(font.bbox.minX),
          scaled(font.bbox.minY),
          scaled(font.bbox.maxX),
          scaled(font.bbox.maxY),
        ]),
        ItalicAngle: PdfNumber.of(font.italicAngle),
        Ascent: scaled(font.ascent),
        Descent: scaled(font.descent),
        CapHeight: scaled(font.capHeight || font.ascent),
        StemV: PdfNumber.of(80),
        FontFile2: fontFile,
        CIDSet: pdf.register(new PdfStream(new PdfDict(), cidSet(glyphCount))),
      }),
    );
    const widths = [...this.widths]
      .sort(([a], [b]) => a - b)
      .flatMap(([cid, width]) => [PdfNumber.of(cid), new PdfArray([PdfNumber.of(width)])]);
    const cidFont = pdf.register(
      PdfDict.of({
        Type: PdfName.of('Font'),
        Subtype: PdfName.of('CIDFontType2'),
        BaseFont: PdfName.of(name),
        CIDSystemInfo: PdfDict.of({
          Registry: PdfString.fromString('Adobe'),
          Ordering: PdfString.fromString('Identity'),
          Supplement: PdfNumber.of(0),
        }),
        FontDescriptor: descriptor,
        W: new PdfArray(widths),
        CIDToGIDMap: PdfName.of('Identity'),
      }),
    );
    return pdf.register(
      PdfDict.of({
        Type: PdfName.of('Font'),
        Subtype: PdfName.of('Type0'),
        BaseFont: PdfName.of(name),
        Encoding: PdfName.of('Identity-H'),
        DescendantFonts: new PdfArray([cidFont]),
        ToUnicode: pdf.register(new PdfStream(new PdfDict(), toUnicodeCMap(this.unicodeOf))),
      }),
    );
  }
}
