/**
 * The simulator's certification authority: a root "Simulátor ISDS — kořenová CA" that
 * certifies the sealing certificate ("Simulátor ISDS — pečeť") and the timestamp
 * authority's. With a data directory the keys and certificates live in
 * `<dataDir>/isds/ca/` (PKCS#8 and X.509 PEM), so that the ZFOs a simulator made stay
 * verifiable after a restart and the app can keep trusting the same root; without one
 * they are made in memory (tests).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as pkijs from 'pkijs';
import { issueCertificate, KeyUsage } from './certificates';
import type { Signer } from './cms';
import { generateKeyPair, importPrivateKeyPem, privateKeyPem } from './keys';
import { certificatePem, OID, parseCertificatePem } from './pki';
import type { CryptoKey } from './pki';

export const SIM_ORGANIZATION = 'Simulátor Úřadovny';
export const CA_NAME = 'Simulátor ISDS — kořenová CA';
export const SEAL_NAME = 'Simulátor ISDS — pečeť';
export const TSA_NAME = 'Simulátor ISDS — časové razítko';

/**
 * Long enough for any date the simulator's clock is set to (seeds reach eleven years
 * back); the end stays in UTCTime.
 */
export const SIM_VALID_FROM = new Date('2000-01-01T00:00:00Z');
export const SIM_VALID_TO = new Date('2049-12-31T23:59:59Z');

export interface Authority {
  ca: Signer;
  seal: Signer;
  tsa: Signer;
}

const ROLES = ['ca', 'seal', 'tsa'] as const;
type Role = (typeof ROLES)[number];

export function caDirectory(dataDir: string): string {
  return join(dataDir, 'isds', 'ca');
}

async function makeAuthority(): Promise<Authority> {
  const [caKeys, sealKeys, tsaKeys] = await Promise.all([
    generateKeyPair(),
    generateKeyPair(),
    generateKeyPair(),
  ]);
  const common = { notBefore: SIM_VALID_FROM, notAfter: SIM_VALID_TO };
  const caCertificate = await issueCertificate({
    ...common,
    subject: { commonName: CA_NAME, organization: SIM_ORGANIZATION, country: 'CZ' },
    publicKey: caKeys.publicKey,
    issuer: null,
    selfSigningKey: caKeys.privateKey,
    ca: true,
    keyUsage: [KeyUsage.keyCertSign, KeyUsage.cRLSign],
  });
  const issuer = { certificate: caCertificate, privateKey: caKeys.privateKey };
  const [sealCertificate, tsaCertificate] = await Promise.all([
    issueCertificate({
      ...common,
      subject: { commonName: SEAL_NAME, organization: SIM_ORGANIZATION, country: 'CZ' },
      publicKey: sealKeys.publicKey,
      issuer,
      ca: false,
      keyUsage: [KeyUsage.digitalSignature, KeyUsage.nonRepudiation],
    }),
    issueCertificate({
      ...common,
      subject: { commonName: TSA_NAME, organization: SIM_ORGANIZATION, country: 'CZ' },
      publicKey: tsaKeys.publicKey,
      issuer,
      ca: false,
      keyUsage: [KeyUsage.digitalSignature, KeyUsage.nonRepudiation],
      extendedKeyUsage: [OID.timeStamping],
    }),
  ]);
  return {
    ca: issuer,
    seal: { certificate: sealCertificate, privateKey: sealKeys.privateKey },
    tsa: { certificate: tsaCertificate, privateKey: tsaKeys.privateKey },
  };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, path);
}

async function saveAuthority(dir: string, authority: Authority): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // The root's certificate last: its presence says the set is complete.
  for (const role of [...ROLES].reverse()) {
    await writeAtomically(
      join(dir, `${role}.key`),
      await privateKeyPem(authority[role].privateKey),
    );
    await writeAtomically(join(dir, `${role}.pem`), certificatePem(authority[role].certificate));
  }
}

async function loadSigner(dir: string, role: Role): Promise<Signer> {
  const [certificate, privateKey]: [pkijs.Certificate, CryptoKey] = await Promise.all([
    readFile(join(dir, `${role}.pem`), 'utf8').then(parseCertificatePem),
    readFile(join(dir, `${role}.key`), 'utf8').then(importPrivateKeyPem),
  ]);
  return { certificate, privateKey };
}

/** The authority kept in `dir`, or null when there is none yet. */
export async function loadAuthority(dir: string): Promise<Authority | null> {
  try {
    await readFile(join(dir, 'ca.pem'));
  } catch {
    return null;
  }
  const [ca, seal, tsa] = await Promise.all(ROLES.map((role) => loadSigner(dir, role)));
  return { ca: ca!, seal: seal!, tsa: tsa! };
}

/** One authority per data directory in this process, made on first use. */
const opened = new Map<string, Promise<Authority>>();

export function loadOrCreateAuthority(dataDir: string | null): Promise<Authority> {
  if (dataDir === null) return makeAuthority();
  const dir = caDirectory(dataDir);
  let authority = opened.get(dir);
  if (!authority) {
    authority = (async () => {
      const existing = await loadAuthority(dir);
      if (existing) return existing;
      const made = await makeAuthority();
      await saveAuthority(dir, made);
      return made;
    })();
    authority.catch(() => opened.delete(dir));
    opened.set(dir, authority);
  }
  return authority;
}
