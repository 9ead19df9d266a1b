import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import {
  cmyk,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFString,
  rgb,
  StandardFonts,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../../common/contract/envelope';
import { ASSETS_DIR, testFonts } from '../../testFonts';
import { requireTool } from '../../testTools';
import { createColorProfileLoader, type ColorProfile } from '../colorProfile';
import { readMetadataStream } from '../metadataStream';
import { savePdfA } from '../savePdfA';
import { assertPdfA } from '../testPdfA';
import { importPdfAsPdfA, type ImportInfo } from './importPdf';

const INFO: ImportInfo = {
  title: 'podani-novak.pdf',
  author: 'Jan Novák',
  importedAt: new Date('2026-05-04T09:15:30Z'),
};

let profile: ColorProfile;
let dir = '';

beforeAll(async () => {
  profile = await createColorProfileLoader(ASSETS_DIR)();
  dir = await mkdtemp(join(tmpdir(), 'uradovna-import-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Source {
  doc: PDFDocument;
  page: PDFPage;
  font: PDFFont;
}

/** A letter as a word processor might write it: embedded subset font, colour, no PDF/A. */
async function source(build?: (source: Source) => void | Promise<void>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont((await testFonts()).regular.bytes, { subset: true });
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Žádost o vydání rozhodnutí', {
    font,
    x: 50,
    y: 780,
    size: 14,
    color: rgb(0, 0, 0.6),
  });
  page.drawText('Vážení, žádám o…', { font, x: 50, y: 750, size: 11 });
  await build?.({ doc, page, font });
  return doc.save();
}

function addAnnotation(doc: PDFDocument, page: PDFPage, annotation: Record<string, unknown>): void {
  const ref = doc.context.register(
    doc.context.obj({ Type: 'Annot', Rect: [50, 700, 200, 720], ...annotation } as never),
  );
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (annots instanceof PDFArray) annots.push(ref);
  else page.node.set(PDFName.of('Annots'), doc.context.obj([ref]));
}

function run(file: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, (error, _stdout, stderr) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr });
    });
  });
}

async function refusal(bytes: Uint8Array): Promise<ServiceError> {
  try {
    await importPdfAsPdfA(bytes, INFO, profile);
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('the import was not refused');
}

describe('importPdfAsPdfA: files it converts', () => {
  it('converts ordinary PDFs into PDF/A-2b that passes the whole check, and says what it changed', async () => {
    const letter = await source(({ doc, page }) => {
      doc.setTitle('Žádost o vydání rozhodnutí');
      const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
      info.set(PDFName.of('CreationDate'), PDFString.of("D:20250101120000+01'00'"));
      // A link without the Print flag, and an old XMP packet.
      addAnnotation(doc, page, {
        Subtype: 'Link',
        Border: [0, 0, 0],
        A: doc.context.obj({ S: 'URI', URI: PDFString.of('https://www.example.cz/') }),
      });
      const stream = doc.context.stream(
        new TextEncoder().encode('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>'),
        {
          Type: 'Metadata',
          Subtype: 'XML',
        },
      );
      doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
    });
    const untitled = await source();
    const older = await PDFDocument.create().then(async (doc) => {
      doc
        .addPage([300, 300])
        .drawRectangle({ x: 10, y: 10, width: 100, height: 50, color: rgb(1, 0, 0) });
      const bytes = await doc.save({ useObjectStreams: false });
      bytes.set(new TextEncoder().encode('%PDF-1.4'), 0);
      return bytes;
    });
    const ours = await source(async ({ doc }) => {
      await savePdfA(doc, { part: 2, colorProfile: profile }).then(() => undefined);
    });

    const converted = await importPdfAsPdfA(letter, INFO, profile);
    expect(converted.pages).toBe(1);
    expect(converted.changes).toEqual([
      'Doplněn výstupní barevný profil sRGB (OutputIntent).',
      'Metadata XMP nahrazena metadaty PDF/A-2b podle vlastností dokumentu.',
      'U anotací (1) nastaven příznak tisku.',
      'Vlastnosti dokumentu převedeny do tvaru pro PDF/A: CreationDate.',
      'Doplněn autor dokumentu „Jan Novák“.',
      'Datum změny dokumentu nastaveno na okamžik převodu.',
      'Doplněn identifikátor souboru (/ID).',
    ]);
    const doc = await PDFDocument.load(converted.pdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Žádost o vydání rozhodnutí');
    expect(doc.getCreationDate()?.toISOString()).toBe('2025-01-01T11:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-05-04T09:15:30.000Z');
    const xmp = readMetadataStream(doc) ?? '';
    expect(xmp).toContain('<xmp:CreateDate>2025-01-01T11:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2026-05-04T09:15:30Z</xmp:ModifyDate>');
    const link = doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray).lookup(0, PDFDict);
    expect(link.lookup(PDFName.of('F'), PDFNumber).asNumber() & 4).toBe(4);

    const fromUntitled = await importPdfAsPdfA(untitled, INFO, profile);
    expect(fromUntitled.changes).toContain('Doplněn název dokumentu „podani-novak.pdf“.');
    const fromOlder = await importPdfAsPdfA(older, INFO, profile);
    expect(fromOlder.changes).toContain('Verze PDF změněna z 1.4 na 1.7.');
    const fromOurs = await importPdfAsPdfA(ours, INFO, profile);
    expect(fromOurs.changes).not.toContain('Doplněn výstupní barevný profil sRGB (OutputIntent).');

    await assertPdfA([
      { name: 'dopis.pdf', pdf: converted.pdf },
      { name: 'bez-nazvu.pdf', pdf: fromUntitled.pdf },
      { name: 'pdf-1.4.pdf', pdf: fromOlder.pdf },
      { name: 'uz-pdfa.pdf', pdf: fromOurs.pdf },
    ]);
  });
});

describe('importPdfAsPdfA: files it refuses', () => {
  it('refuses an encrypted PDF, with a user password or with permissions only', async () => {
    const qpdf = requireTool('qpdf', 'qpdf');
    const plain = join(dir, 'plain.pdf');
    await writeFile(plain, await source());
    for (const [name, user] of [
      ['heslo.pdf', 'heslo'],
      ['opravneni.pdf', ''],
    ] as const) {
      const target = join(dir, name);
      const made = await run(qpdf, ['--encrypt', user, 'vlastnik', '256', '--', plain, target]);
      expect(made.code, made.stderr).toBe(0);
      const error = await refusal(new Uint8Array(await readFile(target)));
      expect(error.code).toBe('errors.pdf.encrypted');
      expect(error.message).toBe(
        'PDF je zašifrované nebo chráněné heslem, proto je nelze převést do PDF/A. Uložte je bez ochrany a vložte znovu.',
      );
    }
  });

  it('refuses what is not a PDF, a damaged PDF and one without pages', async () => {
    const notPdf = await refusal(new TextEncoder().encode('<html>Toto není PDF</html>'));
    expect(notPdf).toMatchObject({
      code: 'errors.pdf.corrupted',
      params: { reason: 'chybí hlavička %PDF' },
    });
    expect(notPdf.message).toBe(
      'Soubor není platné PDF nebo je poškozený (chybí hlavička %PDF), proto jej nelze převést do PDF/A.',
    );
    const whole = await source();
    const damaged = await refusal(whole.subarray(0, 400));
    expect(damaged.code).toBe('errors.pdf.corrupted');
    const empty = await PDFDocument.create().then((doc) => doc.save({ addDefaultPage: false }));
    expect(await refusal(empty)).toMatchObject({
      code: 'errors.pdf.corrupted',
      params: { reason: 'neobsahuje žádnou stránku' },
    });
  });

  it('refuses JavaScript run on opening (/OpenAction)', async () => {
    const error = await refusal(
      await source(({ doc }) => {
        const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("Ahoj")') });
        doc.catalog.set(PDFName.of('OpenAction'), action);
      }),
    );
    expect(error.code).toBe('errors.pdf.javascript');
    expect(error.message).toBe(
      'PDF obsahuje JavaScript nebo jiné akce (JavaScript), proto je nelze převést do PDF/A.',
    );
  });

  it('refuses document-level JavaScript (the /JavaScript name tree)', async () => {
    const error = await refusal(
      await source(({ doc }) => {
        const action = doc.context.register(
          doc.context.obj({ S: 'JavaScript', JS: PDFString.of('this.print()') }),
        );
        const tree = doc.context.obj({ Names: [PDFString.of('tisk'), action] });
        doc.catalog.set(PDFName.of('Names'), doc.context.obj({ JavaScript: tree }));
      }),
    );
    expect(error).toMatchObject({ code: 'errors.pdf.javascript', params: { what: 'JavaScript' } });
  });

  it('refuses automatic actions (/AA) and launching programs', async () => {
    const automatic = await refusal(
      await source(({ doc, page }) => {
        const goTo = doc.context.obj({ S: 'GoTo', D: [page.ref, PDFName.of('Fit')] });
        page.node.set(PDFName.of('AA'), doc.context.obj({ O: goTo }));
      }),
    );
    expect(automatic).toMatchObject({
      code: 'errors.pdf.javascript',
      params: { what: 'automatické akce' },
    });
    const launch = await refusal(
      await source(({ doc, page }) => {
        addAnnotation(doc, page, {
          Subtype: 'Link',
          F: 4,
          A: doc.context.obj({ S: 'Launch', F: PDFString.of('calc.exe') }),
        });
      }),
    );
    expect(launch).toMatchObject({
      code: 'errors.pdf.javascript',
      params: { what: 'spuštění programu' },
    });
    expect(launch.message).toContain('(spuštění programu)');
  });

  it('refuses a font that is not embedded, naming it (standard 14 fonts included)', async () => {
    const error = await refusal(
      await source(async ({ doc, page }) => {
        const helvetica = await doc.embedFont(StandardFonts.Helvetica);
        page.drawText('Helvetica', { font: helvetica, x: 50, y: 600, size: 12 });
      }),
    );
    expect(error).toMatchObject({
      code: 'errors.pdf.fontNotEmbedded',
      params: { font: 'Helvetica' },
    });
    expect(error.message).toBe(
      'PDF používá písmo „Helvetica“, které v něm není vložené, proto je nelze převést do PDF/A. Vytvořte PDF znovu s vloženými písmy.',
    );
  });

  it('refuses transparency: opacity and soft masks', async () => {
    const opacity = await refusal(
      await source(({ page }) => {
        page.drawRectangle({
          x: 50,
          y: 500,
          width: 100,
          height: 100,
          color: rgb(1, 0, 0),
          opacity: 0.5,
        });
      }),
    );
    expect(opacity).toMatchObject({
      code: 'errors.pdf.transparency',
      params: { what: 'neprůhlednost menší než 100 %' },
    });
    expect(opacity.message).toBe(
      'PDF používá průhlednost (neprůhlednost menší než 100 %). Aplikace ji v PDF/A neumí ověřit, proto soubor nepřevede. Vytvořte PDF bez průhlednosti, např. jako PDF/A-1b.',
    );
    const softMask = await refusal(
      await source(({ doc, page }) => {
        const mask = doc.context.register(
          doc.context.flateStream(new Uint8Array([0]), {
            Type: 'XObject',
            Subtype: 'Form',
            BBox: [0, 0, 1, 1],
          }),
        );
        const state = doc.context.obj({
          Type: 'ExtGState',
          SMask: doc.context.obj({ Type: 'Mask', S: 'Luminosity', G: mask }),
        });
        page.node.setExtGState(PDFName.of('GS9'), state);
      }),
    );
    expect(softMask).toMatchObject({
      code: 'errors.pdf.transparency',
      params: { what: 'měkká maska' },
    });
  });

  const unsupported: [string, (source: Source) => void | Promise<void>, string][] = [
    [
      'embedded files',
      async ({ doc }) => {
        await doc.attach(new TextEncoder().encode('příloha'), 'priloha.txt', {
          mimeType: 'text/plain',
        });
      },
      'vložené soubory',
    ],
    [
      'a signature the rewrite would break',
      ({ doc }) => {
        const signature = doc.context.obj({
          Type: 'Sig',
          Filter: 'Adobe.PPKLite',
          ByteRange: [0, 10, 20, 30],
          Contents: PDFString.of('0'),
        });
        doc.context.register(signature);
      },
      'elektronický podpis, který by úpravou přestal platit',
    ],
    [
      'CMYK colours with no CMYK output profile',
      ({ page }) => {
        page.drawRectangle({ x: 50, y: 500, width: 100, height: 100, color: cmyk(0, 1, 1, 0) });
      },
      'barvy CMYK bez barevného profilu CMYK',
    ],
    [
      'a hidden annotation',
      ({ doc, page }) => addAnnotation(doc, page, { Subtype: 'Link', F: 2 }),
      'skryté anotace',
    ],
    [
      'layers',
      ({ doc }) => {
        doc.catalog.set(PDFName.of('OCProperties'), doc.context.obj({ OCGs: [] }));
      },
      'vrstvy (volitelný obsah)',
    ],
  ];
  for (const [what, build, feature] of unsupported) {
    it(`refuses ${what}`, async () => {
      const error = await refusal(await source(build));
      expect(error).toMatchObject({ code: 'errors.pdf.unsupportedFeature', params: { feature } });
      expect(error.message).toBe(`PDF obsahuje ${feature}, to aplikace do PDF/A nepřevede.`);
    });
  }
});
