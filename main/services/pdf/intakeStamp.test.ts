import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';
import type { StampInput } from '../../../common/contract/types';
import { scanCode128 } from './code128Reader';
import { createPdfService } from './index';
import { BARCODE, LABEL, PROVISIONAL_NOTE } from './intakeStamp';
import { readMetadataStream } from './pdfa/metadataStream';
import { assertPdfA } from './pdfa/testPdfA';
import { ASSETS_DIR } from './testFonts';
import {
  pdfFonts,
  pdfInfo,
  pdfText,
  pdfWordBoxes,
  qpdfCheck,
  rasterizeFirstPage,
  type PageBoxes,
} from './testTools';

const NOW = new Date('2026-02-03T08:10:00Z');
const service = createPdfService({ assetsDir: ASSETS_DIR, now: () => NOW });

function stampInput(overrides: Partial<StampInput> = {}): StampInput {
  return {
    organizationName: 'Obecní úřad Řečice',
    pid: 'OUHLX7K9M2A3',
    referenceNumber: 'OUHL 123/2026',
    // 08:05:07 UTC is 09:05:07 in Prague in winter.
    receivedAt: '2026-02-03T08:05:07.000Z',
    sheets: 3,
    attachmentsCount: 2,
    attachmentsKind: 'paper',
    attachmentsDescription: 'plná moc, kopie smlouvy',
    handler: 'Jana Nováková',
    fileMark: '101.2',
    ...overrides,
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const DPI = 600;
const pxToMm = (px: number) => (px * 25.4) / DPI;

/** Every word inside the page, and no two words on top of each other. */
function expectTidyLayout(page: PageBoxes | undefined): void {
  expect(page).toBeDefined();
  if (!page) return;
  const tolerance = 0.5;
  for (const word of page.words) {
    expect(word.xMin, word.text).toBeGreaterThanOrEqual(-tolerance);
    expect(word.yMin, word.text).toBeGreaterThanOrEqual(-tolerance);
    expect(word.xMax, word.text).toBeLessThanOrEqual(page.width + tolerance);
    expect(word.yMax, word.text).toBeLessThanOrEqual(page.height + tolerance);
    // The bars (and their top) belong to the barcode alone.
    expect(word.yMax, word.text).toBeLessThanOrEqual(page.height - LABEL.margin - BARCODE.height);
  }
  page.words.forEach((a, i) => {
    for (const b of page.words.slice(i + 1)) {
      const overlaps =
        a.xMin < b.xMax - tolerance &&
        b.xMin < a.xMax - tolerance &&
        a.yMin < b.yMax - tolerance &&
        b.yMin < a.yMax - tolerance;
      expect(overlaps, `"${a.text}" overlaps "${b.text}"`).toBe(false);
    }
  });
}

describe('renderIntakeStamp', () => {
  it('makes a valid one-page label whose text says what the clerk registered', async () => {
    const stamp = await service.renderIntakeStamp(stampInput());
    expect(stamp.pages).toBe(1);
    expect(stamp.fileName).toBe('podaci-razitko-OUHL-123-2026.pdf');
    await expect(qpdfCheck(stamp.pdf)).resolves.toContain('No syntax or stream encoding errors');

    const text = oneLine(await pdfText(stamp.pdf));
    expect(text).toContain('Obecní úřad Řečice');
    expect(text).toContain('Došlo: 3. 2. 2026 09:05:07');
    expect(text).toContain('Č. j.: OUHL 123/2026');
    expect(text).toContain('PID: OUHLX7K9M2A3');
    expect(text).toContain('Listů: 3');
    expect(text).toContain('Příloh: 2 listinné – plná moc, kopie smlouvy');
    expect(text).toContain('Vyřizuje: Jana Nováková');
    expect(text).toContain('Spis. znak: 101.2');
  });

  it('prints the time of receipt in Prague time, summer time included', async () => {
    const stamp = await service.renderIntakeStamp(
      stampInput({ receivedAt: '2026-07-15T22:30:09Z', attachmentsCount: 0, handler: null }),
    );
    const text = oneLine(await pdfText(stamp.pdf));
    expect(text).toContain('Došlo: 16. 7. 2026 00:30:09');
    expect(text).toContain('Příloh: 0');
    expect(text).not.toContain('listinné');
    expect(text).not.toContain('Vyřizuje');
    expect(text).toContain('Spis. znak: 101.2');
  });

  it('embeds every font, as a subset', async () => {
    const fonts = await pdfFonts((await service.renderIntakeStamp(stampInput())).pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/);
    }
  });

  it('carries the metadata: title, author, creator, producer, language, creation date', async () => {
    const stamp = await service.renderIntakeStamp(stampInput());
    const info = await pdfInfo(stamp.pdf);
    expect(info.Title).toBe('Podací razítko OUHL 123/2026');
    expect(info.Author).toBe('Obecní úřad Řečice');
    expect(info.Creator).toBe('Úřadovna');
    expect(info.Producer).toBe('Úřadovna');
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^255\.1\d* x 141\.7\d* pts/);

    const doc = await PDFDocument.load(stamp.pdf, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('cs');
    expect(doc.getCreationDate()?.toISOString()).toBe(NOW.toISOString());
    // The same facts in the XMP packet PDF/A requires.
    const xmp = readMetadataStream(doc) ?? '';
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Podací razítko OUHL 123/2026</rdf:li>');
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Obecní úřad Řečice</rdf:li></rdf:Seq>');
    expect(xmp).toContain('<xmp:CreateDate>2026-02-03T08:10:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<pdf:Producer>Úřadovna</pdf:Producer>');
  });

  it('prints a Code 128 barcode of the PID that scans, with quiet zones and scannable size', async () => {
    const stamp = await service.renderIntakeStamp(stampInput());
    const scanned = scanCode128(await rasterizeFirstPage(stamp.pdf, DPI));
    expect(scanned?.text).toBe('OUHLX7K9M2A3');
    if (!scanned) return;
    expect(pxToMm(scanned.moduleWidthPx)).toBeGreaterThanOrEqual(0.25 - pxToMm(1) / 10);
    expect(pxToMm(scanned.heightPx)).toBeGreaterThanOrEqual(8);
    expect(scanned.quietLeftPx).toBeGreaterThanOrEqual(10 * scanned.moduleWidthPx);
    expect(scanned.quietRightPx).toBeGreaterThanOrEqual(10 * scanned.moduleWidthPx);
  });

  it('keeps all text inside the label and off the barcode', async () => {
    const stamp = await service.renderIntakeStamp(stampInput());
    expectTidyLayout((await pdfWordBoxes(stamp.pdf))[0]);
  });

  it('fits the longest values the contract allows without overflowing', async () => {
    const stamp = await service.renderIntakeStamp(
      stampInput({
        organizationName: 'Městský úřad Žďár nad Sázavou, '.repeat(7).slice(0, 200),
        referenceNumber: 'MUZDAR-OŽP-STAV/123456/2026-ŘÍZENÍ-ÚZEMNÍ-ŽÁDOST-VYŘÍZENÍ',
        attachmentsCount: 100_000,
        attachmentsKind: 'nonpaper',
        attachmentsDescription: 'Příloha '.repeat(62).slice(0, 500),
        handler: 'Ing. Mgr. Jaroslava Wolfensteinová-Přibyslavská, DiS., '.repeat(3).slice(0, 120),
        fileMark: '101.2.3.4.5.6.7.8.9.',
        sheets: 100_000,
      }),
    );
    await qpdfCheck(stamp.pdf);
    expectTidyLayout((await pdfWordBoxes(stamp.pdf))[0]);
    const text = oneLine(await pdfText(stamp.pdf));
    expect(text).toContain('Příloh: 100000 nelistinné – Příloha');
    expect(text).toContain('…');
  });

  it('renders hostile text literally: script, overrides, controls, emoji, missing glyphs', async () => {
    const stamp = await service.renderIntakeStamp(
      stampInput({
        organizationName: '<script>alert(1)</script>',
        attachmentsDescription:
          `\u202Efdp.exe 🦩😀\u0000\u0007 ${'<img src=x onerror=alert(1)> '.repeat(20)}`.slice(
            0,
            500,
          ),
        handler: 'Jana\u202E Nováková 漢字\r\n',
        fileMark: '101\u200B.2',
      }),
    );
    await qpdfCheck(stamp.pdf);
    const text = await pdfText(stamp.pdf);
    expect(text).toContain('<script>alert(1)</script>');
    expect(oneLine(text)).toContain('Vyřizuje: Jana Nováková ??');
    expect(oneLine(text)).toContain('fdp.exe ?😀 <img src=x');
    expect(text).toContain('Spis. znak: 101.2');
    for (const invisible of ['\u202E', '\u200B', '\u0000', '\u0007'])
      expect(text).not.toContain(invisible);
    expectTidyLayout((await pdfWordBoxes(stamp.pdf))[0]);
    expect((await pdfInfo(stamp.pdf)).Author).toBe('<script>alert(1)</script>');
  });

  it('widens the label for a long PID rather than printing bars too thin to scan', async () => {
    const pid = 'OUHL-ABCDEFGHJKMNPQRSTVWXYZ-23456789ABC';
    const stamp = await service.renderIntakeStamp(stampInput({ pid }));
    const image = await rasterizeFirstPage(stamp.pdf, DPI);
    expect(pxToMm(image.width)).toBeGreaterThan(90);
    const scanned = scanCode128(image);
    expect(scanned?.text).toBe(pid);
    if (!scanned) return;
    expect(pxToMm(scanned.moduleWidthPx)).toBeGreaterThanOrEqual(0.25 - pxToMm(1) / 10);
    expect(scanned.quietLeftPx).toBeGreaterThanOrEqual(10 * scanned.moduleWidthPx);
    expect(scanned.quietRightPx).toBeGreaterThanOrEqual(10 * scanned.moduleWidthPx);
    expectTidyLayout((await pdfWordBoxes(stamp.pdf))[0]);
  });

  it('prints a PID that Code 128 cannot carry as text only, and says so', async () => {
    const stamp = await service.renderIntakeStamp(stampInput({ pid: 'ÚŘAD123' }));
    expect(scanCode128(await rasterizeFirstPage(stamp.pdf, DPI))).toBeNull();
    const text = oneLine(await pdfText(stamp.pdf));
    expect(text).toContain('PID: ÚŘAD123');
    expect(text).toContain('čárovým kódem');
  });

  it('marks a provisional number: the whole number, a line saying it will be replaced, a tidy label', async () => {
    const stamp = await service.renderIntakeStamp(
      stampInput({ referenceNumber: 'PROZATÍMNÍ 3/2026', provisional: true }),
    );
    await qpdfCheck(stamp.pdf);
    const text = oneLine(await pdfText(stamp.pdf));
    expect(text).toContain('Č. j.: PROZATÍMNÍ 3/2026');
    expect(text).toContain(PROVISIONAL_NOTE);
    expect(text).toContain('Listů: 3');
    expect(text).toContain('Příloh: 2 listinné – plná moc, kopie smlouvy');
    expect(text).toContain('Vyřizuje: Jana Nováková');
    expect(text).toContain('PID: OUHLX7K9M2A3');
    expectTidyLayout((await pdfWordBoxes(stamp.pdf))[0]);
    expect(scanCode128(await rasterizeFirstPage(stamp.pdf, DPI))?.text).toBe('OUHLX7K9M2A3');
  });

  it('says nothing of a provisional number when the input does not flag one', async () => {
    for (const provisional of [undefined, false]) {
      const text = oneLine(
        await pdfText((await service.renderIntakeStamp(stampInput({ provisional }))).pdf),
      );
      expect(text).not.toContain('Prozatímní');
      expect(text).toContain('Listů: 3');
    }
  });

  it('never cuts a long provisional number, even beside the longest other values', async () => {
    const referenceNumber = 'PROZATÍMNÍ 1234/2026-12';
    const stamp = await service.renderIntakeStamp(
      stampInput({
        referenceNumber,
        provisional: true,
        organizationName: 'Městský úřad Žďár nad Sázavou, '.repeat(7).slice(0, 200),
        attachmentsCount: 100_000,
        attachmentsKind: 'nonpaper',
        attachmentsDescription: 'Příloha '.repeat(62).slice(0, 500),
        handler: 'Ing. Mgr. Jaroslava Wolfensteinová-Přibyslavská, DiS., '.repeat(3).slice(0, 120),
        fileMark: '101.2.3.4.5.6.7.8.9.',
        sheets: 100_000,
      }),
    );
    await qpdfCheck(stamp.pdf);
    const text = oneLine(await pdfText(stamp.pdf));
    expect(text).toContain(`Č. j.: ${referenceNumber}`);
    expect(text).toContain(PROVISIONAL_NOTE);
    expect(text).toContain('Listů: 100000');
    expectTidyLayout((await pdfWordBoxes(stamp.pdf))[0]);
  });

  it('is PDF/A-2b: every variant of the label passes the PDF/A check', async () => {
    const variants = {
      'razitko.pdf': stampInput(),
      'prozatimni.pdf': stampInput({ referenceNumber: 'PROZATÍMNÍ 3/2026', provisional: true }),
      'dlouhy-pid.pdf': stampInput({ pid: 'OUHL-ABCDEFGHJKMNPQRSTVWXYZ-23456789ABC' }),
      'nepratelsky.pdf': stampInput({
        organizationName: '<script>alert(1)</script>',
        handler: 'Jana\u202E Nováková 漢字\r\n',
      }),
    };
    const pdfs = await Promise.all(
      Object.entries(variants).map(async ([name, input]) => ({
        name,
        pdf: (await service.renderIntakeStamp(input)).pdf,
      })),
    );
    const reports = await assertPdfA(pdfs);
    expect(reports.map((report) => report.ok)).toEqual([true, true, true, true]);
  });

  it('refuses an invalid time of receipt with a Czech message', async () => {
    const attempt = service.renderIntakeStamp(stampInput({ receivedAt: 'včera' }));
    await expect(attempt).rejects.toBeInstanceOf(ServiceError);
    await expect(attempt).rejects.toThrow('Datum a čas doručení nejsou platné.');
  });
});
