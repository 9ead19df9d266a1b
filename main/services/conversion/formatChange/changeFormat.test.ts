import { PDFDocument } from 'pdf-lib';
import { zipSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormatChangeClause, FormatChanged } from '../../../../common/contract/conversion';
import { assertPdfA } from '../../pdf/pdfa/testPdfA';
import { letterPdf } from '../../signing/testing/samplePdfs';
import {
  fakeImagesToPdfA,
  jpegStreams,
  letterPdfA,
  testAssets,
  testJpeg,
  type TestAssets,
} from '../testing/clauseFixtures';
import { pagesText } from '../testing/clauseText';
import { changeFormat, FORMAT_CHANGE_HEADING, type FormatChangeDeps } from './index';
import { wrapLine } from './textToPdfA';

const clause: FormatChangeClause = {
  body: 'Obecní úřad Horní Lhota',
  changedAt: '2026-03-04T11:00:00+01:00',
  person: 'Marie Šťastná',
};

const TEXT = [
  'Zápis z jednání zastupitelstva obce Horní Lhota',
  '',
  '    1. Schválení programu — příliš žluťoučký kůň úpěl ďábelské ódy.',
  `    2. ${'Dlouhý řádek textu, který se na šířku stránky nevejde a musí se zalomit. '.repeat(4)}`,
  '\fDruhá strana po odstránkování.',
].join('\n');

let assets: TestAssets;
let deps: FormatChangeDeps;
let fromPdf: FormatChanged;
let fromJpeg: FormatChanged;
let fromText: FormatChanged;
let jpeg: Uint8Array;

function lastPageText(changed: FormatChanged): Promise<string> {
  return pagesText(changed.pdf, changed.pages);
}

beforeAll(async () => {
  assets = await testAssets();
  deps = { ...assets, now: () => new Date('2026-03-04T10:00:00Z'), imagesToPdfA: fakeImagesToPdfA };
  // A PDF with embedded fonts but saved without PDF/A care (pdf-lib's own metadata).
  const plain = await PDFDocument.load(await letterPdfA(2, assets));
  const pdfBytes = await plain.save();
  jpeg = await testJpeg();
  [fromPdf, fromJpeg, fromText] = await Promise.all([
    changeFormat({ bytes: pdfBytes, name: 'zapis.pdf', mime: 'application/pdf', clause }, deps),
    changeFormat({ bytes: jpeg, name: 'sken.jpg', mime: 'image/jpeg', clause }, deps),
    changeFormat(
      { bytes: new TextEncoder().encode(TEXT), name: 'zapis.txt', mime: 'text/plain', clause },
      deps,
    ),
  ]);
});

describe('changeFormat', () => {
  it('converts a PDF through the PDF/A import and appends the § 24 clause as the last page', async () => {
    expect(fromPdf.pages).toBe(3);
    expect(fromPdf.originalFormat).toBe('PDF 1.7 (application/pdf)');
    expect(fromPdf.changes).toContain('Datum změny dokumentu nastaveno na okamžik převodu.');
    expect(fromPdf.changes.at(-1)).toBe(
      'Připojena doložka o změně datového formátu (PDF 1.7 (application/pdf) → PDF/A-2b (ISO 19005-2, úroveň shody B)) jako poslední strana.',
    );
    const text = await lastPageText(fromPdf);
    expect(text).toContain(FORMAT_CHANGE_HEADING);
    expect(text).toContain('Veřejnoprávní původce, který změnu provedl: Obecní úřad Horní Lhota');
    expect(text).toContain('Převedený soubor: zapis.pdf');
    expect(text).toContain('Původní datový formát: PDF 1.7 (application/pdf)');
    expect(text).toContain('Výstupní datový formát: PDF/A-2b (ISO 19005-2, úroveň shody B)');
    expect(text).toContain('Obsah dokumentu byl převeden úplně');
    expect(text).toContain('Datum změny datového formátu: 4. 3. 2026');
    expect(text).toContain('osoby, která změnu datového formátu provedla: Marie Šťastná');
    expect(await pagesText(fromPdf.pdf, 2)).toContain('rozhodnutí, strana 2 z 2');
  });

  it('converts a JPEG through imagesToPdfA, its data passed through', async () => {
    expect(fromJpeg).toMatchObject({ pages: 2, originalFormat: 'JPEG (image/jpeg)' });
    expect(fromJpeg.changes[0]).toBe('Obrázek umístěn na stranu A4.');
    const streams = await jpegStreams(fromJpeg.pdf);
    expect(streams.map((item) => Buffer.from(item).equals(Buffer.from(jpeg)))).toEqual([true]);
    expect(await lastPageText(fromJpeg)).toContain('Původní datový formát: JPEG (image/jpeg)');
  });

  it('renders plain text line by line, wrapped and paged, every word kept', async () => {
    expect(fromText.originalFormat).toBe('prostý text (text/plain, UTF-8)');
    expect(fromText.pages).toBe(3);
    const first = await pagesText(fromText.pdf, 1);
    expect(first).toContain('Zápis z jednání zastupitelstva obce Horní Lhota');
    expect(first).toContain('1. Schválení programu — příliš žluťoučký kůň úpěl ďábelské ódy.');
    expect(first).toContain(
      `2. ${'Dlouhý řádek textu, který se na šířku stránky nevejde a musí se zalomit. '.repeat(4).trim()}`,
    );
    expect(await pagesText(fromText.pdf, 2)).toContain('Druhá strana po odstránkování.');
    expect(await lastPageText(fromText)).toContain(
      'Původní datový formát: prostý text (text/plain, UTF-8)',
    );
  });

  it('every output is PDF/A-2b by the whole check (qpdf, fonts, XMP, Preflight)', async () => {
    const reports = await assertPdfA([
      { name: 'zmena-formatu-pdf.pdf', pdf: fromPdf.pdf },
      { name: 'zmena-formatu-jpeg.pdf', pdf: fromJpeg.pdf },
      { name: 'zmena-formatu-text.pdf', pdf: fromText.pdf },
    ]);
    expect(reports).toHaveLength(3);
  });

  it('refuses a DOCX, naming the format, whatever its name and type claim', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document/>'),
    });
    await expect(
      changeFormat({ bytes: docx, name: 'zapis.pdf', mime: 'application/pdf', clause }, deps),
    ).rejects.toMatchObject({
      code: 'errors.conversion.formatUnsupported',
      params: { format: 'DOCX (Microsoft Word)' },
      message:
        'Formát DOCX (Microsoft Word) aplikace do výstupního formátu PDF/A nepřevede. Převést lze PDF, obrázky JPEG, PNG a TIFF a prostý text v kódování UTF-8.',
    });
  });

  it('refuses an empty file and a text the font cannot show completely, in Czech', async () => {
    await expect(
      changeFormat(
        { bytes: new Uint8Array(0), name: 'prazdny.txt', mime: 'text/plain', clause },
        deps,
      ),
    ).rejects.toMatchObject({
      code: 'errors.conversion.formatEmpty',
      message: 'Soubor je prázdný (0 bajtů), není co převést do výstupního formátu.',
    });
    await expect(
      changeFormat(
        {
          bytes: new TextEncoder().encode('první řádek\nčínsky 中文\n'),
          name: 'a.txt',
          mime: '',
          clause,
        },
        deps,
      ),
    ).rejects.toMatchObject({
      code: 'errors.conversion.textMissingGlyph',
      message:
        'Text obsahuje na řádku 2 znak „中“ (U+4E2D), který písmo výstupního formátu nezobrazí. Převod by nebyl úplný, proto nebyl proveden.',
    });
  });

  it('leaves a PDF the import refuses with the import’s Czech reason', async () => {
    // Helvetica, not embedded.
    await expect(
      changeFormat(
        { bytes: await letterPdf(1), name: 'dopis.pdf', mime: 'application/pdf', clause },
        deps,
      ),
    ).rejects.toMatchObject({
      code: 'errors.pdf.fontNotEmbedded',
      message:
        'PDF používá písmo „Helvetica“, které v něm není vložené, proto je nelze převést do PDF/A. Vytvořte PDF znovu s vloženými písmy.',
    });
  });
});

describe('wrapLine', () => {
  const width = (text: string) => text.length;
  it('breaks after the last space that fits, keeps inner spaces, splits a word too long', () => {
    expect(wrapLine('ab  cd ef', 6, width)).toEqual(['ab  cd', 'ef']);
    expect(wrapLine('    odsazeno', 20, width)).toEqual(['    odsazeno']);
    expect(wrapLine('abcdefghij', 4, width)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLine('', 4, width)).toEqual(['']);
  });
});
