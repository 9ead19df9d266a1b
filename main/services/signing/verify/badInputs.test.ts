import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SIGNATURES } from './fields';
import { opensslVerifiesDetached } from './testing/crossCheck';
import { czech } from './testing/czech.node';
import { plainPdf, signPdf } from './testing/pdfs';
import { makeTestPki, type TestPki } from './testing/pki';
import { appendUpdate, BYTE_RANGE_PLACEHOLDER, rawPdf } from './testing/rawPdf';
import {
  opensslSign,
  opensslSignedPdf,
  placeholderPdf,
  rangeBytes,
  withContents,
} from './testing/rawSigned';
import { ZfoTrust } from '../../isds/zfo/trust';
import { verifyPdfSignatures, verifyUnguarded } from './verifyPdfSignatures';

let pki: TestPki;

beforeAll(() => {
  pki = makeTestPki();
});

async function onlySignature(pdf: Uint8Array) {
  const report = await verifyPdfSignatures(pdf, { trust: [pki.caPem] });
  expect(report.unreadable).toBeNull();
  expect(report.signatures).toHaveLength(1);
  return report.signatures[0]!;
}

describe('signatures made by openssl (an implementation independent of libpdf)', () => {
  it('verifies a CAdES signature (-cades: signing-certificate-v2) as a valid, trusted B-B', async () => {
    const pdf = opensslSignedPdf(pki.signer, ['-cades']);
    const signature = await onlySignature(pdf);
    expect(signature).toMatchObject({
      fieldName: 'Podpis starosty',
      status: 'valid',
      chain: 'trusted',
      level: 'B-B',
      coversRevision: true,
      laterChanges: 'none',
      problems: [],
    });
  });

  it('reports ETSI.CAdES.detached without signing-certificate-v2 as indeterminate, in Czech', async () => {
    const signature = await onlySignature(opensslSignedPdf(pki.signer, []));
    expect(signature).toMatchObject({ status: 'indeterminate', level: null });
    expect(signature.problems).toEqual(['signatureCheck.signingCertificateMissing']);
    expect(czech(signature.problems[0])).toBe(
      'Podpis neuvádí, kterým certifikátem byl vytvořen (chybí atribut signing-certificate-v2), jak formát PAdES vyžaduje.',
    );
  });

  it('takes adbe.pkcs7.detached without signing-certificate-v2 as valid', async () => {
    const pdf = opensslSignedPdf(pki.signer, [], { subFilter: 'adbe.pkcs7.detached' });
    expect(await onlySignature(pdf)).toMatchObject({ status: 'valid', level: null, problems: [] });
  });

  it('verifies a signature without signed attributes (the signature directly over the ranges)', async () => {
    const pdf = opensslSignedPdf(pki.signer, ['-noattr'], { subFilter: 'adbe.pkcs7.detached' });
    expect(await onlySignature(pdf)).toMatchObject({
      status: 'valid',
      signingTime: '2025-03-01T11:00:00.000Z',
    });
  });

  it('verifies RSA-PSS and ECDSA signatures, as openssl does', async () => {
    const pss = opensslSignedPdf(pki.signer, ['-cades', '-keyopt', 'rsa_padding_mode:pss']);
    expect(await onlySignature(pss)).toMatchObject({ status: 'valid', level: 'B-B' });
    const ec = opensslSignedPdf(pki.ecSigner, ['-cades']);
    expect(await onlySignature(ec)).toMatchObject({
      status: 'valid',
      level: 'B-B',
      chain: 'trusted',
    });
    const pdf = placeholderPdf();
    const cms = opensslSign(rangeBytes(pdf), pki.ecSigner, ['-cades']);
    expect(await opensslVerifiesDetached(cms, rangeBytes(pdf), pki.caPem)).toBe(true);
  });
});

describe('hostile and broken signatures', () => {
  it('reports /Contents that is no CMS as indeterminate, in Czech', async () => {
    const pdf = withContents(placeholderPdf(), new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x07]));
    const signature = await onlySignature(pdf);
    expect(signature).toMatchObject({ status: 'indeterminate', chain: 'unknown', signer: null });
    expect(signature.problems).toEqual(['signatureCheck.cmsUnreadable']);
    expect(czech(signature.problems[0])).toBe('Data podpisu jsou poškozená a nelze je přečíst.');
  });

  it('reports /Contents with garbage after the CMS as unreadable', async () => {
    const pdf = placeholderPdf();
    const cms = opensslSign(rangeBytes(pdf), pki.signer, ['-cades']);
    const signature = await onlySignature(withContents(pdf, new Uint8Array([...cms, 0x01])));
    expect(signature.problems).toEqual(['signatureCheck.cmsUnreadable']);
  });

  it('reports a CMS without the signer certificate as indeterminate, in Czech', async () => {
    const pdf = placeholderPdf();
    const cms = opensslSign(rangeBytes(pdf), pki.signer, ['-cades']);
    const info = pkijs.ContentInfo.fromBER(cms);
    const signedData = new pkijs.SignedData({ schema: info.content as asn1js.AsnType });
    signedData.certificates = undefined;
    const stripped = new pkijs.ContentInfo({
      contentType: info.contentType,
      content: signedData.toSchema(true),
    });
    const signature = await onlySignature(
      withContents(pdf, new Uint8Array(stripped.toSchema().toBER())),
    );
    expect(signature).toMatchObject({ status: 'indeterminate', chain: 'unknown' });
    expect(signature.problems).toEqual(['signatureCheck.noCertificate']);
    expect(czech(signature.problems[0])).toBe(
      'Podpis neobsahuje certifikát podepisující osoby, proto jej nelze ověřit.',
    );
  });

  it('reports a certificate swapped for another with the same key as a signing-certificate mismatch, in Czech', async () => {
    // The SignerInfo's sid is not signed: point it at a twin certificate of the same key.
    const pdf = placeholderPdf();
    const cms = opensslSign(rangeBytes(pdf), pki.signer, ['-cades']);
    const info = pkijs.ContentInfo.fromBER(cms);
    const signedData = new pkijs.SignedData({ schema: info.content as asn1js.AsnType });
    const twinDer = Buffer.from(pki.signerTwinPem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const twin = pkijs.Certificate.fromBER(twinDer);
    signedData.certificates = [twin];
    signedData.signerInfos[0]!.sid = new pkijs.IssuerAndSerialNumber({
      issuer: twin.issuer,
      serialNumber: twin.serialNumber,
    });
    const swapped = new pkijs.ContentInfo({
      contentType: info.contentType,
      content: signedData.toSchema(true),
    });
    const signature = await onlySignature(
      withContents(pdf, new Uint8Array(swapped.toSchema().toBER())),
    );
    expect(signature).toMatchObject({ status: 'indeterminate', level: null });
    expect(signature.problems).toEqual(['signatureCheck.signingCertificateMismatch']);
    expect(czech(signature.problems[0])).toBe(
      'Certifikát přiložený k podpisu není ten, který podpis uvádí.',
    );
  });

  it("reports another file's signature pasted in as a digest mismatch", async () => {
    const other = placeholderPdf({
      objects: { 7: '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>' },
    });
    const cms = opensslSign(rangeBytes(other), pki.signer, ['-cades']);
    const signature = await onlySignature(withContents(placeholderPdf(), cms));
    expect(signature).toMatchObject({ status: 'invalid', chain: 'trusted' });
    expect(signature.problems).toEqual(['signatureCheck.digestMismatch']);
  });

  it('reports a sub-filter it does not know as indeterminate, in Czech', async () => {
    const pdf = opensslSignedPdf(pki.signer, ['-cades'], { subFilter: 'adbe.x509.rsa_sha1' });
    const signature = await onlySignature(pdf);
    expect(signature).toMatchObject({ status: 'indeterminate', subFilter: 'adbe.x509.rsa_sha1' });
    expect(signature.problems).toEqual(['signatureCheck.unsupportedSubFilter']);
    expect(czech(signature.problems[0])).toBe('Podpis je ve formátu, který aplikace neumí ověřit.');
  });

  it('reports a signature whose range stops short of the end of a revision, in Czech', async () => {
    const pdf = placeholderPdf();
    const text = Buffer.from(pdf).toString('latin1');
    // Sign only up to just before the trailer: the trailer and %%EOF stay unsigned.
    const shortEnd = text.lastIndexOf('startxref');
    const at = text.indexOf('/ByteRange [');
    const [a, b] = [...text.slice(at).matchAll(/\d+/g)].slice(1, 3).map((m) => Number(m[0]));
    const short = Buffer.from(pdf);
    short.write(String(shortEnd - b!).padStart(10, '0'), text.indexOf(']', at) - 10, 'latin1');
    const cms = opensslSign(
      Buffer.concat([short.subarray(0, a), short.subarray(b, shortEnd)]),
      pki.signer,
      ['-cades'],
    );
    const signature = await onlySignature(withContents(short, cms));
    expect(signature).toMatchObject({
      status: 'valid',
      coversRevision: false,
      laterChanges: 'modified',
    });
    expect(signature.problems).toEqual([
      'signatureCheck.notWholeRevision',
      'signatureCheck.modifiedAfterSigning',
    ]);
    expect(czech(signature.problems[0])).toBe(
      'Podpis nepokrývá celou verzi dokumentu, jak v okamžiku podpisu vypadala.',
    );
  });

  it('refuses a /ByteRange reaching past the end of the file', async () => {
    const pdf = placeholderPdf();
    const text = Buffer.from(pdf).toString('latin1');
    const broken = Buffer.from(pdf);
    broken.write('9999999999', text.indexOf(']', text.indexOf('/ByteRange [')) - 10, 'latin1');
    const signature = await onlySignature(broken);
    expect(signature).toMatchObject({
      status: 'invalid',
      problems: ['signatureCheck.byteRangeMalformed'],
    });
  });

  it('refuses a /ByteRange whose gap holds more than the /Contents string', async () => {
    const objects = {
      6: `<< /Type /Sig /SubFilter /ETSI.CAdES.detached ${BYTE_RANGE_PLACEHOLDER} /Contents <00> /Hidden (x) >>`,
    };
    const pdf = Buffer.from(placeholderPdf({ objects }));
    const text = pdf.toString('latin1');
    // Widen the gap to swallow /Hidden as well.
    const close = text.indexOf('/Hidden (x)') + '/Hidden (x)'.length;
    const at = text.indexOf('/ByteRange [');
    const a = text.indexOf('<00>');
    const numbers = [a, close, pdf.byteLength - close]
      .map((n) => String(n).padStart(10, '0'))
      .join(' ');
    pdf.write(`/ByteRange [0 ${numbers}]`, at, 'latin1');
    const signature = await onlySignature(pdf);
    expect(signature.problems).toEqual(['signatureCheck.byteRangeMalformed']);
  });

  it('stops at a field tree that loops', async () => {
    const pdf = placeholderPdf({
      objects: {
        1: '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [8 0 R] >> >>',
        8: '<< /T (A) /Kids [9 0 R] >>',
        9: '<< /T (B) /Kids [8 0 R 5 0 R] >>',
      },
    });
    const report = await verifyPdfSignatures(pdf, { trust: [pki.caPem] });
    expect(report.signatures.map((item) => item.fieldName)).toEqual(['A.B.Podpis starosty']);
  });

  it(`verifies at most ${MAX_SIGNATURES} signatures`, async () => {
    const fields = Array.from({ length: 60 }, (_, i) => `${10 + i} 0 R`).join(' ');
    const objects: Record<number, string> = {
      1: `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${fields}] >> >>`,
    };
    for (let i = 0; i < 60; i++)
      objects[10 + i] =
        `<< /FT /Sig /T (P${i}) /V << /Type /Sig /SubFilter /adbe.pkcs7.detached /ByteRange [0 1 2 3] /Contents <00> >> >>`;
    const report = await verifyPdfSignatures(placeholderPdf({ objects }), { trust: [pki.caPem] });
    expect(report.signatures).toHaveLength(MAX_SIGNATURES);
    expect(new Set(report.signatures.map((item) => item.problems[0]))).toEqual(
      new Set(['signatureCheck.byteRangeMalformed']),
    );
  });

  it('survives arrays nested a hundred thousand deep', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const pdf = placeholderPdf({
      objects: {
        1: `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /Deep ${deep} >> >>`,
      },
    });
    expect(await verifyPdfSignatures(pdf, { trust: [pki.caPem] })).toEqual({
      signatures: [],
      unreadable: 'signatureCheck.corrupted',
    });
  });

  it('reads each broken object only up to where the next one starts (no quadratic work)', async () => {
    // Fifteen thousand fields (under the walk's limit), each an object that never closes: an unterminated string,
    // hex string or stream would otherwise each be read to the end of the file.
    const count = 15_000;
    const broken = ['<< /T (never closed', '<< /T <0A0B', '<< /Length 99999999 >>\nstream\nno end'];
    const objects: Record<number, string> = {
      1: `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${Array.from({ length: count }, (_, i) => `${10 + i} 0 R`).join(' ')} 5 0 R] >> >>`,
    };
    for (let i = 0; i < count; i++) objects[10 + i] = broken[i % broken.length]!;
    const pdf = placeholderPdf({ objects });
    const report = await verifyPdfSignatures(pdf, { trust: [pki.caPem] });
    expect(report.signatures.map((item) => item.fieldName)).toEqual(['Podpis starosty']);
  });

  it('reads a file whose cross-reference chain loops by scanning it', async () => {
    const signed = opensslSignedPdf(pki.signer, ['-cades']);
    const update = appendUpdate(signed, {
      size: 8,
      objects: { 7: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    });
    const text = Buffer.from(update).toString('latin1');
    const own = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]!;
    const prev = /\/Prev (\d+)/g;
    const last = [...text.matchAll(prev)].pop()!;
    const looped = Buffer.from(update);
    looped.write(`/Prev ${own}`.padEnd(last[0].length, ' '), last.index, 'latin1');
    const signature = await onlySignature(looped);
    // The signature still checks; what followed it cannot be told without cross-references.
    expect(signature).toMatchObject({ status: 'valid', laterChanges: 'modified' });
  });

  it('never throws on a mangled signed PDF, even without the last-resort catch', async () => {
    const signed = await signPdf(await plainPdf(), pki.signer);
    const trust = ZfoTrust.from([pki.caPem]);
    const now = new Date();
    let seed = 20250301;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const outcomes = new Set<string>();
    for (let round = 0; round < 200; round++) {
      let mangled = Buffer.from(signed);
      if (round % 3 === 0) {
        mangled = mangled.subarray(0, Math.floor(random() * signed.byteLength));
      } else {
        for (let flips = 0; flips < 1 + (round % 7); flips++)
          mangled[Math.floor(random() * mangled.byteLength)] = Math.floor(random() * 256);
      }
      const report = verifyUnguarded(mangled, trust, now);
      outcomes.add(
        report.unreadable ?? (report.signatures.map((item) => item.status).join(',') || 'unsigned'),
      );
      for (const signature of report.signatures)
        for (const problem of signature.problems) czech(problem);
    }
    // The mangling reaches every kind of answer, not just one.
    expect(outcomes).toContain('unsigned');
    expect(outcomes).toContain('valid');
    expect(outcomes).toContain('indeterminate');
    expect(outcomes).toContain('invalid');
  });

  it('keeps an unsigned hand-made PDF unsigned', async () => {
    const pdf = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
    ]);
    expect(await verifyPdfSignatures(pdf, { trust: [] })).toEqual({
      signatures: [],
      unreadable: null,
    });
  });
});
