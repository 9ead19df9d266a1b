/**
 * TLS certificates from the simulator's CA for its HTTPS listener and for the
 * certificate logins (system certificate, hosted eSSL): a key and certificate in PEM
 * and the same as a PKCS#12 bundle, which is what a clerk gets from a real CA and
 * imports into the app. The bundle is made by `openssl pkcs12` (check-tools requires it).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Authority } from './authority';
import { KeyUsage } from './certificates';
import { issueEndEntity } from './endEntity';
import { privateKeyPem } from './keys';
import { certificatePem, OID } from './pki';

const run = promisify(execFile);

export interface IssuedCertificate {
  /** PKCS#8 private key, PEM. */
  keyPem: string;
  certPem: string;
  /** The simulator's root, to trust on the other side. */
  caPem: string;
  /** key + certificate + root as PKCS#12, protected by `passphrase`. */
  p12: Uint8Array;
  passphrase: string;
}

const TLS_VALID_DAYS = 10 * 365;

async function pkcs12(
  keyPem: string,
  certPem: string,
  caPem: string,
  friendlyName: string,
  passphrase: string,
): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'sim-isds-p12-'));
  try {
    await writeFile(join(dir, 'key.pem'), keyPem, { mode: 0o600 });
    await writeFile(join(dir, 'cert.pem'), certPem);
    await writeFile(join(dir, 'ca.pem'), caPem);
    // The passphrase goes through the environment, not the command line others can read.
    await run(
      'openssl',
      [
        'pkcs12',
        '-export',
        '-inkey',
        'key.pem',
        '-in',
        'cert.pem',
        '-certfile',
        'ca.pem',
        '-name',
        friendlyName,
        '-passout',
        'env:SIM_P12_PASSPHRASE',
        '-out',
        'bundle.p12',
      ],
      { cwd: dir, env: { ...process.env, SIM_P12_PASSPHRASE: passphrase } },
    ).catch((error: unknown) => {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new Error(
        missing
          ? 'Nástroj openssl chybí — nainstalujte balíček openssl (apt-get install -y openssl)'
          : `openssl pkcs12 selhal: ${(error as Error).message}`,
      );
    });
    return new Uint8Array(await readFile(join(dir, 'bundle.p12')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function issue(
  authority: Authority,
  commonName: string,
  purpose: string,
  keyUsage: number[],
  altNames: string[] | undefined,
  passphrase: string | undefined,
): Promise<IssuedCertificate> {
  const { keys, certificate } = await issueEndEntity(authority, commonName, {
    validDays: TLS_VALID_DAYS,
    keyUsage,
    extendedKeyUsage: [purpose],
    ...(altNames ? { altNames } : {}),
  });
  const keyPem = await privateKeyPem(keys.privateKey);
  const certPem = certificatePem(certificate);
  const caPem = certificatePem(authority.ca.certificate);
  const secret = passphrase ?? randomBytes(18).toString('base64url');
  return {
    keyPem,
    certPem,
    caPem,
    p12: await pkcs12(keyPem, certPem, caPem, commonName, secret),
    passphrase: secret,
  };
}

/** A server certificate for `hostnames` (DNS names and IP addresses; the first is the CN). */
export function issueServerCertificate(
  authority: Authority,
  hostnames: string[],
  passphrase?: string,
): Promise<IssuedCertificate> {
  const [first] = hostnames;
  if (!first) throw new Error('a server certificate needs at least one host name');
  return issue(
    authority,
    first,
    OID.serverAuth,
    [KeyUsage.digitalSignature, KeyUsage.keyEncipherment],
    hostnames,
    passphrase,
  );
}

/** A client certificate (a system certificate of an organisation, or a person's). */
export function issueClientCertificate(
  authority: Authority,
  commonName: string,
  passphrase?: string,
): Promise<IssuedCertificate> {
  return issue(
    authority,
    commonName,
    OID.clientAuth,
    [KeyUsage.digitalSignature, KeyUsage.keyEncipherment],
    undefined,
    passphrase,
  );
}
