/**
 * Certificates for the verifier's tests, made by the openssl command line: a root CA
 * that issues a qualified-looking signer (QcCompliance), a second, unrelated CA with a
 * signer of its own, and PKCS#12 files for libpdf's P12Signer. Tests only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../../../pdf/testTools';

export const P12_PASSWORD = 'heslo-k-testu';

export interface TestSigner {
  certificatePem: string;
  /** The private key, unencrypted PKCS#8 PEM (for `openssl cms -sign`). */
  keyPem: string;
  /** Key, certificate and the issuing CA, protected by P12_PASSWORD. */
  p12: Uint8Array;
}

export interface TestPki {
  caPem: string;
  /** Issued by caPem, with the QcCompliance statement. */
  signer: TestSigner;
  otherCaPem: string;
  /** Issued by otherCaPem, no qualified statements. */
  otherSigner: TestSigner;
  /** Issued by caPem, a P-256 key. */
  ecSigner: TestSigner;
  /** A second certificate for `signer`'s key (another serial number), PEM. */
  signerTwinPem: string;
}

/** qcStatements (1.3.6.1.5.5.7.1.3) holding one statement, QcCompliance (0.4.0.1862.1.1). */
const QC_COMPLIANCE_DER = '300A3008060604008E460101';

function ca(run: (...args: string[]) => string, name: string, subject: string): void {
  run(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-utf8',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.pem`,
    '-days',
    '3650',
    '-subj',
    subject,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
}

function signer(
  run: (...args: string[]) => string,
  dir: string,
  name: string,
  issuer: string,
  subject: string,
  extensions: string[],
  key: 'rsa' | 'ec' = 'rsa',
): TestSigner {
  const newKey =
    key === 'ec'
      ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1']
      : ['-newkey', 'rsa:2048'];
  run(
    'req',
    ...newKey,
    '-nodes',
    '-utf8',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    subject,
  );
  writeFileSync(
    join(dir, `${name}.cnf`),
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,nonRepudiation',
      ...extensions,
    ].join('\n'),
  );
  run(
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${issuer}.pem`,
    '-CAkey',
    `${issuer}.key`,
    '-CAcreateserial',
    '-out',
    `${name}.pem`,
    '-days',
    '365',
    '-extfile',
    `${name}.cnf`,
  );
  run(
    'pkcs12',
    '-export',
    '-inkey',
    `${name}.key`,
    '-in',
    `${name}.pem`,
    '-certfile',
    `${issuer}.pem`,
    '-out',
    `${name}.p12`,
    '-passout',
    `pass:${P12_PASSWORD}`,
  );
  return {
    certificatePem: readFileSync(join(dir, `${name}.pem`), 'utf8'),
    keyPem: readFileSync(join(dir, `${name}.key`), 'utf8'),
    p12: new Uint8Array(readFileSync(join(dir, `${name}.p12`))),
  };
}

/** Two CAs and their signers; about a second of key generation, so once per test file. */
export function makeTestPki(): TestPki {
  const openssl = requireTool('openssl', 'openssl');
  const dir = mkdtempSync(join(tmpdir(), 'pdf-verify-pki-'));
  const run = (...args: string[]) =>
    execFileSync(openssl, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
  try {
    ca(run, 'ca', '/C=CZ/O=Testovací autorita/CN=Testovací kořenová CA');
    ca(run, 'other', '/C=CZ/O=Cizí autorita/CN=Cizí kořenová CA');
    const main = signer(run, dir, 'signer', 'ca', '/C=CZ/O=Obec Lhota/CN=Jan Novák', [
      `1.3.6.1.5.5.7.1.3=DER:${QC_COMPLIANCE_DER}`,
    ]);
    run(
      'x509',
      '-req',
      '-in',
      'signer.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'twin.pem',
      '-days',
      '365',
      '-extfile',
      'signer.cnf',
    );
    return {
      caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
      signer: main,
      signerTwinPem: readFileSync(join(dir, 'twin.pem'), 'utf8'),
      otherCaPem: readFileSync(join(dir, 'other.pem'), 'utf8'),
      otherSigner: signer(run, dir, 'othersigner', 'other', '/C=CZ/CN=Petra Cizí', []),
      ecSigner: signer(run, dir, 'ecsigner', 'ca', '/C=CZ/O=Obec Lhota/CN=Pečeť obce', [], 'ec'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
