/**
 * Cross-reference sections (ISO 32000-2 §7.5.4–7.5.8): tables and streams, chained by
 * /Prev from the newest revision back to the first, as incremental updates leave them.
 * Each section is kept apart, so that a revision — the file as it stood when a
 * signature was made — can be read on its own.
 */
import { decodeStream } from './filters';
import { PdfLexer } from './lexer';
import { readIndirectObject } from './objects';
import { isIndex, isName, PdfDict, PdfStream, PdfSyntaxError, type PdfValue } from './values';

export type XrefEntry =
  | { kind: 'free' }
  | { kind: 'offset'; offset: number; gen: number }
  | { kind: 'compressed'; stream: number; index: number };

export interface XrefSection {
  /** Where the section (the `xref` keyword or the stream's object) starts. */
  offset: number;
  entries: Map<number, XrefEntry>;
  trailer: PdfDict;
  /** The object number of the cross-reference stream itself, when it is one. */
  streamNum: number | null;
  /** Where the section's bytes end (after the trailer, or the stream's `endstream`). */
  end: number;
}

/** Far more revisions than any signed PDF has; a longer chain is a loop or an attack. */
const MAX_SECTIONS = 1_000;
/** Object numbers stay below this (real files have far fewer objects). */
const MAX_OBJECT_NUMBER = 10_000_000;
/** A cross-reference stream may not decode larger than this. */
const MAX_XREF_STREAM = 64 * 1024 * 1024;

function readTable(bytes: Uint8Array, offset: number, end: number): XrefSection {
  const lexer = new PdfLexer(bytes, offset, end, true);
  lexer.expectKeyword('xref');
  const entries = new Map<number, XrefEntry>();
  for (;;) {
    const first = lexer.unsignedInt();
    if (first === null) break;
    const count = lexer.unsignedInt();
    if (count === null || first + count > MAX_OBJECT_NUMBER || count * 5 > end - lexer.pos)
      throw new PdfSyntaxError('bad cross-reference subsection');
    for (let i = 0; i < count; i++) {
      const position = lexer.unsignedInt();
      const gen = lexer.unsignedInt();
      const type = lexer.keyword();
      if (position === null || gen === null || (type !== 'n' && type !== 'f'))
        throw new PdfSyntaxError('bad cross-reference entry');
      const num = first + i;
      // The first definition of a number in a section counts (as readers take it).
      if (entries.has(num)) continue;
      entries.set(num, type === 'n' ? { kind: 'offset', offset: position, gen } : { kind: 'free' });
    }
  }
  lexer.expectKeyword('trailer');
  const trailer = lexer.value();
  if (!(trailer instanceof PdfDict)) throw new PdfSyntaxError('trailer is not a dictionary');
  return { offset, entries, trailer, streamNum: null, end: lexer.pos };
}

function field(data: Uint8Array, at: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 256 + data[at + i]!;
  return value;
}

function widthsOf(value: PdfValue | undefined): [number, number, number] {
  if (!Array.isArray(value) || value.length !== 3 || !value.every(isIndex))
    throw new PdfSyntaxError('bad /W in a cross-reference stream');
  const [w1, w2, w3] = value as [number, number, number];
  if (w1 > 4 || w2 > 8 || w3 > 4 || w2 === 0) throw new PdfSyntaxError('bad /W widths');
  return [w1, w2, w3];
}

function subsectionsOf(value: PdfValue | undefined, size: number): number[] {
  const index = value ?? [0, size];
  if (!Array.isArray(index) || index.length % 2 !== 0 || !index.every(isIndex))
    throw new PdfSyntaxError('bad /Index in a cross-reference stream');
  return index as number[];
}

function readStreamSection(bytes: Uint8Array, offset: number, end: number): XrefSection {
  const object = readIndirectObject(bytes, offset, end, () => null);
  const stream = object.value;
  if (!(stream instanceof PdfStream) || !isName(stream.dict.get('Type'), 'XRef'))
    throw new PdfSyntaxError('not a cross-reference stream');
  const size = stream.dict.get('Size');
  if (!isIndex(size) || size > MAX_OBJECT_NUMBER) throw new PdfSyntaxError('bad /Size');
  const widths = widthsOf(stream.dict.get('W'));
  const rowLength = widths[0] + widths[1] + widths[2];
  const index = subsectionsOf(stream.dict.get('Index'), size);
  const data = decodeStream(stream, MAX_XREF_STREAM);
  const entries = new Map<number, XrefEntry>();
  let row = 0;
  for (let i = 0; i < index.length; i += 2) {
    const first = index[i]!;
    const count = index[i + 1]!;
    if (first + count > MAX_OBJECT_NUMBER) throw new PdfSyntaxError('bad /Index range');
    for (let k = 0; k < count; k++, row++) {
      const at = row * rowLength;
      if (at + rowLength > data.byteLength)
        throw new PdfSyntaxError('cross-reference stream too short');
      const type = widths[0] === 0 ? 1 : field(data, at, widths[0]);
      const second = field(data, at + widths[0], widths[1]);
      const third = field(data, at + widths[0] + widths[1], widths[2]);
      const num = first + k;
      if (entries.has(num)) continue;
      if (type === 0) entries.set(num, { kind: 'free' });
      else if (type === 1) entries.set(num, { kind: 'offset', offset: second, gen: third });
      else if (type === 2) entries.set(num, { kind: 'compressed', stream: second, index: third });
      // Other types are reserved: readers treat them as null objects.
    }
  }
  return { offset, entries, trailer: stream.dict, streamNum: object.num, end: object.end };
}

function startsWithXref(bytes: Uint8Array, offset: number, end: number): boolean {
  const lexer = new PdfLexer(bytes, offset, end, true);
  return lexer.keyword(true) === 'xref';
}

/** The section at `offset`: a table (with its hybrid /XRefStm merged under it) or a stream. */
export function readSection(bytes: Uint8Array, offset: number, end: number): XrefSection {
  if (!startsWithXref(bytes, offset, end)) return readStreamSection(bytes, offset, end);
  const table = readTable(bytes, offset, end);
  const hybrid = table.trailer.get('XRefStm');
  if (isIndex(hybrid) && hybrid < end) {
    // §7.5.8.4: a hybrid file's table lists what old readers see; the stream adds the rest.
    const stream = readStreamSection(bytes, hybrid, end);
    for (const [num, entry] of stream.entries)
      if (!table.entries.has(num)) table.entries.set(num, entry);
  }
  return table;
}

/**
 * The sections from `startxref` back through /Prev, newest first. Only bytes before
 * `end` are read: for a revision, that is where it ends. `cache` keeps the sections
 * read before, by offset, so that the revisions of one file share them.
 */
export function readXrefChain(
  bytes: Uint8Array,
  startxref: number,
  end: number,
  cache: Map<number, XrefSection> = new Map(),
): XrefSection[] {
  const sections: XrefSection[] = [];
  const seen = new Set<number>();
  let offset: number | null = startxref;
  while (offset !== null) {
    if (seen.has(offset) || sections.length >= MAX_SECTIONS || offset >= end)
      throw new PdfSyntaxError('cross-reference chain loops or points outside the file');
    seen.add(offset);
    let section = cache.get(offset);
    if (!section) {
      section = readSection(bytes, offset, bytes.byteLength);
      cache.set(offset, section);
    }
    if (section.end > end)
      throw new PdfSyntaxError('cross-reference section runs past its revision');
    sections.push(section);
    const prev = section.trailer.get('Prev');
    offset = isIndex(prev) ? prev : null;
  }
  return sections;
}

const STARTXREF = Buffer.from('startxref', 'latin1');
/** %%EOF is to be in the last 1024 bytes; some writers leave more garbage behind it. */
const TAIL = 4096;

/** The offset `startxref` names in the last bytes before `end`; null when there is none. */
export function lastStartxref(bytes: Uint8Array, end: number): number | null {
  const from = Math.max(0, end - TAIL);
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + from, end - from);
  const found = tail.lastIndexOf(STARTXREF);
  if (found === -1) return null;
  const lexer = new PdfLexer(bytes, from + found + STARTXREF.length, end, true);
  return lexer.unsignedInt();
}
