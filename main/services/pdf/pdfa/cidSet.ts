import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  decodePDFRawStream,
  type PDFDocument,
} from 'pdf-lib';

/** numGlyphs from a TrueType font program's 'maxp' table, or null when it has none. */
export function trueTypeGlyphCount(font: Uint8Array): number | null {
  if (font.length < 12) return null;
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  for (let index = 0; index < tables; index++) {
    const record = 12 + index * 16;
    if (record + 16 > font.length) return null;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag !== 'maxp') continue;
    const offset = view.getUint32(record + 8);
    return offset + 6 <= font.length ? view.getUint16(offset + 4) : null;
  }
  return null;
}

/** A CIDSet bit string: bit 7 of byte 0 is CID 0 (ISO 32000-1, 9.8.3). */
function bitString(present: (cid: number) => boolean, cidCount: number): Uint8Array {
  const bits = new Uint8Array(Math.ceil(cidCount / 8));
  for (let cid = 0; cid < cidCount; cid++) {
    const byte = cid >> 3;
    if (present(cid)) bits[byte] = (bits[byte] ?? 0) | (0x80 >> (cid & 7));
  }
  return bits;
}

function decoded(stream: PDFRawStream): Uint8Array | null {
  try {
    return decodePDFRawStream(stream).decode();
  } catch {
    return null;
  }
}

/** Type 2 CIDFont dictionaries, whether registered on their own or direct in a Type 0 font. */
function cidFontsType2(doc: PDFDocument): PDFDict[] {
  const found = new Set<PDFDict>();
  const consider = (dict: PDFDict) => {
    if (dict.lookup(PDFName.of('Subtype')) === PDFName.of('CIDFontType2')) found.add(dict);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    consider(object);
    const descendants = object.lookup(PDFName.of('DescendantFonts'));
    if (!(descendants instanceof PDFArray)) continue;
    for (const entry of descendants.asArray()) {
      const font = doc.context.lookup(entry);
      if (font instanceof PDFDict) consider(font);
    }
  }
  return [...found];
}

/**
 * PDF/A-1 requires a CIDSet for every embedded CIDFont subset (ISO 19005-1, 6.3.5);
 * PDF/A-2 allows one if it is complete. pdf-lib writes none, so this adds one to each
 * subset TrueType CIDFont that lacks it: a CID is present when it maps (through
 * /CIDToGIDMap) to a glyph of the embedded program. Call after `doc.flush()`, when
 * the subsets are embedded.
 */
export function addCidSets(doc: PDFDocument): number {
  let added = 0;
  for (const font of cidFontsType2(doc)) {
    const descriptor = font.lookup(PDFName.of('FontDescriptor'));
    if (!(descriptor instanceof PDFDict) || descriptor.has(PDFName.of('CIDSet'))) continue;
    const fontName = descriptor.lookup(PDFName.of('FontName'));
    if (!(fontName instanceof PDFName) || !/^\/[A-Z]{6}\+/.test(fontName.asString())) continue;
    const program = descriptor.lookup(PDFName.of('FontFile2'));
    const bytes = program instanceof PDFRawStream ? decoded(program) : null;
    const glyphs = bytes ? trueTypeGlyphCount(bytes) : null;
    if (!glyphs) continue;

    const map = font.lookup(PDFName.of('CIDToGIDMap'));
    let bits: Uint8Array;
    if (map === undefined || map === PDFName.of('Identity')) {
      bits = bitString(() => true, glyphs);
    } else if (map instanceof PDFRawStream) {
      const table = decoded(map);
      if (!table) continue;
      const gidOf = (cid: number) => ((table[cid * 2] ?? 0) << 8) | (table[cid * 2 + 1] ?? 0);
      bits = bitString(
        (cid) => {
          const gid = gidOf(cid);
          return gid < glyphs && (gid !== 0 || cid === 0);
        },
        Math.floor(table.length / 2),
      );
    } else {
      continue;
    }
    descriptor.set(PDFName.of('CIDSet'), doc.context.register(doc.context.flateStream(bits)));
    added++;
  }
  return added;
}
