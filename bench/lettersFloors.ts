import { sign, verify, type KeyObject } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import {
  beginText,
  endText,
  PDFDocument,
  PDFHexString,
  setFontAndSize,
  setTextMatrix,
  showText,
} from 'pdf-lib';

/**
 * Floors of the letters bench, measured in the same run over the same amounts: what any
 * pdf-lib renderer, any signer and any verifier must pay, and nothing else.
 */

const A4 = [595.28, 841.89] as const;
const SIZE = 10;
const LEADING = 14;
/** The letter's text area: 26 mm from the top to 268 mm, 25 mm from the left. */
const TOP = 841.89 - 73.7;
const BOTTOM = 841.89 - 759.7;
const LEFT = 70.87;
/** About as many characters as DejaVu Sans at 10 pt sets in 165 mm. */
const LINE_CHARS = 88;

/** `text` cut at spaces into lines of at most LINE_CHARS — no measuring: that is layout. */
export function plainLines(text: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line.length > 0 && line.length + 1 + word.length > LINE_CHARS) {
        lines.push(line);
        line = word;
      } else line = line.length > 0 ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * pdf-lib writing `lines` with the letter's regular face embedded as a subset, page
 * after page, and a plain `save()`: no layout, no styles, no letterhead, no PDF/A.
 * Each distinct word is encoded once (which puts its glyphs into the subset) and each
 * line is one text object — the least a pdf-lib renderer does; `drawText` would shape
 * every line with fontkit again and cost more than the letter renderer itself.
 */
export async function renderFloor(lines: string[], fontBytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  const codes = new Map<string, string>();
  const encode = (word: string) => {
    let hex = codes.get(word);
    if (hex === undefined) {
      hex = word.length > 0 ? font.encodeText(word).asString() : '';
      codes.set(word, hex);
    }
    return hex;
  };
  const space = encode(' ');
  let page = doc.addPage([...A4]);
  let key = page.node.newFontDictionary(font.name, font.ref);
  let y = TOP;
  for (const line of lines) {
    if (y < BOTTOM) {
      page = doc.addPage([...A4]);
      key = page.node.newFontDictionary(font.name, font.ref);
      y = TOP;
    }
    const hex = line.split(' ').map(encode).join(space);
    page.pushOperators(
      beginText(),
      setFontAndSize(key, SIZE),
      setTextMatrix(1, 0, 0, 1, LEFT, y),
      showText(PDFHexString.of(hex)),
      endText(),
    );
    y -= LEADING;
  }
  return doc.save();
}

/** SHA-256 over `data` and one RSA signature of the digest. */
export function signFloor(data: Uint8Array, key: KeyObject): Uint8Array {
  return sign('sha256', data, key);
}

/** SHA-256 over `data` and one RSA verification of `signature`. */
export function verifyFloor(data: Uint8Array, key: KeyObject, signature: Uint8Array): void {
  if (!verify('sha256', data, key, signature)) throw new Error('floor: the signature is bad');
}
