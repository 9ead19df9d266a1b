import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';
import { ASSETS_DIR } from '../pdf/testFonts';
import { openPkcs12Signer } from './pkcs12Signer';
import { addDocumentTimestamp, signPdf } from './signPdf';
import type { PdfSigner } from './signer';
import { letterPdf } from './testing/samplePdfs';
import { pdfsig } from './testing/signatureTools';
import { testPki, TEST_P12_PASSWORD, type TestPki } from './testing/testCertificates';
import { startTestTsa, type TestTsa } from './testing/tsaServer';
import { formFacts } from './testing/widgets';
import { TimestampClient } from './tsa/timestampClient';
import { verifyPdfSignatures } from './verify';

let pki: TestPki;
let tsa: TestTsa;
let signer: PdfSigner;
let letter: Uint8Array;
let font: Uint8Array;

beforeAll(async () => {
  [pki, tsa, letter, font] = await Promise.all([
    testPki(),
    startTestTsa(),
    letterPdf(2),
    readFile(join(ASSETS_DIR, 'fonts', 'DejaVuSans.ttf')).then((bytes) => new Uint8Array(bytes)),
  ]);
  signer = await openPkcs12Signer(pki.qualified.p12, TEST_P12_PASSWORD, new Date());
});

afterAll(async () => {
  await tsa?.close();
});

async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

const PLACEMENT_MESSAGE = 'Viditelný podpis se na zvolené místo stránky nevejde.';

describe('the signature field signPdf makes', () => {
  it('is an invisible widget on page 1 with an empty appearance, in a minimal AcroForm', async () => {
    const outcome = await signPdf({ pdf: letter, signer, now: new Date() });
    const facts = await formFacts(outcome.pdf);
    expect(facts.widgets).toEqual([
      {
        name: 'Signature_1',
        page: 1,
        pageOfP: 1,
        rect: [0, 0, 0, 0],
        flags: 132,
        signed: true,
        appearanceOnlyN: true,
        appearanceBBox: [0, 0, 0, 0],
        appearanceLength: 0,
      },
    ]);
    expect(facts.fieldNames).toEqual(['Signature_1']);
    expect(facts.sigFlags).toBe(3);
    // No /DR naming a Helvetica nobody embeds, no /NeedAppearances.
    expect(facts.formKeys.sort()).toEqual(['Fields', 'SigFlags']);
  });

  it('puts a visible widget on its page at exactly the box', async () => {
    const box = { page: 2, x: 300, y: 100, width: 200, height: 50 };
    const outcome = await signPdf({
      pdf: letter,
      signer,
      now: new Date(),
      visible: { ...box, lines: ['Digitálně podepsal: Jan Novák'], font },
    });
    const [widget, ...others] = (await formFacts(outcome.pdf)).widgets;
    expect(others).toEqual([]);
    expect(widget).toMatchObject({ name: 'Signature_1', page: 2, pageOfP: 2, flags: 132 });
    expect(widget!.signed).toBe(true);
    expect(widget!.appearanceOnlyN).toBe(true);
    expect(widget!.rect).toEqual([300, 100, 500, 150]);
    expect(widget!.appearanceBBox).toEqual([0, 0, 200, 50]);
    expect(widget!.appearanceLength).toBeGreaterThan(0);
    expect((await pdfsig(outcome.pdf)).stdout).toContain('Signature is Valid.');
  });

  it('gives the second signature and the document timestamp fields of their own, each with an appearance', async () => {
    const first = await signPdf({ pdf: letter, signer, now: new Date() });
    const second = await signPdf({ pdf: first.pdf, signer, now: new Date() });
    const client = new TimestampClient({ url: tsa.url, timeoutMs: 5_000 });
    let stamped;
    try {
      stamped = await addDocumentTimestamp(second.pdf, client, new Date());
    } finally {
      client.close();
    }
    const facts = await formFacts(stamped.pdf);
    expect(
      facts.widgets.map((widget) => [widget.name, widget.signed, widget.appearanceOnlyN]),
    ).toEqual([
      ['Signature_1', true, true],
      ['Signature_2', true, true],
      ['Timestamp_1', true, true],
    ]);
    expect(facts.fieldNames).toEqual(['Signature_1', 'Signature_2', 'Timestamp_1']);
    const report = await verifyPdfSignatures(stamped.pdf, {
      trust: [pki.ca.certPem, tsa.caPem],
      now: new Date(),
    });
    expect(
      report.signatures.map((signature) => [signature.status, signature.laterChanges]),
    ).toEqual([
      ['valid', 'signaturesOnly'],
      ['valid', 'signaturesOnly'],
      ['valid', 'none'],
    ]);
  });

  it('takes the name it is given', async () => {
    const outcome = await signPdf({ pdf: letter, signer, now: new Date(), fieldName: 'Starosta' });
    expect((await formFacts(outcome.pdf)).widgets.map((widget) => widget.name)).toEqual([
      'Starosta',
    ]);
  });

  it('refuses a name a field of the document already has', async () => {
    const first = await signPdf({ pdf: letter, signer, now: new Date() });
    const error = await rejection(
      signPdf({ pdf: first.pdf, signer, now: new Date(), fieldName: 'Signature_1' }),
    );
    expect(error.code).toBe('errors.signing.failed');
    expect(error.message).toBe(
      'Podepsání se nezdařilo; dokument zůstal beze změny. Podrobnosti jsou v protokolu aplikace.',
    );
  });
});

describe('a visible signature box is refused', () => {
  const place = (box: { page: number; x: number; y: number; width: number; height: number }) =>
    rejection(
      signPdf({ pdf: letter, signer, now: new Date(), visible: { ...box, lines: [], font } }),
    );

  it('on a page the document does not have', async () => {
    const error = await place({ page: 3, x: 340, y: 60, width: 220, height: 44 });
    expect(error.code).toBe('errors.signing.visiblePlacement');
    expect(error.message).toBe(PLACEMENT_MESSAGE);
  });

  it('reaching off the page', async () => {
    const error = await place({ page: 1, x: 500, y: 60, width: 220, height: 44 });
    expect(error.code).toBe('errors.signing.visiblePlacement');
    expect(error.message).toBe(PLACEMENT_MESSAGE);
  });

  it('too small for a line of text', async () => {
    const error = await place({ page: 1, x: 340, y: 60, width: 12, height: 44 });
    expect(error.code).toBe('errors.signing.visiblePlacement');
    expect(error.message).toBe(PLACEMENT_MESSAGE);
  });
});
