/**
 * The promise end to end on the main side: a letter rendered from a template,
 * signed by the mayor (B-T with the simulator's authority, visible in the letter's
 * signature box as the app signs it, then a second, invisible signature and a document
 * timestamp), stays a PDF/A file by the whole `check-pdfa` check, and every signature
 * verifies in pdfsig and in our own verifier.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfService } from '../pdf';
import { assertPdfA } from '../pdf/pdfa/testPdfA';
import { testContent, testTemplate } from '../pdf/letterTestFixtures';
import { ASSETS_DIR } from '../pdf/testFonts';
import { openPkcs12Signer } from './pkcs12Signer';
import { addDocumentTimestamp, signPdf } from './signPdf';
import { pdfsig } from './testing/signatureTools';
import { testPki, TEST_P12_PASSWORD, type TestPki } from './testing/testCertificates';
import { startTestTsa, type TestTsa } from './testing/tsaServer';
import { formFacts } from './testing/widgets';
import { TimestampClient } from './tsa/timestampClient';
import { verifyPdfSignatures } from './verify';

let pki: TestPki;
let tsa: TestTsa;

beforeAll(async () => {
  [pki, tsa] = await Promise.all([testPki(), startTestTsa()]);
});

afterAll(async () => {
  await tsa?.close();
});

describe('a signed letter', () => {
  it('stays PDF/A and verifies after a B-T signature, a second signature and a document timestamp', async () => {
    const letter = await createPdfService({ assetsDir: ASSETS_DIR }).renderLetter(
      testTemplate(),
      testContent({ body: 'Vážený pane,\n\n**sdělujeme** Vám:\n\n- první bod\n- druhý bod' }),
    );
    const font = new Uint8Array(await readFile(join(ASSETS_DIR, 'fonts', 'DejaVuSans.ttf')));
    const box = letter.signatureBox;
    const now = new Date();
    const mayor = await openPkcs12Signer(pki.qualified.p12, TEST_P12_PASSWORD, now);
    const deputy = await openPkcs12Signer(pki.nonQualified.p12, TEST_P12_PASSWORD, now);
    const client = new TimestampClient({ url: tsa.url, timeoutMs: 5_000 });
    try {
      const first = await signPdf({
        pdf: letter.pdf,
        signer: mayor,
        timestamp: client,
        signerDisplayName: 'Ing. Jaroslav Novotný, starosta',
        visible: { ...box, page: box.page + 1, lines: [], font },
        now,
      });
      expect(first.level).toBe('B-T');
      const second = await signPdf({ pdf: first.pdf, signer: deputy, now });
      const stamped = await addDocumentTimestamp(second.pdf, client, now);

      await assertPdfA([
        { name: 'podepsany-dopis.pdf', pdf: first.pdf },
        { name: 'dva-podpisy-a-razitko.pdf', pdf: stamped.pdf },
      ]);

      // Every signature has its widget with an appearance; the visible one sits at the box.
      const widgets = (await formFacts(stamped.pdf)).widgets;
      expect(widgets.map((widget) => [widget.name, widget.signed, widget.appearanceOnlyN])).toEqual(
        [
          ['Signature_1', true, true],
          ['Signature_2', true, true],
          ['Timestamp_1', true, true],
        ],
      );
      const rect = [box.x, box.y, box.x + box.width, box.y + box.height];
      widgets[0]!.rect.forEach((value, index) => expect(value).toBeCloseTo(rect[index]!, 3));
      expect(widgets[0]!.page).toBe(box.page + 1);

      const poppler = await pdfsig(stamped.pdf);
      expect(poppler.stdout.match(/Signature is Valid\./g)).toHaveLength(2);

      const report = await verifyPdfSignatures(stamped.pdf, {
        trust: [pki.ca.certPem, tsa.caPem],
        now,
      });
      expect(report.unreadable).toBeNull();
      expect(
        report.signatures.map((signature) => [signature.kind, signature.status, signature.chain]),
      ).toEqual([
        ['signature', 'valid', 'trusted'],
        ['signature', 'valid', 'trusted'],
        ['documentTimestamp', 'valid', 'trusted'],
      ]);
      expect(report.signatures[0]!.level).toBe('B-T');
      expect(report.signatures[0]!.laterChanges).toBe('signaturesOnly');
      expect(report.signatures[2]!.laterChanges).toBe('none');
    } finally {
      client.close();
    }
  });
});
