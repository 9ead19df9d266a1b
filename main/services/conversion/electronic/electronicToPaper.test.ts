import { X509Certificate } from 'node:crypto';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ElectronicToPaperClauseInput,
  PrintableConversion,
} from '../../../../common/contract/conversion';
import { formatOfficeDate, formatOfficeDateTime } from '../../../../common/domain/time';
import { TSA_NAME } from '../../../../sim/isds/seal';
import { assertPdfA } from '../../pdf/pdfa/testPdfA';
import { openPkcs12Signer } from '../../signing/pkcs12Signer';
import { addDocumentTimestamp, signPdf } from '../../signing/signPdf';
import { signaturesOf } from '../../signing/testing/signatureTools';
import { opensslTimestampSerial } from '../../signing/verify/testing/crossCheck';
import { qpdf } from '../../signing/testing/samplePdfs';
import { testPki, TEST_P12_PASSWORD, type TestPki } from '../../signing/testing/testCertificates';
import { startTestTsa, type TestTsa } from '../../signing/testing/tsaServer';
import { TimestampClient } from '../../signing/tsa/timestampClient';
import { verifyPdfSignatures } from '../../signing/verify';
import {
  formsAndAnnotations,
  letterPdfA,
  testAssets,
  type TestAssets,
} from '../testing/clauseFixtures';
import {
  expectConverterItems,
  INPUT_ENCRYPTED,
  pagesText,
  TEST_CONVERSION,
} from '../testing/clauseText';
import { sealIdentity } from '../testing/sealIdentity';
import { ELECTRONIC_TO_PAPER_HEADING, examineElectronic, renderElectronicToPaper } from './index';

const TITLE = 'Rozhodnuti o prideleni cisla popisneho';

const clause = (
  overrides: Partial<ElectronicToPaperClauseInput> = {},
): ElectronicToPaperClauseInput => ({
  ...TEST_CONVERSION,
  number: '71234-56-2026-0043',
  duplex: false,
  confirmedInvalid: false,
  ...overrides,
});

let assets: TestAssets;
let pki: TestPki;
let tsa: TestTsa;
let trust: string[];
let letter: Uint8Array;
let signed: { pdf: Uint8Array; timestampTime: string | null };
let tampered: Uint8Array;
let deps: Parameters<typeof renderElectronicToPaper>[1];
const outputs: { name: string; pdf: Uint8Array }[] = [];

/** The signed PDF with one letter of the title in its XMP changed: same length, still readable. */
function tamper(pdf: Uint8Array): Uint8Array {
  const copy = new Uint8Array(pdf);
  const at = Buffer.from(copy).indexOf(TITLE, 0, 'latin1');
  if (at < 0) throw new Error('title not found in the signed PDF');
  copy[at] = 'X'.charCodeAt(0);
  return copy;
}

async function render(
  pdf: Uint8Array,
  name: string,
  input: Partial<ElectronicToPaperClauseInput> = {},
) {
  const printable = await renderElectronicToPaper({ pdf, clause: clause(input) }, deps);
  outputs.push({ name, pdf: printable.pdf });
  return printable;
}

function clauseText(printable: PrintableConversion): Promise<string> {
  return pagesText(printable.pdf, printable.pages);
}

beforeAll(async () => {
  [assets, pki, tsa] = await Promise.all([testAssets(), testPki(), startTestTsa()]);
  trust = [pki.ca.certPem, tsa.caPem];
  deps = { ...assets, trust, now: () => new Date() };
  letter = await letterPdfA(2, assets, TITLE);
  const now = new Date();
  const mayor = await openPkcs12Signer(pki.qualified.p12, TEST_P12_PASSWORD, now);
  const client = new TimestampClient({ url: tsa.url, timeoutMs: 5_000 });
  try {
    signed = await signPdf({
      pdf: letter,
      signer: mayor,
      timestamp: client,
      visible: {
        page: 1,
        x: 330,
        y: 120,
        width: 200,
        height: 40,
        lines: ['Digitálně podepsal Jan Novák', 'starosta obce'],
        font: assets.fonts.regular.bytes,
      },
      now,
    });
  } finally {
    client.close();
  }
  tampered = tamper(signed.pdf);
});

afterAll(async () => {
  await tsa?.close();
});

describe('renderElectronicToPaper: a valid B-T signature', () => {
  let printable: PrintableConversion;
  beforeAll(async () => {
    printable = await render(signed.pdf, 'podepsany-tisk.pdf');
  });

  it('states the signature, its certificate, provider, signer and timestamp (§ 25 odst. 2)', async () => {
    expect(printable.examination).toMatchObject({ kind: 'signed', valid: true, qualified: true });
    const text = await clauseText(printable);
    const serial = new X509Certificate(pki.qualified.certPem).serialNumber
      .toUpperCase()
      .replace(/^(00)+/, '');
    const stamp = printable.examination.timestamp!;
    expectConverterItems(text, ELECTRONIC_TO_PAPER_HEADING, '71234-56-2026-0043');
    expect(text).toContain('odpovídá obsahu dokumentu v elektronické podobě');
    expect(text).toContain('Počet listů výstupu: 3 (stran: 3, jednostranný tisk');
    expect(text).toContain(
      'Vstup byl podepsán elektronickým podpisem založeným na kvalifikovaném certifikátu.',
    );
    expect(text).toContain(
      `Sériové číslo certifikátu: ${serial} (šestnáctkově), ${BigInt(`0x${serial}`)} (desítkově)`,
    );
    expect(text).toContain(
      '(poskytovatel služeb vytvářejících důvěru): Testovací certifikační autorita',
    );
    expect(text).toContain('Podepisující osoba: Jan Novák');
    expect(text).toContain(`datum a čas: ${formatOfficeDateTime(signed.timestampTime!)}`);
    expect(stamp.serialNumber).toMatch(/^[0-9A-F]+$/);
    expect(text).toContain(`Číslo časového razítka: ${stamp.serialNumber} (šestnáctkově)`);
    expect(text).toContain(`Časové razítko vydal: ${TSA_NAME}`);
    expect(text).toContain(
      `Podpis i časové razítko byly ověřeny dne ${formatOfficeDate(new Date().toISOString())} jako platné.`,
    );
    expect(text).toContain('podpis');
    expect(text).toContain('otisk úředního razítka');
  });

  it('prints the visible signature on its page, and is not itself a signed PDF', async () => {
    expect(printable.pages).toBe(3);
    expect(await pagesText(printable.pdf, 1)).toContain(
      'Digitálně podepsal Jan Novák starosta obce',
    );
    expect(await pagesText(signed.pdf, 1)).toContain('Digitálně podepsal Jan Novák');
    expect(await formsAndAnnotations(printable.pdf)).toEqual({ annotations: 0, form: false });
    const report = await verifyPdfSignatures(printable.pdf, { trust });
    expect(report).toEqual({ signatures: [], unreadable: null });
  });
});

describe('renderElectronicToPaper: a B-B signature timestamped afterwards', () => {
  it('takes the time, number and provider from the document timestamp', async () => {
    const now = new Date();
    const deputy = await openPkcs12Signer(pki.nonQualified.p12, TEST_P12_PASSWORD, now);
    const client = new TimestampClient({ url: tsa.url, timeoutMs: 5_000 });
    let stamped: Uint8Array;
    try {
      const bb = await signPdf({ pdf: letter, signer: deputy, now });
      stamped = (await addDocumentTimestamp(bb.pdf, client, now)).pdf;
    } finally {
      client.close();
    }
    const token = signaturesOf(stamped)[1]!.cms;
    const printable = await render(stamped, 'podpis-bb-a-razitko.pdf');
    expect(printable.examination).toMatchObject({ kind: 'signed', valid: true, qualified: false });
    const serial = await opensslTimestampSerial(token);
    expect(printable.examination.timestamp?.serialNumber).toBe(serial);
    const text = await clauseText(printable);
    expect(text).toContain(
      'Vstup byl podepsán elektronickým podpisem, jehož certifikát se neprokazuje jako kvalifikovaný.',
    );
    expect(text).toContain('Podepisující osoba: Petra Dvořáková');
    expect(text).toContain(`Číslo časového razítka: ${serial} (šestnáctkově)`);
  });
});

describe('renderElectronicToPaper: inputs that are not validly signed', () => {
  it('states that an unsigned input was neither signed nor sealed nor timestamped', async () => {
    const printable = await render(letter, 'nepodepsany-tisk.pdf');
    expect(printable.examination).toMatchObject({ kind: 'none', valid: false, problems: [] });
    const text = await clauseText(printable);
    expect(text).toContain(
      'Vstup nebyl podepsán elektronickým podpisem ani zapečetěn elektronickou pečetí.',
    );
    expect(text).toContain('Vstup nebyl opatřen časovým razítkem.');
    expect(text).not.toContain('Sériové číslo certifikátu');
  });

  it('refuses a signature made invalid by changed bytes until the clerk confirms, in Czech', async () => {
    const examination = await examineElectronic(tampered, { trust, now: new Date() });
    expect(examination).toMatchObject({ kind: 'signed', valid: false });
    expect(examination.problems).toContain('signatureCheck.digestMismatch');
    await expect(
      renderElectronicToPaper({ pdf: tampered, clause: clause() }, deps),
    ).rejects.toMatchObject({
      code: 'errors.conversion.invalidNotConfirmed',
      message:
        'Podpis, pečeť nebo časové razítko vstupu se nepodařilo ověřit jako platné. Konverzi lze provést, jen když potvrdíte, že o tom víte — doložka to pak uvede.',
    });
  });

  it('with the confirmation, the clause says the signature did not verify and why', async () => {
    const printable = await render(tampered, 'neplatny-podpis-tisk.pdf', {
      confirmedInvalid: true,
    });
    const text = await clauseText(printable);
    expect(text).toContain(
      `Ověření dne ${formatOfficeDate(new Date().toISOString())} nebylo úspěšné:`,
    );
    expect(text).toContain('dokument byl po podepsání změněn (otisk nesouhlasí)');
    expect(text).toContain('Konverze byla provedena, přestože ověření nebylo úspěšné.');
    expect(text).not.toContain('jako platn');
  });

  it('refuses an encrypted PDF and a PDF with JavaScript, in Czech', async () => {
    const encrypted = await qpdf(letter, ['--encrypt', 'heslo', 'vlastnik', '256', '--']);
    await expect(
      renderElectronicToPaper({ pdf: encrypted, clause: clause() }, deps),
    ).rejects.toMatchObject(INPUT_ENCRYPTED);
    const doc = await PDFDocument.load(letter, { updateMetadata: false });
    doc.catalog.set(
      PDFName.of('OpenAction'),
      doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("ahoj")') }),
    );
    const scripted = await doc.save();
    await expect(examineElectronic(scripted, { trust, now: new Date() })).rejects.toMatchObject({
      code: 'errors.conversion.inputJavascript',
      message:
        'PDF obsahuje JavaScript nebo jiné akce (JavaScript). Jeho obsah se může při zobrazení měnit, proto jej nelze konvertovat.',
    });
    await expect(
      examineElectronic(new TextEncoder().encode('%PDF-1.7\nrozbité'), { trust, now: new Date() }),
    ).rejects.toMatchObject({
      code: 'errors.conversion.inputCorrupted',
      message:
        'Soubor není čitelné PDF nebo je poškozený (seznam stránek je poškozený), proto jej nelze konvertovat.',
    });
  });
});

describe('renderElectronicToPaper: sheets of the output', () => {
  it.each([
    { pages: 2, duplex: false, total: 3, sheets: 3, sides: 'jednostranný' },
    { pages: 2, duplex: true, total: 3, sheets: 2, sides: 'oboustranný' },
    { pages: 3, duplex: true, total: 4, sheets: 2, sides: 'oboustranný' },
    { pages: 4, duplex: true, total: 5, sheets: 3, sides: 'oboustranný' },
  ])(
    '$pages pages, duplex $duplex: $sheets sheets',
    async ({ pages, duplex, total, sheets, sides }) => {
      const printable = await render(
        await letterPdfA(pages, assets),
        `listy-${pages}-${duplex}.pdf`,
        { duplex },
      );
      expect(printable).toMatchObject({ pages: total, sheets });
      expect(await clauseText(printable)).toContain(
        `Počet listů výstupu: ${sheets} (stran: ${total}, ${sides} tisk, včetně této doložky)`,
      );
    },
  );
});

describe('renderElectronicToPaper: a seal', () => {
  it('names a seal (QcType eseal, or a legal person without QcType) and the sealer', async () => {
    for (const qcType of [true, false]) {
      const seal = await sealIdentity(pki.ca, { qcType });
      const now = new Date();
      const signer = await openPkcs12Signer(seal.p12, TEST_P12_PASSWORD, now);
      const sealed = await signPdf({ pdf: letter, signer, now });
      const printable = await render(sealed.pdf, `zapeceteny-${qcType}.pdf`);
      expect(printable.examination).toMatchObject({ kind: 'sealed', valid: true });
      const text = await clauseText(printable);
      expect(text).toContain(
        'Vstup byl zapečetěn elektronickou pečetí založenou na kvalifikovaném certifikátu.',
      );
      expect(text).toContain('Sériové číslo certifikátu: 5EA1 (šestnáctkově), 24225 (desítkově)');
      expect(text).toContain(`Pečetící osoba: ${seal.organization}`);
      expect(text).toContain('Vstup nebyl opatřen časovým razítkem.');
      expect(text).toContain('Pečeť byla ověřena dne');
    }
  });
});

describe('renderElectronicToPaper: PDF/A', () => {
  it('every printout above is PDF/A-2b by the whole check (qpdf, fonts, XMP, Preflight)', async () => {
    expect(outputs.length).toBeGreaterThanOrEqual(10);
    const reports = await assertPdfA(outputs);
    expect(reports).toHaveLength(outputs.length);
  });
});
