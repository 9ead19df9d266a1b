/**
 * An electronic seal's certificate for tests: issued by the signing tests' CA to an
 * organisation (organizationIdentifier, no natural person), with QcCompliance and, unless
 * asked otherwise, QcType eseal — the two ways the conversion tells a seal from a
 * signature. Made with the openssl command line. Used by tests only.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import { requireTool } from '../../pdf/testTools';
import { TEST_P12_PASSWORD, type TestCa } from '../../signing/testing/testCertificates';

const run = promisify(execFile);

/** qcStatements: QcCompliance and, with `eseal`, QcType { id-etsi-qct-eseal }. */
function qcStatementsHex(eseal: boolean): string {
  const statements = [
    new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: '0.4.0.1862.1.1' })] }),
  ];
  if (eseal) {
    statements.push(
      new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: '0.4.0.1862.1.6' }),
          new asn1js.Sequence({
            value: [new asn1js.ObjectIdentifier({ value: '0.4.0.1862.1.6.2' })],
          }),
        ],
      }),
    );
  }
  return Buffer.from(new asn1js.Sequence({ value: statements }).toBER(false)).toString('hex');
}

export interface SealIdentity {
  /** Key, certificate and the CA under TEST_P12_PASSWORD. */
  p12: Uint8Array;
  organization: string;
}

export async function sealIdentity(
  ca: TestCa,
  options: { qcType: boolean },
): Promise<SealIdentity> {
  const openssl = requireTool('openssl', 'openssl');
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-seal-'));
  const organization = 'Obec Testov';
  try {
    await writeFile(join(dir, 'ca.key'), ca.keyPem);
    await writeFile(join(dir, 'ca.pem'), ca.certPem);
    await writeFile(
      join(dir, 'ext.cnf'),
      [
        'basicConstraints = critical,CA:FALSE',
        'keyUsage = critical,digitalSignature,nonRepudiation',
        `1.3.6.1.5.5.7.1.3 = DER:${qcStatementsHex(options.qcType)}`,
      ].join('\n'),
    );
    const subject = `/C=CZ/O=${organization}/organizationIdentifier=NTRCZ-00123456/CN=${organization}`;
    await run(
      openssl,
      ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'seal.key'],
      { cwd: dir },
    );
    await run(
      openssl,
      ['req', '-new', '-key', 'seal.key', '-utf8', '-subj', subject, '-out', 'seal.csr'],
      { cwd: dir },
    );
    await run(
      openssl,
      [
        'x509',
        '-req',
        '-in',
        'seal.csr',
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-set_serial',
        '0x5EA1',
        '-days',
        '365',
        '-extfile',
        'ext.cnf',
        '-out',
        'seal.pem',
      ],
      { cwd: dir },
    );
    await run(
      openssl,
      [
        'pkcs12',
        '-export',
        '-inkey',
        'seal.key',
        '-in',
        'seal.pem',
        '-certfile',
        'ca.pem',
        '-out',
        'seal.p12',
        '-passout',
        'env:SEAL_P12_PASSWORD',
      ],
      { cwd: dir, env: { ...process.env, SEAL_P12_PASSWORD: TEST_P12_PASSWORD } },
    );
    return { p12: new Uint8Array(await readFile(join(dir, 'seal.p12'))), organization };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
