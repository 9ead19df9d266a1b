import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testJpeg } from '../testing/clauseFixtures';
import { detectFormat } from './detectFormat';

const ZFO = fileURLToPath(
  new URL('../../../../../shared/fixtures/isds/received_message-330141.zfo', import.meta.url),
);
const hint = (name: string, mime = '') => ({ name, mime });
const text = (value: string) => new TextEncoder().encode(value);

describe('detectFormat', () => {
  it('knows the convertible formats by their bytes, whatever the name says', async () => {
    expect(
      detectFormat(await testJpeg(40, 40), hint('dopis.pdf', 'application/pdf')),
    ).toMatchObject({
      kind: 'image',
      image: 'jpeg',
      name: 'JPEG (image/jpeg)',
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(detectFormat(png, hint('a.jpg'))).toMatchObject({ kind: 'image', image: 'png' });
    expect(detectFormat(new Uint8Array([0x49, 0x49, 42, 0, 8, 0, 0, 0]), hint('x'))).toMatchObject({
      kind: 'image',
      image: 'tiff',
    });
    expect(detectFormat(new Uint8Array([0x4d, 0x4d, 0, 42, 0, 0, 0, 8]), hint('x'))).toMatchObject({
      kind: 'image',
      image: 'tiff',
    });
    expect(detectFormat(text('%PDF-1.4\n%âãÏÓ\n'), hint('sken.jpg'))).toEqual({
      kind: 'pdf',
      name: 'PDF 1.4 (application/pdf)',
    });
    expect(detectFormat(text('\ufeffDobrý den,\n\tpodáváme…\n'), hint('dopis.bin'))).toEqual({
      kind: 'text',
      name: 'prostý text (text/plain, UTF-8)',
      text: 'Dobrý den,\n\tpodáváme…\n',
    });
  });

  it('names the office formats it refuses', () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document/>'),
    });
    expect(detectFormat(docx, hint('zapis.pdf'))).toEqual({
      kind: 'unsupported',
      name: 'DOCX (Microsoft Word)',
    });
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<w/>'),
    });
    expect(detectFormat(xlsx, hint('x'))).toMatchObject({ name: 'XLSX (Microsoft Excel)' });
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    });
    expect(detectFormat(odt, hint('x'))).toEqual({
      kind: 'unsupported',
      name: 'ODT (OpenDocument – text)',
    });
    expect(detectFormat(zipSync({ 'a.txt': strToU8('a') }), hint('x'))).toMatchObject({
      name: 'archiv ZIP (application/zip)',
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(detectFormat(ole, hint('stary.doc'))).toMatchObject({
      name: 'dokument Microsoft Office 97–2003 (DOC, XLS, PPT)',
    });
    expect(detectFormat(text('{\\rtf1\\ansi ahoj}'), hint('x'))).toMatchObject({
      name: 'RTF (application/rtf)',
    });
  });

  it('calls a signed ZFO a ZFO only when its name says so', async () => {
    const zfo = new Uint8Array(await readFile(ZFO));
    expect(detectFormat(zfo, hint('zprava.zfo'))).toEqual({
      kind: 'unsupported',
      name: 'ZFO (datová zpráva ISDS)',
    });
    expect(detectFormat(zfo, hint('zprava.p7s'))).toMatchObject({
      name: 'podepsaná data PKCS#7/CMS',
    });
  });

  it('refuses markup and binary data, naming the hints when the bytes say nothing', () => {
    expect(detectFormat(text('<?xml version="1.0"?>\n<faktura/>'), hint('f.txt'))).toMatchObject({
      kind: 'unsupported',
      name: 'XML (application/xml)',
    });
    expect(
      detectFormat(text('  <!DOCTYPE html><html><body>x</body></html>'), hint('x')),
    ).toMatchObject({
      name: 'HTML (text/html)',
    });
    expect(
      detectFormat(new Uint8Array([0xc3, 0x28, 0x41]), hint('data.dat', 'application/x-foo')),
    ).toEqual({
      kind: 'unsupported',
      name: 'neznámý (přípona .dat, typ application/x-foo)',
    });
    expect(detectFormat(text('ahoj\u0000světe'), hint(''))).toEqual({
      kind: 'unsupported',
      name: 'neznámý',
    });
    expect(detectFormat(text('GIF89a....'), hint('x'))).toMatchObject({ name: 'GIF (image/gif)' });
  });
});
