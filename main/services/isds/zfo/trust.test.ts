import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSealAuthority, type SealAuthority } from '../../../../sim/isds/seal';
import { issueCertificate, KeyUsage } from '../../../../sim/isds/seal/certificates';
import { generateKeyPair } from '../../../../sim/isds/seal/keys';
import { certificateDer } from '../../../../sim/isds/seal/pki';
import { sealSampleMessage } from '../../../../sim/isds/seal/samples';
import { verifyZfo } from './readZfo';
import { ZfoTrust } from './trust';
import { parseCertificate } from './x509';

let authority: SealAuthority;
let stranger: SealAuthority;

beforeAll(async () => {
  [authority, stranger] = await Promise.all([
    openSealAuthority({ dataDir: null }),
    openSealAuthority({ dataDir: null }),
  ]);
});

describe('a ZFO sealed by the simulator', () => {
  const at = new Date('2026-03-02T09:15:04.123Z');

  it('is valid and trusted with the simulator CA as anchor, its timestamp matching dmHash', async () => {
    const { zfo } = await sealSampleMessage(authority, '777001', 2000, at);
    const report = await verifyZfo(zfo, { trustAnchors: [authority.caCertPem] });
    expect(report.seal).toMatchObject({
      valid: true,
      trusted: true,
      problem: null,
      // UTCTime keeps whole seconds.
      signingTime: '2026-03-02T09:15:04.000Z',
    });
    expect(report.seal.certificate).toMatchObject({
      subjectName: 'Simulátor ISDS — pečeť',
      subject: 'C=CZ, O=Simulátor Úřadovny, CN=Simulátor ISDS — pečeť',
      issuer: 'C=CZ, O=Simulátor Úřadovny, CN=Simulátor ISDS — kořenová CA',
    });
    expect(report.timestamp).toEqual({
      present: true,
      valid: true,
      trusted: true,
      time: at.toISOString(),
      authority: 'Simulátor ISDS — časové razítko',
      hashMatches: true,
      problem: null,
    });
    expect(report.content.kind === 'received' && report.content.message.envelope.dmID).toBe(
      '777001',
    );
  });

  it('is valid but not trusted without anchors, or with another CA', async () => {
    const { zfo } = await sealSampleMessage(authority, '777002', 100, at);
    for (const trustAnchors of [[], [stranger.caCertPem]]) {
      const report = await verifyZfo(zfo, { trustAnchors });
      expect(report.seal).toMatchObject({
        valid: true,
        trusted: false,
        problem: 'zfo.seal.untrusted',
      });
      // Its timestamp authority is the same stranger to these anchors.
      expect(report.timestamp).toMatchObject({
        valid: true,
        trusted: false,
        problem: 'zfo.timestamp.untrusted',
      });
    }
  });

  it('is not trusted when sealed outside its certificate’s validity', async () => {
    const { zfo } = await sealSampleMessage(
      authority,
      '777003',
      100,
      new Date('1999-06-01T00:00:00Z'),
    );
    expect((await verifyZfo(zfo, { trustAnchors: [authority.caCertPem] })).seal).toMatchObject({
      valid: true,
      trusted: false,
      problem: 'zfo.seal.certificateNotValidAtSigning',
    });
  });

  it('leaves out a configured anchor that does not parse, and still trusts the others', async () => {
    const broken = '-----BEGIN CERTIFICATE-----\nMIIBAAAA\n-----END CERTIFICATE-----\n';
    expect(() => ZfoTrust.from([broken])).toThrow();
    const { zfo } = await sealSampleMessage(authority, '777005', 100, at);
    const report = await verifyZfo(zfo, { trustAnchors: [broken, authority.caCertPem] });
    expect(report.seal).toMatchObject({ valid: true, trusted: true });
  });

  it('trusts anchors read from a directory of PEM and DER files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfo-anchors-'));
    try {
      writeFileSync(join(dir, 'stranger.pem'), stranger.caCertPem);
      const der = Buffer.from(authority.caCertPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
      writeFileSync(join(dir, 'simulator.cer'), der);
      writeFileSync(join(dir, 'readme.txt'), 'not a certificate');
      const trust = await ZfoTrust.fromDirectory(dir);
      expect(trust.anchors).toHaveLength(2);
      const { zfo } = await sealSampleMessage(authority, '777004', 100, at);
      expect((await verifyZfo(zfo, { trustAnchors: trust })).seal.trusted).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('certificate paths', () => {
  const validity = {
    notBefore: new Date('2020-01-01T00:00:00Z'),
    notAfter: new Date('2030-01-01T00:00:00Z'),
  };

  async function chain(intermediateIsCa: boolean) {
    const [rootKeys, middleKeys, leafKeys] = await Promise.all([
      generateKeyPair(),
      generateKeyPair(),
      generateKeyPair(),
    ]);
    const root = await issueCertificate({
      ...validity,
      subject: { commonName: 'Kořen' },
      publicKey: rootKeys.publicKey,
      issuer: null,
      selfSigningKey: rootKeys.privateKey,
      ca: true,
      keyUsage: [KeyUsage.keyCertSign],
    });
    const middle = await issueCertificate({
      ...validity,
      subject: { commonName: 'Mezilehlá CA' },
      publicKey: middleKeys.publicKey,
      issuer: { certificate: root, privateKey: rootKeys.privateKey },
      ca: intermediateIsCa,
      keyUsage: [KeyUsage.keyCertSign],
    });
    const leaf = await issueCertificate({
      ...validity,
      subject: { commonName: 'Pečeť' },
      publicKey: leafKeys.publicKey,
      issuer: { certificate: middle, privateKey: middleKeys.privateKey },
      ca: false,
      keyUsage: [KeyUsage.digitalSignature],
    });
    return [root, middle, leaf].map((item) => parseCertificate(certificateDer(item)));
  }

  it('go through an intermediate CA the signed data carries', async () => {
    const [root, middle, leaf] = await chain(true);
    const trust = new ZfoTrust([root!]);
    const during = new Date('2025-01-01T00:00:00Z');
    expect(trust.check(leaf!, [middle!], during)).toEqual({ trusted: true, problem: null });
    expect(trust.check(leaf!, [], during).trusted).toBe(false);
    expect(trust.check(leaf!, [middle!], new Date('2031-01-01T00:00:00Z')).problem).toBe(
      'zfo.seal.certificateNotValidAtSigning',
    );
  });

  it('do not go through an intermediate that is not a CA', async () => {
    const [root, middle, leaf] = await chain(false);
    expect(
      new ZfoTrust([root!]).check(leaf!, [middle!], new Date('2025-01-01T00:00:00Z')).trusted,
    ).toBe(false);
  });
});
