/**
 * PDF object syntax (ISO 32000-2 §7.2–7.3) over untrusted bytes: numbers, names,
 * strings, arrays, dictionaries and references, with nesting bounded so that no input
 * can make the parser recurse or work more than linearly in what it reads.
 */
import { PdfDict, PdfName, PdfRef, PdfString, PdfSyntaxError, type PdfValue } from './values';

/** Deeper than any real dictionary nests (a page's resources reach five or six). */
const MAX_DEPTH = 64;

const WHITESPACE = new Uint8Array(256);
for (const code of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITESPACE[code] = 1;
const DELIMITER = new Uint8Array(256);
for (const char of '()<>[]{}/%') DELIMITER[char.charCodeAt(0)] = 1;

const CHAR = {
  lf: 0x0a,
  cr: 0x0d,
  percent: 0x25,
  slash: 0x2f,
  openParen: 0x28,
  closeParen: 0x29,
  less: 0x3c,
  greater: 0x3e,
  openBracket: 0x5b,
  closeBracket: 0x5d,
  backslash: 0x5c,
  hash: 0x23,
  zero: 0x30,
  nine: 0x39,
  plus: 0x2b,
  minus: 0x2d,
  dot: 0x2e,
  R: 0x52,
} as const;

export function isWhitespace(code: number | undefined): boolean {
  return code !== undefined && WHITESPACE[code] === 1;
}

function isRegular(code: number | undefined): code is number {
  return code !== undefined && WHITESPACE[code] === 0 && DELIMITER[code] === 0;
}

function isDigit(code: number | undefined): code is number {
  return code !== undefined && code >= CHAR.zero && code <= CHAR.nine;
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

const latin1 = new TextDecoder('latin1');

/** `\n`, `\r`, `\t`, `\b`, `\f` in literal strings. */
const ESCAPES: Record<number, number> = {
  0x6e: 0x0a,
  0x72: 0x0d,
  0x74: 0x09,
  0x62: 0x08,
  0x66: 0x0c,
};

/** A byte buffer that grows by doubling: strings are read without knowing their length. */
class ByteSink {
  private buffer = new Uint8Array(64);
  private length = 0;

  push(byte: number): void {
    if (this.length === this.buffer.byteLength) {
      const grown = new Uint8Array(this.buffer.byteLength * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = byte;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

export class PdfLexer {
  pos: number;

  /**
   * `fileOffsets`: the bytes are the file itself (not a decoded object stream), so the
   * spans recorded for strings are positions in the file.
   */
  constructor(
    readonly bytes: Uint8Array,
    start: number,
    readonly end: number,
    private readonly fileOffsets: boolean,
  ) {
    this.pos = start;
  }

  get atEnd(): boolean {
    return this.pos >= this.end;
  }

  peek(): number | undefined {
    return this.pos < this.end ? this.bytes[this.pos] : undefined;
  }

  /** Skips whitespace and comments. */
  skipSpace(): void {
    while (this.pos < this.end) {
      const code = this.bytes[this.pos]!;
      if (WHITESPACE[code]) {
        this.pos++;
      } else if (code === CHAR.percent) {
        while (
          this.pos < this.end &&
          this.bytes[this.pos] !== CHAR.lf &&
          this.bytes[this.pos] !== CHAR.cr
        )
          this.pos++;
      } else {
        return;
      }
    }
  }

  /** A run of regular characters (a keyword or a number), without moving past it when `peekOnly`. */
  keyword(peekOnly = false): string {
    this.skipSpace();
    let end = this.pos;
    while (end < this.end && isRegular(this.bytes[end])) end++;
    const word = latin1.decode(this.bytes.subarray(this.pos, end));
    if (!peekOnly) this.pos = end;
    return word;
  }

  expectKeyword(word: string): void {
    const found = this.keyword();
    if (found !== word) throw new PdfSyntaxError(`expected ${word}, found "${found.slice(0, 20)}"`);
  }

  /** An unsigned integer, or null (position unchanged) when none stands here. */
  unsignedInt(): number | null {
    this.skipSpace();
    let end = this.pos;
    let value = 0;
    while (end < this.end && isDigit(this.bytes[end])) {
      value = value * 10 + (this.bytes[end]! - CHAR.zero);
      end++;
    }
    if (end === this.pos || isRegular(this.bytes[end]) || !Number.isSafeInteger(value)) return null;
    this.pos = end;
    return value;
  }

  value(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('objects nest too deeply');
    this.skipSpace();
    const code = this.peek();
    if (code === undefined) throw new PdfSyntaxError('unexpected end of data');
    if (code === CHAR.slash) return this.name();
    if (code === CHAR.openParen) return this.literalString();
    if (code === CHAR.less) {
      if (this.bytes[this.pos + 1] === CHAR.less) return this.dictionary(depth);
      return this.hexString();
    }
    if (code === CHAR.openBracket) return this.array(depth);
    if (isDigit(code) || code === CHAR.plus || code === CHAR.minus || code === CHAR.dot)
      return this.numberOrRef();
    const word = this.keyword();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    throw new PdfSyntaxError(
      `unexpected token "${word.slice(0, 20) || String.fromCharCode(code)}"`,
    );
  }

  private name(): PdfName {
    this.pos++;
    const out: number[] = [];
    while (this.pos < this.end && isRegular(this.bytes[this.pos])) {
      const code = this.bytes[this.pos]!;
      if (code === CHAR.hash && this.pos + 2 < this.end) {
        const high = hexValue(this.bytes[this.pos + 1]!);
        const low = hexValue(this.bytes[this.pos + 2]!);
        if (high >= 0 && low >= 0) {
          out.push(high * 16 + low);
          this.pos += 3;
          continue;
        }
      }
      out.push(code);
      this.pos++;
    }
    return new PdfName(latin1.decode(Uint8Array.from(out)));
  }

  private numberOrRef(): number | PdfRef {
    const start = this.pos;
    const first = this.number();
    if (!Number.isSafeInteger(first) || first < 0 || this.bytes[start] === CHAR.plus) return first;
    const afterFirst = this.pos;
    const generation = this.unsignedInt();
    if (generation !== null) {
      this.skipSpace();
      if (this.peek() === CHAR.R && !isRegular(this.bytes[this.pos + 1])) {
        this.pos++;
        return new PdfRef(first, generation);
      }
    }
    this.pos = afterFirst;
    return first;
  }

  private number(): number {
    let end = this.pos;
    while (end < this.end && isRegular(this.bytes[end])) end++;
    const text = latin1.decode(this.bytes.subarray(this.pos, end));
    this.pos = end;
    // PDF numbers are decimal only: no exponents, no hex; "--5" and the like are broken writers.
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text))
      throw new PdfSyntaxError(`not a number "${text.slice(0, 20)}"`);
    return Number(text);
  }

  private literalString(): PdfString {
    const start = this.pos;
    this.pos++;
    const out = new ByteSink();
    let nesting = 1;
    while (this.pos < this.end) {
      const code = this.bytes[this.pos++]!;
      if (code === CHAR.openParen) {
        nesting++;
      } else if (code === CHAR.closeParen) {
        nesting--;
        if (nesting === 0) return new PdfString(out.bytes(), false, this.span(start));
      } else if (code === CHAR.backslash) {
        this.escape(out);
        continue;
      } else if (code === CHAR.cr) {
        // An end of line in a string reads as a single LF.
        if (this.bytes[this.pos] === CHAR.lf) this.pos++;
        out.push(CHAR.lf);
        continue;
      }
      out.push(code);
    }
    throw new PdfSyntaxError('unterminated string');
  }

  private escape(out: ByteSink): void {
    const code = this.bytes[this.pos++];
    if (code === undefined) return;
    const simple = ESCAPES[code];
    if (simple !== undefined) {
      out.push(simple);
    } else if (code >= 0x30 && code <= 0x37) {
      let value = code - 0x30;
      for (let i = 0; i < 2; i++) {
        const next = this.bytes[this.pos];
        if (next === undefined || next < 0x30 || next > 0x37) break;
        value = value * 8 + (next - 0x30);
        this.pos++;
      }
      out.push(value & 0xff);
    } else if (code === CHAR.cr) {
      if (this.bytes[this.pos] === CHAR.lf) this.pos++;
    } else if (code !== CHAR.lf) {
      out.push(code);
    }
  }

  /** Reads up to the closing `>` and no further than the object's end, whatever follows. */
  private hexString(): PdfString {
    const start = this.pos;
    this.pos++;
    const out = new ByteSink();
    let high = -1;
    while (this.pos < this.end) {
      const code = this.bytes[this.pos++]!;
      if (code === CHAR.greater) {
        if (high >= 0) out.push(high * 16);
        return new PdfString(out.bytes(), true, this.span(start));
      }
      if (WHITESPACE[code]) continue;
      const digit = hexValue(code);
      if (digit < 0) throw new PdfSyntaxError('not a hex digit in a hex string');
      if (high < 0) {
        high = digit;
      } else {
        out.push(high * 16 + digit);
        high = -1;
      }
    }
    throw new PdfSyntaxError('unterminated hex string');
  }

  private array(depth: number): PdfValue[] {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      const code = this.peek();
      if (code === undefined) throw new PdfSyntaxError('unterminated array');
      if (code === CHAR.closeBracket) {
        this.pos++;
        return items;
      }
      items.push(this.value(depth + 1));
    }
  }

  private dictionary(depth: number): PdfDict {
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      const code = this.peek();
      if (code === undefined) throw new PdfSyntaxError('unterminated dictionary');
      if (code === CHAR.greater) {
        if (this.bytes[this.pos + 1] !== CHAR.greater)
          throw new PdfSyntaxError('stray > in a dictionary');
        this.pos += 2;
        return new PdfDict(entries);
      }
      if (code !== CHAR.slash) throw new PdfSyntaxError('a dictionary key is not a name');
      const key = this.name().value;
      const value = this.value(depth + 1);
      // ISO 32000-2 §7.3.7: a key with the value null is as if it were absent.
      if (value !== null) entries.set(key, value);
    }
  }

  private span(start: number): { start: number; end: number } | null {
    return this.fileOffsets ? { start, end: this.pos } : null;
  }
}
