import { PDF, type TimestampAuthority } from '@libpdf/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSealAuthority, TSA_NAME, type SealAuthority } from '../../../../sim/isds/seal';
import { loadOrCreateAuthority } from '../../../../sim/isds/seal/authority';
import { certificatePem } from '../../../../sim/isds/seal/pki';
import { makeTimestampToken } from '../../../../sim/isds/seal/timestamp';
import { ZfoTrust } from '../../isds/zfo/trust';
import { cmsOfContents } from './cms/contents';
import {
  opensslTimestampSerial,
  opensslVerifiesDetached,
  pdfsigValidations,
} from './testing/crossCheck';
import { czech } from './testing/czech.node';
import {
  addDocumentTimestamp,
  byteRangeAt,
  drawAfterSigning,
  findBytes,
  plainPdf,
  signedBytesOf,
  signPdf,
  simTimestampAuthority,
} from './testing/pdfs';
import { makeTestPki, type TestPki } from './testing/pki';
import { verifyPdfSignatures } from './verifyPdfSignatures';

let pki: TestPki;
let authority: SealAuthority;
let trust: ZfoTrust;
let plain: Uint8Array;
let signed: Uint8Array;

beforeAll(async () => {
  pki = makeTestPki();
  authority = await openSealAuthority({ dataDir: null });
  // The test CA for signers, the simulator's root for its timestamp authority.
  trust = ZfoTrust.from([pki.caPem, authority.caCertPem]);
  plain = await plainPdf();
  signed = await signPdf(plain, pki.signer, { level: 'B-B', reason: 'Schváleno' });
});

function contentsOf(pdf: Uint8Array, index = 0): Uint8Array {
  const [, a, b] = byteRangeAt(pdf, index);
  const hex = Buffer.from(pdf.subarray(a + 1, b - 1)).toString('latin1');
  const der = cmsOfContents(new Uint8Array(Buffer.from(hex, 'hex')));
  if (!der) throw new Error('no CMS in /Contents');
  return der;
}

describe('verifyPdfSignatures: signatures that hold', () => {
  it('reports a PAdES B-B signature by a trusted signer as valid, trusted and qualified — as pdfsig and openssl do', async () => {
    const report = await verifyPdfSignatures(signed, { trust });
    expect(report.unreadable).toBeNull();
    expect(report.signatures).toHaveLength(1);
    const [signature] = report.signatures;
    expect(signature).toMatchObject({
      kind: 'signature',
      subFilter: 'ETSI.CAdES.detached',
      status: 'valid',
      chain: 'trusted',
      level: 'B-B',
      qualified: true,
      // QcCompliance only, and a subject of O and CN: neither a person nor an organisation for sure.
      qcType: null,
      holder: null,
      provider: 'Testovací autorita',
      coversRevision: true,
      laterChanges: 'none',
      timestamp: null,
      problems: [],
    });
    expect(signature!.signer?.subjectName).toBe('Jan Novák');
    expect(signature!.signer?.issuer).toContain('Testovací kořenová CA');
    expect(signature!.signingTime).not.toBeNull();

    expect(await pdfsigValidations(signed)).toEqual(['Signature is Valid.']);
    const range = byteRangeAt(signed);
    expect(
      await opensslVerifiesDetached(contentsOf(signed), signedBytesOf(signed, range), pki.caPem),
    ).toBe(true);
  });

  it('reports a valid signature by a CA outside the anchors as untrusted, with the reason in Czech', async () => {
    const other = await signPdf(plain, pki.otherSigner);
    const [signature] = (await verifyPdfSignatures(other, { trust })).signatures;
    expect(signature).toMatchObject({ status: 'valid', chain: 'untrusted', qualified: false });
    expect(signature!.problems).toEqual(['signatureCheck.untrusted']);
    expect(czech(signature!.problems[0])).toBe(
      'Certifikát podepisující osoby nevydala certifikační autorita, které aplikace důvěřuje.',
    );
    expect(await pdfsigValidations(other)).toEqual(['Signature is Valid.']);
    expect(
      await opensslVerifiesDetached(
        contentsOf(other),
        signedBytesOf(other, byteRangeAt(other)),
        pki.caPem,
      ),
    ).toBe(false);
  });

  it('takes PEM anchors as well as a ZfoTrust, and trusts nothing when given none', async () => {
    const withPem = await verifyPdfSignatures(signed, { trust: [pki.caPem, 'not a certificate'] });
    expect(withPem.signatures[0]?.chain).toBe('trusted');
    const withNone = await verifyPdfSignatures(signed, { trust: [] });
    expect(withNone.signatures[0]).toMatchObject({ status: 'valid', chain: 'untrusted' });
  });

  it('checks the certificate at the claimed signing time when no timestamp proves one', async () => {
    const backdated = await signPdf(plain, pki.signer, {
      signingTime: new Date('2001-02-03T04:05:06Z'),
    });
    const [signature] = (await verifyPdfSignatures(backdated, { trust })).signatures;
    expect(signature).toMatchObject({
      status: 'valid',
      chain: 'notValidAtSigning',
      signingTime: '2001-02-03T04:05:06.000Z',
    });
    expect(czech(signature!.problems[0])).toBe(
      'Certifikát podepisující osoby nebo certifikát jeho vydavatele nebyl v okamžiku podpisu platný.',
    );
  });

  it('reports a B-T signature with its timestamp, and checks the signer at the proven time', async () => {
    // After the signer's certificate was issued (in beforeAll).
    const genTime = new Date();
    const tokens: Uint8Array[] = [];
    const sim = simTimestampAuthority(authority, genTime);
    const bt = await signPdf(plain, pki.signer, {
      level: 'B-T',
      timestampAuthority: {
        timestamp: async (digest, algorithm) => {
          const token = await sim.timestamp(digest, algorithm);
          tokens.push(token);
          return token;
        },
      },
      // The claim is false (before the certificate was issued); the timestamp's time counts.
      signingTime: new Date('2001-02-03T04:05:06Z'),
    });
    const [signature] = (await verifyPdfSignatures(bt, { trust })).signatures;
    expect(signature).toMatchObject({
      status: 'valid',
      level: 'B-T',
      chain: 'trusted',
      problems: [],
    });
    expect(tokens).toHaveLength(1);
    expect(signature!.timestamp).toEqual({
      time: genTime.toISOString(),
      authority: TSA_NAME,
      serialNumber: await opensslTimestampSerial(tokens[0]!),
      status: 'valid',
      chain: 'trusted',
      problems: [],
    });
    expect(await pdfsigValidations(bt)).toEqual(['Signature is Valid.']);
  });

  it('reports a timestamp authority outside the anchors on the timestamp, in Czech', async () => {
    const bt = await signPdf(plain, pki.signer, {
      level: 'B-T',
      timestampAuthority: simTimestampAuthority(authority),
    });
    const [signature] = (await verifyPdfSignatures(bt, { trust: [pki.caPem] })).signatures;
    expect(signature).toMatchObject({ status: 'valid', level: 'B-T', chain: 'trusted' });
    expect(signature!.timestamp).toMatchObject({ status: 'valid', chain: 'untrusted' });
    expect(signature!.timestamp!.problems.map(czech)).toEqual([
      'Certifikát autority, která razítko vydala, nevydala certifikační autorita, které aplikace důvěřuje.',
    ]);
  });

  it('does not take a token signed by a certificate that is no timestamp authority as proof of time, in Czech', async () => {
    // The simulator's sealing certificate (same trusted root, no timeStamping usage) signs a TSTInfo.
    const simAuthority = await loadOrCreateAuthority(null);
    const sealAsTsa: TimestampAuthority = {
      timestamp: (digest, algorithm) =>
        makeTimestampToken(simAuthority.seal, algorithm, digest, new Date()),
    };
    const bt = await signPdf(plain, pki.signer, { level: 'B-T', timestampAuthority: sealAsTsa });
    const [signature] = (
      await verifyPdfSignatures(bt, {
        trust: [pki.caPem, certificatePem(simAuthority.ca.certificate)],
      })
    ).signatures;
    expect(signature).toMatchObject({ status: 'valid', level: 'B-B' });
    expect(signature!.timestamp).toMatchObject({ status: 'indeterminate' });
    expect(signature!.timestamp!.problems.map(czech)).toEqual([
      'Časové razítko nepodepsala autorita časových razítek — její certifikát není určen k vydávání časových razítek.',
    ]);
  });

  it('reports a document timestamp over the signed file; the signature before it stays valid', async () => {
    const stamped = await addDocumentTimestamp(signed, simTimestampAuthority(authority));
    const report = await verifyPdfSignatures(stamped, { trust });
    expect(report.signatures.map((item) => item.kind)).toEqual(['signature', 'documentTimestamp']);
    const [signature, timestamp] = report.signatures;
    expect(signature).toMatchObject({
      status: 'valid',
      laterChanges: 'signaturesOnly',
      problems: [],
    });
    expect(timestamp).toMatchObject({
      subFilter: 'ETSI.RFC3161',
      status: 'valid',
      chain: 'trusted',
      level: null,
      laterChanges: 'none',
      coversRevision: true,
      problems: [],
    });
    expect(timestamp!.signer?.subjectName).toBe(TSA_NAME);
    expect(timestamp!.timestamp).toMatchObject({
      authority: TSA_NAME,
      status: 'valid',
      chain: 'trusted',
    });
  });

  it('reports a second signature (adbe.pkcs7.detached) as valid and the first as followed by signatures only — as pdfsig does', async () => {
    const twice = await signPdf(signed, pki.otherSigner, {
      subFilter: 'adbe.pkcs7.detached',
      fieldName: 'Druhý podpis',
    });
    const report = await verifyPdfSignatures(twice, { trust });
    expect(report.signatures).toHaveLength(2);
    const [first, second] = report.signatures;
    expect(first).toMatchObject({
      status: 'valid',
      laterChanges: 'signaturesOnly',
      coversRevision: true,
      problems: [],
    });
    expect(second).toMatchObject({
      fieldName: 'Druhý podpis',
      subFilter: 'adbe.pkcs7.detached',
      status: 'valid',
      // Not a PAdES baseline signature: no level, and no signing-certificate attribute asked for.
      level: null,
      laterChanges: 'none',
      chain: 'untrusted',
      problems: ['signatureCheck.untrusted'],
    });
    expect(await pdfsigValidations(twice)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
  });

  it('reports an unsigned PDF as having no signatures', async () => {
    expect(await verifyPdfSignatures(plain, { trust })).toEqual({
      signatures: [],
      unreadable: null,
    });
  });
});

describe('verifyPdfSignatures: signatures that do not hold', () => {
  it('reports a byte changed inside the signed range as a digest mismatch, in Czech — pdfsig agrees', async () => {
    const tampered = Buffer.from(signed);
    const at = findBytes(tampered, '595.28');
    expect(at).toBeGreaterThan(0);
    tampered.write('595.27', at, 'latin1');
    const [signature] = (await verifyPdfSignatures(tampered, { trust })).signatures;
    expect(signature).toMatchObject({ status: 'invalid', level: null });
    expect(signature!.problems[0]).toBe('signatureCheck.digestMismatch');
    expect(czech(signature!.problems[0])).toBe(
      'Dokument byl po podepsání změněn — jeho otisk nesouhlasí s podpisem.',
    );
    const [pdfsig] = await pdfsigValidations(tampered);
    expect(pdfsig).not.toBe('Signature is Valid.');
    expect(pdfsig).toMatch(/Invalid|Digest Mismatch/i);
  });

  it('reports a page drawn on after signing as modified, in Czech, while the signature itself holds', async () => {
    const changed = await drawAfterSigning(signed);
    expect(Buffer.compare(changed.subarray(0, signed.byteLength), signed)).toBe(0);
    const [signature] = (await verifyPdfSignatures(changed, { trust })).signatures;
    expect(signature).toMatchObject({
      status: 'valid',
      coversRevision: true,
      laterChanges: 'modified',
    });
    expect(signature!.problems).toEqual(['signatureCheck.modifiedAfterSigning']);
    expect(czech(signature!.problems[0])).toBe(
      'Dokument byl po podepsání změněn — obsahuje pozdější úpravy, které nejsou jen další podpisy nebo časová razítka.',
    );
  });

  it('reports a /ByteRange that does not leave out exactly /Contents as malformed and invalid, in Czech', async () => {
    const [, a, b, c] = byteRangeAt(signed);
    const text = Buffer.from(signed).toString('latin1');
    const declared = /\/ByteRange\s*\[[^\]]*\]/.exec(text)!;
    const shifted = `[0 ${a - 1} ${b} ${c}]`.padEnd(declared[0].length - '/ByteRange '.length, ' ');
    const broken = Buffer.from(signed);
    broken.write(`/ByteRange ${shifted}`, declared.index, 'latin1');
    const [signature] = (await verifyPdfSignatures(broken, { trust })).signatures;
    expect(signature).toMatchObject({ status: 'invalid', coversRevision: false });
    expect(signature!.problems).toEqual(['signatureCheck.byteRangeMalformed']);
    expect(czech(signature!.problems[0])).toBe(
      'Rozsah podepsaných dat (ByteRange) je vadný — nelze určit, co podpis pokrývá, podpis je neplatný.',
    );
  });

  it('reports a file that is not a PDF as corrupted, in Czech, without throwing', async () => {
    const report = await verifyPdfSignatures(new TextEncoder().encode('Toto není PDF.'), { trust });
    expect(report).toEqual({ signatures: [], unreadable: 'signatureCheck.corrupted' });
    expect(czech(report.unreadable)).toBe(
      'Soubor není čitelné PDF nebo je poškozený, proto v něm nelze ověřit podpisy.',
    );
  });

  it('reports a PDF header followed by noise as corrupted', async () => {
    const noise = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x5a)]);
    expect((await verifyPdfSignatures(noise, { trust })).unreadable).toBe(
      'signatureCheck.corrupted',
    );
  });

  it('reports an encrypted PDF as encrypted, in Czech', async () => {
    const pdf = await PDF.load(signed);
    pdf.setProtection({ userPassword: 'tajne', ownerPassword: 'tajnejsi' });
    const encrypted = await pdf.save();
    const report = await verifyPdfSignatures(encrypted, { trust });
    expect(report).toEqual({ signatures: [], unreadable: 'signatureCheck.encrypted' });
    expect(czech(report.unreadable)).toBe('PDF je zašifrované, proto v něm nelze ověřit podpisy.');
  });
});
