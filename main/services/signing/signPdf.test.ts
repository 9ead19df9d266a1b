import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';
import { parseSignedData } from '../isds/zfo/cms';
import { createPdfService } from '../pdf';
import { ASSETS_DIR } from '../pdf/testFonts';
import { openPkcs12Signer } from './pkcs12Signer';
import { addDocumentTimestamp, signPdf } from './signPdf';
import type { PdfSigner } from './signer';
import { letterPdf, qpdf } from './testing/samplePdfs';
import { opensslCmsVerify, opensslTsVerify, pdfsig, signaturesOf } from './testing/signatureTools';
import { testPki, TEST_P12_PASSWORD, type TestPki } from './testing/testCertificates';
import { startTestTsa, type TestTsa } from './testing/tsaServer';
import { TimestampClient } from './tsa/timestampClient';

const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const TIMESTAMP_TOKEN_ATTRIBUTE = '1.2.840.113549.1.9.16.2.14';

let pki: TestPki;
let tsa: TestTsa;
let signer: PdfSigner;
let letter: Uint8Array;

beforeAll(async () => {
  [pki, tsa, letter] = await Promise.all([testPki(), startTestTsa(), letterPdf(2)]);
  signer = await openPkcs12Signer(pki.qualified.p12, TEST_P12_PASSWORD, new Date());
});

afterAll(async () => {
  await tsa?.close();
});

function client(): TimestampClient {
  return new TimestampClient({ url: tsa.url, timeoutMs: 5_000 });
}

function startsWithInput(output: Uint8Array, input: Uint8Array): boolean {
  return Buffer.compare(output.subarray(0, input.byteLength), input) === 0;
}

function validSignatures(output: string): number {
  return output.match(/Signature Validation: Signature is Valid\./g)?.length ?? 0;
}

async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

function unsignedAttributeTypes(cms: Uint8Array): string[] {
  const info = pkijs.ContentInfo.fromBER(Uint8Array.from(cms).buffer);
  const signed = new pkijs.SignedData({ schema: info.content as asn1js.Sequence });
  return signed.signerInfos[0]?.unsignedAttrs?.attributes.map((item) => item.type) ?? [];
}

describe('signPdf B-B with a PKCS#12 key', () => {
  it('makes a signature pdfsig and openssl cms accept, appended to the unchanged input', async () => {
    const now = new Date();
    const outcome = await signPdf({
      pdf: letter,
      signer,
      reason: 'Schváleno',
      location: 'Testov',
      now,
    });
    expect(outcome.level).toBe('B-B');
    expect(outcome.timestampNotice).toBeNull();
    expect(outcome.timestampTime).toBeNull();
    expect(outcome.signingTime).toBe(now.toISOString());
    expect(outcome.certificate.subjectName).toBe('Jan Novák');
    expect(startsWithInput(outcome.pdf, letter)).toBe(true);

    const report = await pdfsig(outcome.pdf);
    expect(validSignatures(report.stdout)).toBe(1);
    expect(report.stdout).toContain('ETSI.CAdES.detached');
    expect(report.stdout).toContain('Total document signed');

    const [signature] = signaturesOf(outcome.pdf);
    const verified = await opensslCmsVerify(signature!, pki.ca.certPem);
    expect(verified.stderr).toContain('Verification successful');
    expect(verified.code).toBe(0);
  });

  it('writes ESS signing-certificate-v2 naming the signer certificate', async () => {
    const outcome = await signPdf({ pdf: letter, signer, now: new Date() });
    const [signature] = signaturesOf(outcome.pdf);
    const cms = parseSignedData(signature!.cms);
    const attribute = cms.signers[0]!.signedAttributes.find(
      (item) => item.type === SIGNING_CERTIFICATE_V2,
    );
    expect(attribute).toBeDefined();
    // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { [hashAlgorithm] certHash … } }
    const certs = (attribute!.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const first = certs.valueBlock.value[0] as asn1js.Sequence;
    const hash = first.valueBlock.value.find(
      (item): item is asn1js.OctetString => item instanceof asn1js.OctetString,
    );
    const expected = createHash('sha256').update(pki.qualified.certDer).digest();
    expect(Buffer.from(hash!.valueBlock.valueHexView).equals(expected)).toBe(true);
  });

  it('signs with an EC P-256 key', async () => {
    const ec = await openPkcs12Signer(pki.ecQualified.p12, TEST_P12_PASSWORD, new Date());
    const outcome = await signPdf({ pdf: letter, signer: ec, now: new Date() });
    expect(validSignatures((await pdfsig(outcome.pdf)).stdout)).toBe(1);
  });

  it('signs a document twice, both signatures valid', async () => {
    const first = await signPdf({ pdf: letter, signer, now: new Date() });
    const other = await openPkcs12Signer(pki.nonQualified.p12, TEST_P12_PASSWORD, new Date());
    const second = await signPdf({ pdf: first.pdf, signer: other, now: new Date() });
    expect(startsWithInput(second.pdf, first.pdf)).toBe(true);
    const report = await pdfsig(second.pdf);
    expect(validSignatures(report.stdout)).toBe(2);
    expect(report.stdout).toContain('Jan Novák');
    expect(report.stdout).toContain('Petra Dvořáková');
  });

  it('signs a PDF made by the app (embedded DejaVu fonts)', async () => {
    const stamp = await createPdfService({ assetsDir: ASSETS_DIR }).renderIntakeStamp({
      organizationName: 'Obecní úřad Testov',
      pid: 'OUHLX7K9M2A3',
      referenceNumber: 'OUHL 1/2026',
      receivedAt: new Date().toISOString(),
      sheets: 1,
      attachmentsCount: 0,
      attachmentsKind: 'paper',
      attachmentsDescription: null,
      handler: 'Jana Nováková',
      fileMark: '101.2',
    });
    const outcome = await signPdf({ pdf: stamp.pdf, signer, now: new Date() });
    expect(startsWithInput(outcome.pdf, stamp.pdf)).toBe(true);
    expect(validSignatures((await pdfsig(outcome.pdf)).stdout)).toBe(1);
  });

  it('signs a linearized PDF incrementally, and again after that', async () => {
    const linearized = await qpdf(letter, ['--linearize']);
    const first = await signPdf({ pdf: linearized, signer, now: new Date() });
    expect(startsWithInput(first.pdf, linearized)).toBe(true);
    const second = await signPdf({ pdf: first.pdf, signer, now: new Date() });
    expect(startsWithInput(second.pdf, first.pdf)).toBe(true);
    expect(validSignatures((await pdfsig(second.pdf)).stdout)).toBe(2);
  });
});

describe('signPdf B-T against the simulator TSA', () => {
  it('embeds a checked timestamp token and reports its genTime', async () => {
    tsa.authority.setMode('ok');
    const before = Date.now();
    const outcome = await signPdf({ pdf: letter, signer, timestamp: client(), now: new Date() });
    expect(outcome.level).toBe('B-T');
    expect(outcome.timestampNotice).toBeNull();
    expect(Date.parse(outcome.timestampTime!)).toBeGreaterThanOrEqual(before - 1000);
    const [signature] = signaturesOf(outcome.pdf);
    expect(unsignedAttributeTypes(signature!.cms)).toContain(TIMESTAMP_TOKEN_ATTRIBUTE);
    const report = await pdfsig(outcome.pdf);
    expect(validSignatures(report.stdout)).toBe(1);
  });

  it('signs B-B with notice "unreachable" when the authority is down', async () => {
    tsa.authority.setMode('down');
    const outcome = await signPdf({ pdf: letter, signer, timestamp: client(), now: new Date() });
    tsa.authority.setMode('ok');
    expect(outcome.level).toBe('B-B');
    expect(outcome.timestampNotice).toBe('unreachable');
    expect(outcome.timestampTime).toBeNull();
    expect(startsWithInput(outcome.pdf, letter)).toBe(true);
    const [signature] = signaturesOf(outcome.pdf);
    expect(unsignedAttributeTypes(signature!.cms)).toEqual([]);
    expect(validSignatures((await pdfsig(outcome.pdf)).stdout)).toBe(1);
    expect(signaturesOf(outcome.pdf)).toHaveLength(1);
  });

  it('signs B-B with notice "refused" when the token stamps another imprint', async () => {
    tsa.authority.setMode('wrongImprint');
    const outcome = await signPdf({ pdf: letter, signer, timestamp: client(), now: new Date() });
    tsa.authority.setMode('ok');
    expect(outcome.level).toBe('B-B');
    expect(outcome.timestampNotice).toBe('refused');
    const [signature] = signaturesOf(outcome.pdf);
    expect(unsignedAttributeTypes(signature!.cms)).toEqual([]);
    expect(validSignatures((await pdfsig(outcome.pdf)).stdout)).toBe(1);
  });

  it('signs B-B with notice "refused" when the token signature is bad', async () => {
    tsa.authority.setMode('badSignature');
    const outcome = await signPdf({ pdf: letter, signer, timestamp: client(), now: new Date() });
    tsa.authority.setMode('ok');
    expect(outcome.timestampNotice).toBe('refused');
    expect(outcome.level).toBe('B-B');
  });

  it('signs B-B with notice "unreachable" when nothing listens', async () => {
    const nowhere = new TimestampClient({ url: 'http://127.0.0.1:1/tsa', timeoutMs: 2_000 });
    const outcome = await signPdf({ pdf: letter, signer, timestamp: nowhere, now: new Date() });
    expect(outcome.timestampNotice).toBe('unreachable');
    expect(outcome.level).toBe('B-B');
  });
});

describe('addDocumentTimestamp', () => {
  it('adds a document timestamp pdfsig lists, after the unchanged signed file', async () => {
    tsa.authority.setMode('ok');
    const signed = await signPdf({ pdf: letter, signer, now: new Date() });
    const stamped = await addDocumentTimestamp(signed.pdf, client(), new Date());
    expect(startsWithInput(stamped.pdf, signed.pdf)).toBe(true);
    expect(Number.isNaN(Date.parse(stamped.timestampTime))).toBe(false);
    // Poppler lists a document timestamp but cannot validate ETSI.RFC3161; openssl ts can.
    const report = await pdfsig(stamped.pdf);
    expect(report.stdout).toContain('Signature #2');
    expect(report.stdout).toContain('Timestamp_1');
    expect(report.stdout).toContain('Simulátor ISDS — časové razítko');
    expect(validSignatures(report.stdout)).toBe(1);
    const token = signaturesOf(stamped.pdf)[1]!;
    const verified = await opensslTsVerify(token, tsa.caPem);
    expect(verified.stdout).toContain('Verification: OK');
  });

  it('fails with a Czech error when the authority is down', async () => {
    tsa.authority.setMode('down');
    const error = await rejection(addDocumentTimestamp(letter, client(), new Date()));
    tsa.authority.setMode('ok');
    expect(error.code).toBe('errors.signing.timestampUnavailable');
    expect(error.message).toBe(
      'Autorita časových razítek není dostupná; dokument zůstal beze změny. Zkuste to prosím později.',
    );
  });

  it('fails with a Czech error when the token is refused', async () => {
    tsa.authority.setMode('wrongImprint');
    const error = await rejection(addDocumentTimestamp(letter, client(), new Date()));
    tsa.authority.setMode('ok');
    expect(error.code).toBe('errors.signing.timestampRefused');
    expect(error.message).toContain('nelze přijmout');
  });
});

describe('signPdf refuses', () => {
  it('an expired certificate', async () => {
    const expired = await openPkcs12Signer(pki.expired.p12, TEST_P12_PASSWORD, new Date());
    const error = await rejection(signPdf({ pdf: letter, signer: expired, now: new Date() }));
    expect(error.code).toBe('errors.signing.certificateBlocked');
    expect(error.message).toBe('Tímto certifikátem nelze podepsat: platnost certifikátu skončila.');
  });

  it('a certificate whose key usage forbids signing', async () => {
    const encipher = await openPkcs12Signer(
      pki.keyEnciphermentOnly.p12,
      TEST_P12_PASSWORD,
      new Date(),
    );
    const error = await rejection(signPdf({ pdf: letter, signer: encipher, now: new Date() }));
    expect(error.code).toBe('errors.signing.certificateBlocked');
    expect(error.message).toBe(
      'Tímto certifikátem nelze podepsat: certifikát není určen k podepisování (použití klíče nedovoluje elektronický podpis).',
    );
  });

  it('an encrypted PDF, before the certificate is looked at', async () => {
    const encrypted = await qpdf(letter, ['--encrypt', '', 'vlastnik', '256', '--']);
    const expired = await openPkcs12Signer(pki.expired.p12, TEST_P12_PASSWORD, new Date());
    const error = await rejection(signPdf({ pdf: encrypted, signer: expired, now: new Date() }));
    expect(error.code).toBe('errors.signing.pdfEncrypted');
    expect(error.message).toBe(
      'Dokument je zašifrovaný nebo chráněný heslem, takový podepsat nelze. Uložte ho bez ochrany (nebo jej převeďte do PDF/A) a podepište znovu.',
    );
  });

  it('a PDF protected by a user password', async () => {
    const locked = await qpdf(letter, ['--encrypt', 'uzivatel', 'vlastnik', '256', '--']);
    const error = await rejection(signPdf({ pdf: locked, signer, now: new Date() }));
    expect(error.code).toBe('errors.signing.pdfEncrypted');
  });

  it('a corrupted PDF', async () => {
    const corrupted = letter.slice(0, 300);
    const error = await rejection(signPdf({ pdf: corrupted, signer, now: new Date() }));
    expect(error.code).toBe('errors.signing.pdfCorrupted');
    expect(error.message).toBe(
      'Dokument PDF je poškozený, a proto ho nelze podepsat. Uložte ho znovu z původního programu nebo jej převeďte do PDF/A.',
    );
  });

  it('bytes that are not a PDF', async () => {
    const error = await rejection(
      signPdf({
        pdf: new TextEncoder().encode('Dobrý den, toto není PDF.'),
        signer,
        now: new Date(),
      }),
    );
    expect(error.code).toBe('errors.signing.pdfCorrupted');
  });
});
