import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../documentInfo';
import { ASSETS_DIR, testFonts } from '../../testFonts';
import { requireTool } from '../../testTools';
import { createColorProfileLoader } from '../colorProfile';
import { savePdfA } from '../savePdfA';
import { checkPdfaBytes, type FileReport } from './checkPdfa';
import { formatReport } from './report';
import { parsePdffonts } from './steps';
import { MissingToolsError, requireCheckTools } from './tools';
import { xmpStep } from './xmpCheck';

async function pdfA(): Promise<Uint8Array> {
  const doc = await createDocument({
    title: 'Kontrola',
    author: 'Obec Horní Lhota',
    createdAt: new Date('2026-03-01T10:00:00Z'),
  });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont((await testFonts()).regular.bytes, { subset: true });
  doc.addPage([300, 200]).drawText('Příliš žluťoučký kůň', { font, x: 20, y: 100, size: 12 });
  return savePdfA(doc, { part: 2, colorProfile: await createColorProfileLoader(ASSETS_DIR)() });
}

/** What pdf-lib writes by default: valid PDF, fonts embedded, but nothing of PDF/A. */
async function plainPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont((await testFonts()).regular.bytes, { subset: true });
  doc.addPage([300, 200]).drawText('Obyčejné PDF', { font, x: 20, y: 100, size: 12 });
  return doc.save();
}

async function helveticaPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([300, 200]).drawText('Helvetica', { font, x: 20, y: 100, size: 12 });
  return doc.save();
}

function run(
  file: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: process.cwd() }, (error, stdout, stderr) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

let dir = '';
let reports: FileReport[] = [];
const byName = (name: string) => {
  const report = reports.find((candidate) => candidate.file === name);
  if (!report) throw new Error(`no report for ${name}`);
  return report;
};
const step = (name: string, kind: string) => byName(name).steps.find((s) => s.step === kind);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uradovna-check-test-'));
  const good = await pdfA();
  await writeFile(join(dir, 'plain.pdf'), good);
  const qpdf = requireTool('qpdf', 'qpdf');
  const encrypted = await run(qpdf, [
    '--encrypt',
    'heslo',
    'vlastnik',
    '256',
    '--',
    join(dir, 'plain.pdf'),
    join(dir, 'encrypted.pdf'),
  ]);
  expect(encrypted.code, encrypted.stderr).toBe(0);
  const permissions = await run(qpdf, [
    '--encrypt',
    '',
    'vlastnik',
    '256',
    '--print=none',
    '--',
    join(dir, 'plain.pdf'),
    join(dir, 'permissions.pdf'),
  ]);
  expect(permissions.code, permissions.stderr).toBe(0);
  // One Preflight run for every file of this test file.
  reports = await checkPdfaBytes([
    { name: 'ours.pdf', pdf: good },
    { name: 'pdf-lib.pdf', pdf: await plainPdf() },
    { name: 'helvetica.pdf', pdf: await helveticaPdf() },
    { name: 'damaged.pdf', pdf: good.subarray(0, Math.floor(good.length * 0.6)) },
    { name: 'encrypted.pdf', pdf: new Uint8Array(await readFile(join(dir, 'encrypted.pdf'))) },
    { name: 'permissions.pdf', pdf: new Uint8Array(await readFile(join(dir, 'permissions.pdf'))) },
  ]);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkPdfaBytes', () => {
  it('passes a file written by savePdfA on every step', () => {
    const report = byName('ours.pdf');
    expect(report.ok, formatReport([report])).toBe(true);
    expect(report.steps.map((s) => s.step)).toEqual(['qpdf', 'fonts', 'info', 'xmp', 'preflight']);
    expect(step('ours.pdf', 'xmp')?.details).toEqual(['PDF/A-2b, shodná s informačním slovníkem']);
    expect(step('ours.pdf', 'preflight')?.details[0]).toMatch(/^platné PDF\/A-1b/);
  });

  it('fails a plain pdf-lib PDF: no XMP, and Preflight finds no /ID and no metadata', () => {
    const report = byName('pdf-lib.pdf');
    expect(report.ok).toBe(false);
    expect(step('pdf-lib.pdf', 'qpdf')?.ok).toBe(true);
    expect(step('pdf-lib.pdf', 'fonts')?.ok).toBe(true);
    expect(step('pdf-lib.pdf', 'xmp')).toMatchObject({
      ok: false,
      details: ['soubor nemá metadata XMP'],
    });
    const preflight = step('pdf-lib.pdf', 'preflight');
    expect(preflight?.ok).toBe(false);
    expect(preflight?.details.join('\n')).toMatch(/chyba 1\.4\.1 \(syntaxe\): .*ID/);
    expect(preflight?.details.join('\n')).toMatch(/chyba 7\.1 \(metadata\)/);
  });

  it('fails a PDF whose Helvetica is not embedded, naming the font', () => {
    const report = byName('helvetica.pdf');
    expect(report.ok).toBe(false);
    expect(step('helvetica.pdf', 'fonts')).toEqual({
      step: 'fonts',
      ok: false,
      details: ['písmo „Helvetica“ (Type 1) není vložené'],
    });
    expect(step('helvetica.pdf', 'preflight')?.details.join('\n')).toMatch(
      /chyba 3\.1\.3 \(písma\): .*Helvetica: FontFile entry is missing/,
    );
  });

  it('fails a damaged file with what qpdf says', () => {
    const report = byName('damaged.pdf');
    expect(report.ok).toBe(false);
    expect(step('damaged.pdf', 'qpdf')?.ok).toBe(false);
    expect(step('damaged.pdf', 'qpdf')?.details[0]).toMatch(/^qpdf --check hlásí (chyby|varování)/);
  });

  it('fails an encrypted file, with a password or only with permissions', () => {
    expect(byName('encrypted.pdf').ok).toBe(false);
    expect(step('encrypted.pdf', 'info')?.details).toEqual([
      'soubor je šifrovaný heslem (pdfinfo jej bez hesla neotevře)',
    ]);
    expect(byName('permissions.pdf').ok).toBe(false);
    expect(step('permissions.pdf', 'info')?.details[0]).toMatch(/^soubor je šifrovaný \(yes/);
  });

  it('prints a Czech report with a line per step and the total', () => {
    const text = formatReport(reports);
    expect(text).toContain('ours.pdf: VYHOVUJE');
    expect(text).toContain('helvetica.pdf: NEVYHOVUJE');
    expect(text).toContain('  ✗ písma (pdffonts): písmo „Helvetica“ (Type 1) není vložené');
    expect(text).toContain('  ✓ struktura (qpdf --check): bez chyb');
    expect(text.trimEnd().split('\n').at(-1)).toBe('PDF/A: vyhovuje 1 z 6 souborů.');
  });
});

describe('xmpStep', () => {
  const INFO = {
    Title: 'Dopis',
    Author: 'Obec',
    Producer: 'Úřadovna',
    CreationDate: '2026-03-01T10:00:00Z',
  };
  const packet = (body: string) =>
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdfaid:part="2" pdfaid:conformance="B">${body}</rdf:Description>
    </rdf:RDF></x:xmpmeta>`;
  const consistent =
    '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Dopis</rdf:li></rdf:Alt></dc:title>' +
    '<dc:creator><rdf:Seq><rdf:li>Obec</rdf:li></rdf:Seq></dc:creator>' +
    '<pdf:Producer>Úřadovna</pdf:Producer><xmp:CreateDate>2026-03-01T11:00:00+01:00</xmp:CreateDate>';

  it('accepts attribute or element form and the same instant in another zone', () => {
    expect(xmpStep(INFO, packet(consistent))).toMatchObject({ ok: true });
  });

  it('names each disagreement with the Info dictionary', () => {
    const result = xmpStep(
      { ...INFO, Title: 'Jiný titul', Subject: 'Věc' },
      packet(
        consistent
          .replace('11:00:00+01:00', '11:00:01+01:00')
          .replace('<rdf:li>Obec</rdf:li>', '<rdf:li>Obec</rdf:li><rdf:li>Starosta</rdf:li>'),
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.details).toEqual([
      'Info Title „Jiný titul“ se liší od XMP dc:title „Dopis“',
      'Info Subject „Věc“ chybí v XMP (dc:description)',
      'Info Author „Obec“ se liší od XMP dc:creator [Obec; Starosta]',
      'Info CreationDate 2026-03-01T10:00:00Z se liší od XMP xmp:CreateDate 2026-03-01T11:00:01+01:00',
    ]);
  });

  it('wants a time zone on XMP dates', () => {
    const result = xmpStep(INFO, packet(consistent.replace('+01:00', '')));
    expect(result.details).toEqual(['XMP xmp:CreateDate 2026-03-01T11:00:00 nemá časové pásmo']);
  });

  it('wants pdfaid part 1 or 2 and level A, B or U', () => {
    const result = xmpStep(
      INFO,
      packet(consistent).replace('pdfaid:part="2"', 'pdfaid:part="3"').replace('"B"', '"X"'),
    );
    expect(result.details).toEqual([
      'pdfaid:part je „3“, čeká se 1 nebo 2',
      'pdfaid:conformance je „X“, čeká se A, B nebo U',
    ]);
  });

  it('refuses a packet that is not XML', () => {
    expect(xmpStep(INFO, '<x:xmpmeta>').details[0]).toMatch(/^metadata XMP nejsou platné XML/);
  });
});

describe('requireCheckTools', () => {
  it('names every missing program and library with its Debian package, in Czech', () => {
    const empty = tmpdir();
    let caught: unknown;
    try {
      requireCheckTools({ path: join(empty, 'nic-tu-neni'), javaDir: join(empty, 'nic-tu-neni') });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MissingToolsError);
    const error = caught as MissingToolsError;
    expect(error.message).toMatch(/^Kontrolu PDF\/A nelze provést, chybí:/);
    expect(error.message).toContain('program java (balíček default-jre-headless)');
    expect(error.message).toContain('program pdffonts (balíček poppler-utils)');
    expect(error.message).toContain('preflight.jar (balíček libpdfbox2-java)');
    expect(error.packages).toEqual([
      'qpdf',
      'poppler-utils',
      'default-jre-headless',
      'libpdfbox2-java',
      'libfontbox2-java',
      'libcommons-logging-java',
      'libactivation-java',
      'libjaxb-api-java',
    ]);
    expect(error.message).toContain(`apt-get install -y ${error.packages.join(' ')}`);
  });

  it('finds everything on this machine', () => {
    expect(requireCheckTools().classPath.split(':')).toHaveLength(7);
  });
});

describe('parsePdffonts', () => {
  it('reads the emb column whatever the width of the type', () => {
    const output = [
      'name                                 type              encoding         emb sub uni object ID',
      '------------------------------------ ----------------- ---------------- --- --- --- ---------',
      'URADOA+DejaVuSans                    CID TrueType      Identity-H       yes yes yes      5  0',
      'Helvetica                            Type 1            WinAnsi          no  no  no       7  0',
    ].join('\n');
    expect(parsePdffonts(output)).toEqual([
      { name: 'URADOA+DejaVuSans', type: 'CID TrueType', embedded: true },
      { name: 'Helvetica', type: 'Type 1', embedded: false },
    ]);
  });
});

describe('scripts/checkPdfa.ts', () => {
  it('prints the report and exits with 1 when a file fails, 2 without files', async () => {
    await writeFile(join(dir, 'helvetica.pdf'), await helveticaPdf());
    const script = ['--import', 'tsx', 'scripts/checkPdfa.ts'];
    const failed = await run(process.execPath, [
      ...script,
      join(dir, 'plain.pdf'),
      join(dir, 'helvetica.pdf'),
    ]);
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stdout).toContain(`${join(dir, 'plain.pdf')}: VYHOVUJE`);
    expect(failed.stdout).toContain(`${join(dir, 'helvetica.pdf')}: NEVYHOVUJE`);
    expect(failed.stdout).toContain('PDF/A: vyhovuje 1 z 2 souborů.');
    const usage = await run(process.execPath, script);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Použití: npm run check-pdfa');
  });
});
