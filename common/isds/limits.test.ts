import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/i18n/resources';
import type { OutgoingMessage } from './model';
import { ALLOWED_EXTENSIONS, checkOutgoing, extensionOf, type LimitIssue } from './limits';
import { sampleOutgoingMessage } from './testing/samples';

const MB = 1024 * 1024;
type OutgoingFile = OutgoingMessage['files'][number];

function file(name: string, size: number, main = false): OutgoingFile {
  return {
    dmMimeType: 'application/pdf',
    dmFileMetaType: main ? 'main' : 'enclosure',
    dmFileDescr: name,
    content: new Uint8Array(size),
  };
}

function withFiles(files: OutgoingFile[]): OutgoingMessage {
  return sampleOutgoingMessage({ files });
}

const codes = (issues: LimitIssue[]) => issues.map((issue) => issue.code);

describe('checkOutgoing', () => {
  it('lets a normal message through', () => {
    expect(checkOutgoing(sampleOutgoingMessage())).toEqual([]);
  });

  it('allows exactly 20 MB in total and refuses one byte more', () => {
    const half = 10 * MB;
    expect(checkOutgoing(withFiles([file('a.pdf', half, true), file('b.pdf', half)]))).toEqual([]);
    const over = checkOutgoing(withFiles([file('a.pdf', half, true), file('b.pdf', half + 1)]));
    expect(over).toEqual([
      { code: 'isds.limits.tooLarge', params: { size: 20.1, max: 20, bytes: 20 * MB + 1 } },
    ]);
  });

  it('allows 100 files and refuses 101', () => {
    const files = (count: number) =>
      Array.from({ length: count }, (_, index) => file(`priloha-${index}.pdf`, 10, index === 0));
    expect(checkOutgoing(withFiles(files(100)))).toEqual([]);
    expect(codes(checkOutgoing(withFiles(files(101))))).toEqual(['isds.limits.tooManyFiles']);
  });

  it('needs a file, the first one main and no other main', () => {
    expect(codes(checkOutgoing(withFiles([])))).toEqual(['isds.limits.noFiles']);
    expect(codes(checkOutgoing(withFiles([file('a.pdf', 5), file('b.pdf', 5, true)])))).toEqual([
      'isds.limits.firstNotMain',
      'isds.limits.mainNotFirst',
    ]);
    const issues = checkOutgoing(withFiles([file('a.pdf', 5, true), file('b.pdf', 5, true)]));
    expect(issues).toEqual([
      { code: 'isds.limits.mainNotFirst', params: { name: 'b.pdf' }, file: 1 },
    ]);
  });

  it('checks file names: length 255 at most, not empty, an allowed format', () => {
    const long = `${'ř'.repeat(251)}.pdf`;
    expect(checkOutgoing(withFiles([file(long, 5, true)]))).toEqual([]);
    const tooLong = `${'ř'.repeat(252)}.pdf`;
    expect(checkOutgoing(withFiles([file(tooLong, 5, true)]))).toEqual([
      {
        code: 'isds.limits.fileNameTooLong',
        params: { name: tooLong, length: 256, max: 255 },
        file: 0,
      },
    ]);
    expect(codes(checkOutgoing(withFiles([file('  ', 5, true)])))).toEqual([
      'isds.limits.fileNameEmpty',
    ]);
    for (const name of ['virus.exe', 'archiv.zip', 'bez-pripony', 'skript.js', '.pdf', 'tecka.'])
      expect(codes(checkOutgoing(withFiles([file(name, 5, true)]))), name).toEqual([
        'isds.limits.formatNotAllowed',
      ]);
    for (const name of [
      'Rozhodnutí.PDF',
      'sken.tiff',
      'data.xml',
      'podpis.p7s',
      'dopis.docx',
      'foto.JPG',
      'faktura.isdoc',
      'zprava.zfo',
    ])
      expect(checkOutgoing(withFiles([file(name, 5, true)])), name).toEqual([]);
  });

  it('refuses an empty file', () => {
    expect(codes(checkOutgoing(withFiles([file('a.pdf', 0, true)])))).toEqual([
      'isds.limits.fileEmpty',
    ]);
  });

  it('checks the recipient box ID and the subject', () => {
    const base = sampleOutgoingMessage();
    const message = (dbIDRecipient: string, dmAnnotation: string): OutgoingMessage => ({
      ...base,
      envelope: { ...base.envelope, dbIDRecipient, dmAnnotation },
    });
    expect(codes(checkOutgoing(message('ABC1234', 'Věc')))).toEqual([
      'isds.limits.recipientInvalid',
    ]);
    expect(codes(checkOutgoing(message('abc123', 'Věc')))).toEqual([
      'isds.limits.recipientInvalid',
    ]);
    expect(codes(checkOutgoing(message('abc1234', '   ')))).toEqual([
      'isds.limits.annotationEmpty',
    ]);
    expect(checkOutgoing(message('abc1234', 'é'.repeat(255)))).toEqual([]);
    expect(checkOutgoing(message('abc1234', 'é'.repeat(256)))).toEqual([
      { code: 'isds.limits.annotationTooLong', params: { length: 256, max: 255 } },
    ]);
  });

  it('reports every issue at once', () => {
    const base = sampleOutgoingMessage();
    const issues = checkOutgoing({
      ...base,
      envelope: { ...base.envelope, dbIDRecipient: 'x', dmAnnotation: '' },
      files: [file('a.exe', 0)],
    });
    expect(codes(issues)).toEqual([
      'isds.limits.recipientInvalid',
      'isds.limits.annotationEmpty',
      'isds.limits.formatNotAllowed',
      'isds.limits.fileEmpty',
      'isds.limits.firstNotMain',
    ]);
  });

  it('has a Czech and an English text for every code', () => {
    const base = sampleOutgoingMessage();
    const issues = [
      ...checkOutgoing({
        ...base,
        envelope: { ...base.envelope, dbIDRecipient: 'x', dmAnnotation: 'x'.repeat(300) },
        files: [],
      }),
      ...checkOutgoing({
        ...base,
        envelope: { ...base.envelope, dmAnnotation: '' },
        files: [
          file(`${'a'.repeat(300)}.exe`, 0),
          file('', 21 * MB, true),
          ...Array.from({ length: 100 }, () => file('x.pdf', 1)),
        ],
      }),
    ];
    const keys = new Set(issues.map((issue) => issue.code.replace('isds.limits.', '')));
    expect(keys.size).toBe(12);
    for (const key of keys) {
      expect(resources.cs.translation.isds.limits).toHaveProperty(key);
      expect(resources.en.translation.isds.limits).toHaveProperty(key);
    }
  });
});

describe('extensionOf and the allowed formats', () => {
  it('takes the last extension, lower-case', () => {
    expect(extensionOf('Smlouva.final.DOCX')).toBe('docx');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
  });

  it('has the formats of the ISDS list and no executables or archives', () => {
    for (const extension of [
      'pdf',
      'xml',
      'fo',
      'zfo',
      'odt',
      'docx',
      'jpg',
      'png',
      'tif',
      'mp3',
      'dwg',
      'p7s',
      'asice',
    ])
      expect(ALLOWED_EXTENSIONS.has(extension), extension).toBe(true);
    for (const extension of ['exe', 'zip', 'rar', 'js', 'bat', 'msi', 'svg'])
      expect(ALLOWED_EXTENSIONS.has(extension), extension).toBe(false);
  });
});
