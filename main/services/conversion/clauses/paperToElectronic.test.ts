import { beforeAll, describe, expect, it } from 'vitest';
import type { PaperToElectronicClause } from '../../../../common/contract/conversion';
import { assertPdfA } from '../../pdf/pdfa/testPdfA';
import { pdfWordBoxes } from '../../pdf/testTools';
import { openPkcs12Signer } from '../../signing/pkcs12Signer';
import { signPdf } from '../../signing/signPdf';
import { qpdf } from '../../signing/testing/samplePdfs';
import { testPki, TEST_P12_PASSWORD } from '../../signing/testing/testCertificates';
import { verifyPdfSignatures } from '../../signing/verify';
import {
  jpegStreams,
  scansPdfA,
  testAssets,
  testJpeg,
  type TestAssets,
} from '../testing/clauseFixtures';
import {
  expectConverterItems,
  INPUT_ENCRYPTED,
  pagesText,
  TEST_CONVERSION,
} from '../testing/clauseText';
import {
  finishPaperToElectronic,
  PAPER_TO_ELECTRONIC_HEADING,
  type FinishedPaperToElectronic,
} from './index';

const NOW = new Date('2026-03-02T08:31:00Z');

const clause = (overrides: Partial<PaperToElectronicClause> = {}): PaperToElectronicClause => ({
  ...TEST_CONVERSION,
  number: '71234-56-2026-0042',
  inputSheets: 2,
  lostElement: { lost: true, description: 'reliéfní suché razítko v pravém dolním rohu' },
  pid: 'OUHL0001AB',
  ...overrides,
});

let assets: TestAssets;
let jpegs: Uint8Array[];
let scans: Uint8Array;
let finished: FinishedPaperToElectronic;
let nothingLost: FinishedPaperToElectronic;

beforeAll(async () => {
  assets = await testAssets();
  jpegs = await Promise.all([testJpeg(), testJpeg(), testJpeg(300, 420)]);
  scans = await scansPdfA(jpegs, assets.colorProfile);
  const deps = { ...assets, now: () => NOW };
  [finished, nothingLost] = await Promise.all([
    finishPaperToElectronic({ pdf: scans, clause: clause() }, deps),
    finishPaperToElectronic(
      { pdf: scans, clause: clause({ lostElement: { lost: false, description: null } }) },
      deps,
    ),
  ]);
});

describe('finishPaperToElectronic', () => {
  it('appends one clause page with every item of § 25 odst. 1', async () => {
    expect(finished.pages).toBe(4);
    const text = await pagesText(finished.pdf, 4);
    expectConverterItems(text, PAPER_TO_ELECTRONIC_HEADING, '71234-56-2026-0042');
    expect(text).toContain('odpovídá obsahu dokumentu v listinné podobě');
    expect(text).toContain('Počet listů vstupu: 2');
    expect(text).toContain(
      'Vstup obsahuje viditelný prvek, který nelze plně přenést na výstup: reliéfní suché razítko v pravém dolním rohu',
    );
    // The scan pages carry no text of the clause.
    expect((await pagesText(finished.pdf, 1, 3)).trim()).toBe('');
  });

  it('says so when the input had no element that could not be carried over', async () => {
    const text = await pagesText(nothingLost.pdf, 4);
    expect(text).toContain(
      'Vstup neobsahuje viditelný prvek, který by nebylo možné plně přenést na výstup.',
    );
    expect(text).not.toContain('reliéfní');
  });

  it('passes the JPEG data of the scans through byte for byte', async () => {
    const hex = (items: Uint8Array[]) =>
      items.map((item) => Buffer.from(item).toString('hex')).sort();
    expect(hex(await jpegStreams(finished.pdf))).toEqual(hex(jpegs));
  });

  it('puts the signature box on the clause page, below the text and inside the margins', async () => {
    const box = finished.signatureBox;
    expect(box.page).toBe(3);
    expect(box.x).toBeGreaterThan(0);
    expect(box.y).toBeGreaterThan(0);
    expect(box.x + box.width).toBeLessThan(595.28);
    const words = (await pdfWordBoxes(finished.pdf))[3]!.words;
    // pdftotext's boxes count y from the top of the page.
    const lowestText = Math.max(...words.map((word) => word.yMax));
    expect(841.89 - (box.y + box.height)).toBeGreaterThan(lowestText);
  });

  it('gives a box the converting person can sign into, and the signature verifies', async () => {
    const pki = await testPki();
    const signer = await openPkcs12Signer(pki.qualified.p12, TEST_P12_PASSWORD, new Date());
    const { signatureBox: box } = finished;
    const signed = await signPdf({
      pdf: finished.pdf,
      signer,
      signerDisplayName: 'Marie Šťastná',
      visible: { ...box, page: box.page + 1, lines: [], font: assets.fonts.regular.bytes },
      now: new Date(),
    });
    const report = await verifyPdfSignatures(signed.pdf, { trust: [pki.ca.certPem] });
    expect(report.signatures.map((signature) => [signature.status, signature.chain])).toEqual([
      ['valid', 'trusted'],
    ]);
  });

  it('is PDF/A-2b by the whole check (qpdf, fonts, XMP, Preflight)', async () => {
    const reports = await assertPdfA([
      { name: 'konverze-p-e.pdf', pdf: finished.pdf },
      { name: 'konverze-p-e-bez-prvku.pdf', pdf: nothingLost.pdf },
    ]);
    expect(reports.every((report) => report.ok)).toBe(true);
  });

  it('refuses a character the font lacks in the person’s name, naming it and the field', async () => {
    await expect(
      finishPaperToElectronic(
        { pdf: scans, clause: clause({ person: 'Marie 中 Šťastná' }) },
        { ...assets, now: () => NOW },
      ),
    ).rejects.toMatchObject({
      code: 'errors.conversion.clauseMissingGlyph',
      message:
        'Znak „中“ (U+4E2D) v údaji „jméno a příjmení“ nelze písmem doložky vytisknout, proto doložku nelze vytvořit. Nahraďte jej jiným znakem.',
    });
  });

  it('refuses a description that cannot fit on the clause page', async () => {
    const description = 'velmi dlouhý popis prvku '.repeat(600);
    await expect(
      finishPaperToElectronic(
        { pdf: scans, clause: clause({ lostElement: { lost: true, description } }) },
        { ...assets, now: () => NOW },
      ),
    ).rejects.toMatchObject({
      code: 'errors.conversion.clauseTooLong',
      message:
        'Údaje doložky se nevejdou na jednu stránku. Zkraťte je (např. popis prvku, který nelze přenést).',
    });
  });

  it('refuses an encrypted or unreadable input in Czech', async () => {
    const encrypted = await qpdf(scans, ['--encrypt', 'heslo', 'vlastnik', '256', '--']);
    const deps = { ...assets, now: () => NOW };
    await expect(
      finishPaperToElectronic({ pdf: encrypted, clause: clause() }, deps),
    ).rejects.toMatchObject(INPUT_ENCRYPTED);
    await expect(
      finishPaperToElectronic(
        { pdf: new TextEncoder().encode('není PDF'), clause: clause() },
        deps,
      ),
    ).rejects.toMatchObject({
      code: 'errors.conversion.inputCorrupted',
      message:
        'Soubor není čitelné PDF nebo je poškozený (chybí hlavička %PDF), proto jej nelze konvertovat.',
    });
  });
});
