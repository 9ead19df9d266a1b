import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, checkAttachment, sanitizeFileName } from './attachments';
import {
  elfExecutable,
  minimalJpeg,
  minimalPdf,
  minimalPng,
  minimalTiff,
  windowsExecutable,
} from './testing/sampleFiles';

describe('sanitizeFileName', () => {
  it('keeps only the last path segment', () => {
    expect(sanitizeFileName('../../evil.pdf')).toBe('evil.pdf');
    expect(sanitizeFileName('..\\..\\x.pdf')).toBe('x.pdf');
    expect(sanitizeFileName('/etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Windows\\system32\\a.pdf')).toBe('a.pdf');
  });

  it('keeps an ordinary Czech name as it is', () => {
    expect(sanitizeFileName('Žádost o stavební povolení (2).pdf')).toBe(
      'Žádost o stavební povolení (2).pdf',
    );
  });

  it('prefixes Windows device names', () => {
    expect(sanitizeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(sanitizeFileName('nul')).toBe('_nul');
    expect(sanitizeFileName('com1.tar.gz')).toBe('_com1.tar.gz');
    expect(sanitizeFileName('LPT9.jpg')).toBe('_LPT9.jpg');
    expect(sanitizeFileName('console.pdf')).toBe('console.pdf');
  });

  it('replaces control characters and characters Windows forbids', () => {
    expect(sanitizeFileName('a\u0000b\u001fc\u007f.pdf')).toBe('a_b_c_.pdf');
    expect(sanitizeFileName('a<b>c:d"e|f?g*h.pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(sanitizeFileName('line\nbreak.pdf')).toBe('line_break.pdf');
  });

  it('replaces bidi controls that disguise the extension', () => {
    const disguised = 'faktura\u202Efdp.exe';
    const safe = sanitizeFileName(disguised);
    expect(safe).toBe('faktura_fdp.exe');
    for (const ch of ['\u200e', '\u200f', '\u061c', '\u202a', '\u202d', '\u2066', '\u2069']) {
      expect(sanitizeFileName(`a${ch}b.pdf`)).toBe('a_b.pdf');
    }
  });

  it('drops leading dots and trailing dots and spaces', () => {
    expect(sanitizeFileName('.htaccess')).toBe('htaccess');
    expect(sanitizeFileName('scan.pdf. . ')).toBe('scan.pdf');
  });

  it('shortens very long names and keeps the extension', () => {
    const safe = sanitizeFileName(`${'dlouhý název '.repeat(40)}.pdf`);
    expect(safe.length).toBeLessThanOrEqual(180);
    expect(safe.endsWith('.pdf')).toBe(true);
    expect(safe.startsWith('dlouhý název dlouhý')).toBe(true);
  });

  it('never splits a character when shortening', () => {
    const safe = sanitizeFileName(`${'a'}${'😀'.repeat(120)}.pdf`);
    expect(safe.length).toBeLessThanOrEqual(180);
    expect(safe.endsWith('😀.pdf')).toBe(true);
    expect(safe).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  });

  it('names a file "soubor" when nothing usable is left', () => {
    expect(sanitizeFileName('')).toBe('soubor');
    expect(sanitizeFileName('...')).toBe('soubor');
    expect(sanitizeFileName('../')).toBe('soubor');
    expect(sanitizeFileName('   ')).toBe('soubor');
  });
});

describe('checkAttachment', () => {
  it('refuses an empty file', async () => {
    expect(await checkAttachment('sken.pdf', new Uint8Array(0))).toEqual({
      ok: false,
      issue: { path: 'files', message: 'validation.file.empty', params: { name: 'sken.pdf' } },
    });
  });

  it('refuses a file over the limit and says the limit in MB', async () => {
    const big = new Uint8Array(60 * 1024 * 1024);
    big.set(minimalPdf());
    const check = await checkAttachment('velky.pdf', big);
    expect(check).toEqual({
      ok: false,
      issue: {
        path: 'files',
        message: 'validation.file.tooLarge',
        params: { name: 'velky.pdf', size: 60, limit: 50 },
      },
    });
  });

  it('accepts a file of exactly the limit', async () => {
    const edge = new Uint8Array(MAX_ATTACHMENT_BYTES);
    edge.set(minimalPdf());
    expect((await checkAttachment('hranice.pdf', edge)).ok).toBe(true);
  });

  it.each([
    ['dopis.pdf', minimalPdf, 'application/pdf', 'pdf'],
    ['foto.png', minimalPng, 'image/png', 'png'],
    ['foto.JPG', minimalJpeg, 'image/jpeg', 'jpeg'],
    ['foto.jpeg', minimalJpeg, 'image/jpeg', 'jpeg'],
    ['sken.tif', minimalTiff, 'image/tiff', 'tiff'],
    ['sken.tiff', minimalTiff, 'image/tiff', 'tiff'],
  ])('accepts %s as %s', async (name, bytes, mime, format) => {
    const data = bytes();
    expect(await checkAttachment(name, data)).toEqual({
      ok: true,
      file: { name, originalName: name, mime, format, size: data.byteLength, renamed: false },
    });
  });

  it('refuses a Windows program named .pdf and names what it is', async () => {
    const check = await checkAttachment('faktura.pdf', windowsExecutable());
    expect(check).toEqual({
      ok: false,
      issue: {
        path: 'files',
        message: 'validation.file.contentMismatch',
        params: {
          name: 'faktura.pdf',
          claimed: 'PDF',
          detected: 'spustitelný program (Windows EXE)',
        },
      },
    });
  });

  it('refuses a Linux program named .jpg', async () => {
    const check = await checkAttachment('foto.jpg', elfExecutable());
    expect(check).toMatchObject({
      ok: false,
      issue: {
        message: 'validation.file.contentMismatch',
        params: { claimed: 'JPEG', detected: 'spustitelný program (ELF)' },
      },
    });
  });

  it('refuses a script named .pdf', async () => {
    const check = await checkAttachment('x.pdf', new TextEncoder().encode('#!/bin/sh\nrm -rf ~\n'));
    expect(check).toMatchObject({ ok: false, issue: { params: { detected: 'skript' } } });
  });

  it('refuses a PNG named .pdf', async () => {
    expect(await checkAttachment('dopis.pdf', minimalPng())).toEqual({
      ok: false,
      issue: {
        path: 'files',
        message: 'validation.file.contentMismatch',
        params: { name: 'dopis.pdf', claimed: 'PDF', detected: 'PNG' },
      },
    });
  });

  it('refuses formats it does not keep', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    expect(await checkAttachment('stranka.html', html)).toEqual({
      ok: false,
      issue: {
        path: 'files',
        message: 'validation.file.unsupported',
        params: { name: 'stranka.html' },
      },
    });
    expect((await checkAttachment('program.exe', windowsExecutable())).ok).toBe(false);
  });

  it('gives a file without an extension the one its content has', async () => {
    expect(await checkAttachment('sken', minimalPdf())).toMatchObject({
      ok: true,
      file: { name: 'sken.pdf', originalName: 'sken', format: 'pdf', renamed: true },
    });
    expect(await checkAttachment('foto', minimalJpeg())).toMatchObject({
      ok: true,
      file: { name: 'foto.jpg', renamed: true },
    });
  });

  it('does not report a name only composed differently as renamed', async () => {
    const decomposed = 'Z\u030cádost.pdf';
    expect(await checkAttachment(decomposed, minimalPdf())).toMatchObject({
      ok: true,
      file: { name: 'Žádost.pdf', originalName: decomposed, renamed: false },
    });
  });

  it('checks the safe name and reports it renamed', async () => {
    expect(await checkAttachment('../../evil.pdf', minimalPdf())).toMatchObject({
      ok: true,
      file: { name: 'evil.pdf', originalName: '../../evil.pdf', renamed: true },
    });
    expect(await checkAttachment('CON.pdf', minimalPdf())).toMatchObject({
      ok: true,
      file: { name: '_CON.pdf', renamed: true },
    });
  });
});
