/**
 * One indirect object (`12 0 obj … endobj`, ISO 32000-2 §7.3.10) at a given offset of
 * the file, a stream's data included (§7.3.8). A stream's /Length may be a reference;
 * the caller resolves it. When the length is missing or wrong the data runs to the
 * `endstream` keyword, as readers do.
 */
import { PdfLexer } from './lexer';
import { isIndex, PdfDict, PdfRef, PdfStream, PdfSyntaxError, type PdfValue } from './values';

export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Where the object (its value, or its stream's `endstream`) ends. */
  end: number;
}

/** Resolves a stream's indirect /Length; null when it cannot be had. */
export type LengthResolver = (ref: PdfRef) => number | null;

const ENDSTREAM = Buffer.from('endstream', 'latin1');

function streamDataStart(lexer: PdfLexer): number {
  // `stream` is followed by CRLF or LF; a bare CR is a broken writer, read leniently.
  let pos = lexer.pos;
  if (lexer.bytes[pos] === 0x0d) pos++;
  if (lexer.bytes[pos] === 0x0a) pos++;
  return pos;
}

/** Whether `endstream` follows `pos`, after an optional end of line. */
function endstreamAt(bytes: Uint8Array, pos: number, end: number): boolean {
  let at = pos;
  while (at < end && (bytes[at] === 0x0d || bytes[at] === 0x0a || bytes[at] === 0x20)) at++;
  return (
    at + ENDSTREAM.length <= end &&
    Buffer.compare(bytes.subarray(at, at + ENDSTREAM.length), ENDSTREAM) === 0
  );
}

function findEndstream(bytes: Uint8Array, start: number, end: number): number {
  // Searched only within the object's own bytes: a missing endstream costs no more than the object.
  const window = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  const relative = window.indexOf(ENDSTREAM);
  if (relative === -1) throw new PdfSyntaxError('stream without endstream');
  const found = start + relative;
  let dataEnd = found;
  if (bytes[dataEnd - 1] === 0x0a) dataEnd--;
  if (bytes[dataEnd - 1] === 0x0d) dataEnd--;
  return Math.max(start, dataEnd);
}

function readStream(lexer: PdfLexer, dict: PdfDict, resolveLength: LengthResolver): PdfStream {
  const start = streamDataStart(lexer);
  const declared = dict.get('Length');
  const length = declared instanceof PdfRef ? resolveLength(declared) : declared;
  let dataEnd: number;
  if (
    isIndex(length) &&
    start + length <= lexer.end &&
    endstreamAt(lexer.bytes, start + length, lexer.end)
  ) {
    dataEnd = start + length;
  } else {
    dataEnd = findEndstream(lexer.bytes, start, lexer.end);
  }
  lexer.pos = dataEnd;
  lexer.expectKeyword('endstream');
  return new PdfStream(dict, lexer.bytes.subarray(start, dataEnd));
}

/** Reads `num gen obj <value> [stream … endstream] endobj` at `offset` of the file. */
export function readIndirectObject(
  bytes: Uint8Array,
  offset: number,
  end: number,
  resolveLength: LengthResolver,
): IndirectObject {
  if (offset >= end) throw new PdfSyntaxError('object offset beyond the data');
  const lexer = new PdfLexer(bytes, offset, end, true);
  const num = lexer.unsignedInt();
  const gen = lexer.unsignedInt();
  if (num === null || gen === null) throw new PdfSyntaxError(`no object at offset ${offset}`);
  lexer.expectKeyword('obj');
  let value = lexer.value();
  if (value instanceof PdfDict && lexer.keyword(true) === 'stream') {
    lexer.keyword();
    value = readStream(lexer, value, resolveLength);
  }
  return { num, gen, value, end: lexer.pos };
}
