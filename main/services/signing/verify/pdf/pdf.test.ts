import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cmsOfContents } from '../cms/contents';
import { signedRangesOf } from '../byteRange';
import { decodeStream } from './filters';
import { PdfLexer } from './lexer';
import { readIndirectObject } from './objects';
import { dateOf, textOf } from './text';
import {
  PdfDict,
  PdfName,
  PdfRef,
  PdfStream,
  PdfString,
  PdfSyntaxError,
  type PdfValue,
} from './values';

function parse(text: string): PdfValue {
  const bytes = Buffer.from(text, 'latin1');
  return new PdfLexer(bytes, 0, bytes.byteLength, true).value();
}

function dict(value: PdfValue): PdfDict {
  if (!(value instanceof PdfDict)) throw new Error('not a dictionary');
  return value;
}

function text(value: PdfValue | undefined): string {
  if (!(value instanceof PdfString)) throw new Error('not a string');
  return Buffer.from(value.bytes).toString('latin1');
}

describe('PDF object syntax', () => {
  it('reads strings, names, numbers, references and drops null entries', () => {
    const value = dict(
      parse(String.raw`<< /A (a\(b\)c\\d\101\
e) /B <48 65 6C6C6F7> /N#41me /x /Ref 12 0 R /Nums [1 2 3 -4.5 .5] /Null null /T true >>`),
    );
    expect(text(value.get('A'))).toBe('a(b)c\\dAe');
    expect(text(value.get('B'))).toBe('Hellop');
    expect(value.get('NAme')).toEqual(new PdfName('x'));
    expect(value.get('Ref')).toEqual(new PdfRef(12, 0));
    expect(value.get('Nums')).toEqual([1, 2, 3, -4.5, 0.5]);
    expect(value.keys()).not.toContain('Null');
    expect(value.get('T')).toBe(true);
  });

  it('records where a string stands in the file', () => {
    const value = dict(parse('<< /Contents <0A0B> >>')).get('Contents');
    expect(value).toBeInstanceOf(PdfString);
    expect((value as PdfString).span).toEqual({ start: 13, end: 19 });
  });

  it('refuses nesting beyond its limit and unterminated structures', () => {
    expect(() => parse('['.repeat(1000))).toThrow(PdfSyntaxError);
    expect(() => parse('<< /A (open')).toThrow(PdfSyntaxError);
    expect(() => parse('<< /A 1')).toThrow(PdfSyntaxError);
    expect(() => parse('1e5')).toThrow(PdfSyntaxError);
  });

  it('reads a stream by its /Length, and by endstream when the length lies', () => {
    const good = Buffer.from(
      '7 0 obj\n<< /Length 5 >>\nstream\nhello\nendstream\nendobj',
      'latin1',
    );
    const read = readIndirectObject(good, 0, good.byteLength, () => null);
    expect(read.num).toBe(7);
    expect(Buffer.from((read.value as PdfStream).data).toString()).toBe('hello');
    const lying = Buffer.from(
      '7 0 obj\n<< /Length 999999999 >>\nstream\nhello\nendstream\nendobj',
      'latin1',
    );
    const recovered = readIndirectObject(lying, 0, lying.byteLength, () => null);
    expect(Buffer.from((recovered.value as PdfStream).data).toString()).toBe('hello');
  });
});

describe('stream decoding', () => {
  it('undoes FlateDecode with the PNG Up predictor', () => {
    // Two rows of three columns, each row tagged 2 (Up).
    const raw = Uint8Array.from([2, 1, 2, 3, 2, 1, 1, 1]);
    const stream = new PdfStream(
      dict(parse('<< /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 3 >> >>')),
      deflateSync(raw),
    );
    expect([...decodeStream(stream, 1024)]).toEqual([1, 2, 3, 2, 3, 4]);
  });

  it('stops a stream that inflates beyond its limit', () => {
    const stream = new PdfStream(
      dict(parse('<< /Filter /FlateDecode >>')),
      deflateSync(Buffer.alloc(1 << 20)),
    );
    expect(() => decodeStream(stream, 64 * 1024)).toThrow(PdfSyntaxError);
  });

  it('refuses filters it does not implement', () => {
    const stream = new PdfStream(dict(parse('<< /Filter /LZWDecode >>')), new Uint8Array(4));
    expect(() => decodeStream(stream, 1024)).toThrow(PdfSyntaxError);
  });
});

describe('text and dates', () => {
  it('decodes UTF-16BE and PDFDocEncoding (š, ž, Ł where Latin-1 has controls)', () => {
    const utf16 = new PdfString(Uint8Array.from([0xfe, 0xff, 0x00, 0x50, 0x01, 0x59]), true, null);
    expect(textOf(utf16)).toBe('Př');
    const docEncoded = new PdfString(Uint8Array.from([0x9d, 0x9e, 0x95, 0x61]), false, null);
    expect(textOf(docEncoded)).toBe('šžŁa');
  });

  it('reads PDF dates with and without a time zone', () => {
    const date = (value: string) =>
      dateOf(new PdfString(Buffer.from(value, 'latin1'), false, null));
    expect(date("D:20240131120000+01'00'")?.toISOString()).toBe('2024-01-31T11:00:00.000Z');
    expect(date('D:20240131120000Z')?.toISOString()).toBe('2024-01-31T12:00:00.000Z');
    expect(date('D:2024')?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(date('yesterday')).toBeNull();
  });
});

describe('byte ranges and contents', () => {
  // The gap [a, b) is exactly "<3000>"; the second range runs to the end of the file.
  const head = '%PDF-1.7 << /ByteRange [0 aaa bbb ccc] /Contents ';
  const a = head.length;
  const b = a + '<3000>'.length;
  const tail = ' >>  %%EOF';
  const c = tail.length;
  const file = Buffer.from(
    `${head}<3000>${tail}`
      .replace('aaa', String(a).padStart(3))
      .replace('bbb', String(b).padStart(3))
      .replace('ccc', String(c).padStart(3)),
    'latin1',
  );
  const signature = (fileOffsets: boolean) =>
    dict(new PdfLexer(file, 9, file.byteLength, fileOffsets).value());

  it('accepts a range whose gap is exactly the /Contents string', () => {
    expect(signedRangesOf(signature(true), file.byteLength)).toMatchObject({ a, b, c });
  });

  it('refuses a range past the file, a gap elsewhere, and a /Contents read from a decoded stream', () => {
    expect(signedRangesOf(signature(true), file.byteLength - 1)).toBeNull();
    const shifted = new PdfDict(
      new Map([...signature(true).entries, ['ByteRange', [0, a - 1, b, c]]]),
    );
    expect(signedRangesOf(shifted, file.byteLength)).toBeNull();
    const notFirst = new PdfDict(
      new Map([...signature(true).entries, ['ByteRange', [1, a, b, c]]]),
    );
    expect(signedRangesOf(notFirst, file.byteLength)).toBeNull();
    expect(signedRangesOf(signature(false), file.byteLength)).toBeNull();
  });

  it('cuts the CMS out of its zero padding, and refuses anything else after it', () => {
    expect(cmsOfContents(Uint8Array.from([0x30, 0x01, 0x05, 0, 0, 0]))).toEqual(
      Uint8Array.from([0x30, 0x01, 0x05]),
    );
    expect(cmsOfContents(Uint8Array.from([0x30, 0x01, 0x05, 0, 1]))).toBeNull();
    // Indefinite length (BER): the element ends after its end-of-contents octets.
    expect(cmsOfContents(Uint8Array.from([0x30, 0x80, 0x05, 0x00, 0x00, 0x00, 0, 0]))).toEqual(
      Uint8Array.from([0x30, 0x80, 0x05, 0x00, 0x00, 0x00]),
    );
    expect(cmsOfContents(Uint8Array.from([0x31, 0x00]))).toBeNull();
    expect(cmsOfContents(Uint8Array.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]))).toBeNull();
  });
});
