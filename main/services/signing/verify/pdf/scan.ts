/**
 * For a file whose cross-references do not read (wrong offsets, a cut /Prev chain):
 * the objects found by scanning the bytes for `n g obj`, the last definition of each
 * number winning, as readers rebuild such files. Enough to find the signatures and
 * check what they sign; what changed after a signature is then unknown.
 */
import { readIndirectObject } from './objects';
import { Revision, type Budget } from './revision';
import { PdfLexer, isWhitespace } from './lexer';
import type { XrefEntry, XrefSection } from './xref';
import { isName, PdfDict, PdfRef, PdfStream, PdfSyntaxError, type PdfValue } from './values';

const OBJ = Buffer.from('obj', 'latin1');
const TRAILER = Buffer.from('trailer', 'latin1');
/** How far into an object its type is looked for before parsing it. */
const PEEK = 512;

function isDigitAt(bytes: Uint8Array, at: number): boolean {
  const code = bytes[at];
  return code !== undefined && code >= 0x30 && code <= 0x39;
}

function isAlphanumeric(code: number | undefined): boolean {
  return code !== undefined && /[A-Za-z0-9]/.test(String.fromCharCode(code));
}

/** The offset of `num gen ` ending just before `obj` at `at`, or -1. */
function objectStart(bytes: Uint8Array, at: number): number {
  let pos = at - 1;
  if (!isWhitespace(bytes[pos])) return -1;
  while (pos >= 0 && isWhitespace(bytes[pos])) pos--;
  if (!isDigitAt(bytes, pos)) return -1;
  while (pos >= 0 && isDigitAt(bytes, pos)) pos--;
  if (!isWhitespace(bytes[pos])) return -1;
  while (pos >= 0 && isWhitespace(bytes[pos])) pos--;
  if (!isDigitAt(bytes, pos)) return -1;
  while (pos >= 0 && isDigitAt(bytes, pos)) pos--;
  // The number must stand alone: not the tail of a word such as "x12 0 obj".
  return pos < 0 || !isAlphanumeric(bytes[pos]) ? pos + 1 : -1;
}

function scanOffsets(buffer: Buffer): Map<number, { offset: number; gen: number }> {
  const found = new Map<number, { offset: number; gen: number }>();
  let at = buffer.indexOf(OBJ);
  while (at !== -1) {
    const after = buffer[at + 3];
    const start = isAlphanumeric(after) ? -1 : objectStart(buffer, at);
    if (start >= 0) {
      const lexer = new PdfLexer(buffer, start, at, true);
      const num = lexer.unsignedInt();
      const gen = lexer.unsignedInt();
      if (num !== null && gen !== null) found.set(num, { offset: start, gen });
    }
    at = buffer.indexOf(OBJ, at + 3);
  }
  return found;
}

function mentions(buffer: Buffer, offset: number, word: string): boolean {
  const end = Math.min(buffer.byteLength, offset + PEEK);
  const found = buffer.indexOf(word, offset, 'latin1');
  return found !== -1 && found < end;
}

function lastTrailer(buffer: Buffer): PdfDict | null {
  let at = buffer.lastIndexOf(TRAILER);
  while (at !== -1) {
    try {
      const lexer = new PdfLexer(buffer, at + TRAILER.length, buffer.byteLength, true);
      const value = lexer.value();
      if (value instanceof PdfDict && value.get('Root') instanceof PdfRef) return value;
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error;
    }
    at = at === 0 ? -1 : buffer.lastIndexOf(TRAILER, at - 1);
  }
  return null;
}

function readAt(buffer: Buffer, offset: number): PdfValue {
  try {
    return readIndirectObject(buffer, offset, buffer.byteLength, () => null).value;
  } catch (error) {
    if (error instanceof PdfSyntaxError) return null;
    throw error;
  }
}

/** A trailer for a file without a readable one: an xref stream's dictionary, or just the catalog. */
function trailerFromObjects(
  buffer: Buffer,
  offsets: Map<number, { offset: number }>,
): PdfDict | null {
  let catalog: PdfRef | null = null;
  let xrefDict: PdfDict | null = null;
  for (const [num, { offset }] of offsets) {
    if (mentions(buffer, offset, '/XRef')) {
      const value = readAt(buffer, offset);
      if (value instanceof PdfStream && value.dict.get('Root') instanceof PdfRef)
        xrefDict = value.dict;
    } else if (mentions(buffer, offset, '/Catalog')) {
      const value = readAt(buffer, offset);
      if (value instanceof PdfDict && isName(value.get('Type'), 'Catalog'))
        catalog = new PdfRef(num, 0);
    }
  }
  if (xrefDict) return xrefDict;
  return catalog ? new PdfDict(new Map([['Root', catalog]])) : null;
}

/** The file's objects as a scan finds them; null when it finds no catalog. */
export function scanRevision(bytes: Uint8Array, budget: Budget): Revision | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offsets = scanOffsets(buffer);
  const trailer = lastTrailer(buffer) ?? trailerFromObjects(buffer, offsets);
  if (!trailer) return null;
  const entries = new Map<number, XrefEntry>();
  for (const [num, { offset, gen }] of offsets) entries.set(num, { kind: 'offset', offset, gen });
  const section: XrefSection = {
    offset: 0,
    entries,
    trailer,
    streamNum: null,
    end: bytes.byteLength,
  };
  const direct = new Revision(bytes, [section], bytes.byteLength, budget);
  for (const [num, { offset }] of offsets) {
    if (!mentions(buffer, offset, '/ObjStm')) continue;
    let members: number[];
    try {
      members = direct.objectStreamMembers(num);
    } catch (error) {
      if (error instanceof PdfSyntaxError) continue;
      throw error;
    }
    members.forEach((member, index) => {
      if (!offsets.has(member)) entries.set(member, { kind: 'compressed', stream: num, index });
    });
  }
  return new Revision(bytes, [section], bytes.byteLength, budget);
}
