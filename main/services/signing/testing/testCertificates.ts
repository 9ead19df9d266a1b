/**
 * Test certificates for signing, made with the `openssl` CLI: a root CA and signer
 * certificates of the kinds the signing and verification code must tell apart. Used by
 * tests only (the signing tests, the PKCS#11 helper, the signature verifier, e2e).
 *
 * `testPki()` makes the set once per test file (module cache) in about a second:
 *
 * | identity              | key      | valid                  | keyUsage                          | qcStatements                 |
 * | --------------------- | -------- | ---------------------- | --------------------------------- | ---------------------------- |
 * | `qualified`           | RSA 2048 | now − 1 d … now + 2 y  | digitalSignature, nonRepudiation  | QcCompliance, QcSSCD, esign  |
 * | `nonQualified`        | RSA 2048 | now − 1 d … now + 2 y  | digitalSignature, nonRepudiation  | —                            |
 * | `expired`             | RSA 2048 | 2020-01-01 … 2021-01-01| digitalSignature, nonRepudiation  | QcCompliance                 |
 * | `keyEnciphermentOnly` | RSA 2048 | now − 1 d … now + 2 y  | keyEncipherment                   | —                            |
 * | `expiringSoon`        | RSA 2048 | now − 1 y … now + 10 d | digitalSignature, nonRepudiation  | QcCompliance                 |
 * | `ecQualified`         | EC P-256 | now − 1 d … now + 2 y  | digitalSignature, nonRepudiation  | QcCompliance, QcType esign   |
 *
 * Every identity comes with its PKCS#12 (OpenSSL 3's default AES-256/PBKDF2, the key,
 * the certificate and the CA) under `TEST_P12_PASSWORD`; `pkcs12Of` makes other
 * variants (legacy RC2/3DES encryption, no key, another password).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import { requireTool } from '../../pdf/testTools';

const run = promisify(execFile);

/** A password with a Czech letter: PKCS#12 encodes passwords as BMPString, UTF-8 in PBES2. */
export const TEST_P12_PASSWORD = 'Tajné-heslo-1';

export interface TestIdentity {
  /** The certificate, DER. */
  certDer: Uint8Array;
  certPem: string;
  /** The private key, PKCS#8 PEM (unencrypted). */
  keyPem: string;
  /** Key + certificate + CA certificate as PKCS#12 under TEST_P12_PASSWORD. */
  p12: Uint8Array;
  /** The subject's common name. */
  commonName: string;
}

export interface TestCa {
  certDer: Uint8Array;
  certPem: string;
  keyPem: string;
  /** A file holding `certPem`, for `openssl … -CAfile`; lives as long as the test process. */
  certFile: string;
}

export interface TestPki {
  ca: TestCa;
  qualified: TestIdentity;
  nonQualified: TestIdentity;
  expired: TestIdentity;
  keyEnciphermentOnly: TestIdentity;
  expiringSoon: TestIdentity;
  ecQualified: TestIdentity;
}

export interface Pkcs12Options {
  password?: string;
  /** OpenSSL's `-legacy`: RC2-40 for the certificates, 3DES for the key (old Windows exports). */
  legacy?: boolean;
  /** Certificates only, no private key. */
  withoutKey?: boolean;
  /** Leave the CA certificate out. */
  withoutChain?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const OPENSSL_MESSAGE = () => requireTool('openssl', 'openssl');

const QC = {
  statements: '1.3.6.1.5.5.7.1.3',
  compliance: '0.4.0.1862.1.1',
  sscd: '0.4.0.1862.1.4',
  type: '0.4.0.1862.1.6',
  esign: '0.4.0.1862.1.6.1',
} as const;

/** qcStatements (ETSI EN 319 412-5) as hex DER, for openssl's `DER:` extension syntax. */
function qcStatementsHex(statements: Array<'compliance' | 'sscd' | 'esign'>): string {
  const items = statements.map((statement) => {
    if (statement === 'esign')
      return new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: QC.type }),
          new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: QC.esign })] }),
        ],
      });
    return new asn1js.Sequence({
      value: [new asn1js.ObjectIdentifier({ value: QC[statement] })],
    });
  });
  return Buffer.from(new asn1js.Sequence({ value: items }).toBER(false)).toString('hex');
}

/** openssl's date form for `openssl ca -startdate/-enddate`. */
function opensslDate(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

async function openssl(dir: string, args: string[], env: Record<string, string> = {}) {
  const path = OPENSSL_MESSAGE();
  try {
    return await run(path, args, { cwd: dir, env: { ...process.env, ...env } });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`openssl ${args[0] ?? ''} selhal: ${detail}`);
  }
}

function derOfPem(pem: string): Uint8Array {
  const base64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

const CA_CONFIG = `
[ ca ]
default_ca = testca
[ testca ]
dir = .
database = ./index.txt
new_certs_dir = ./issued
serial = ./serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no
[ policy_any ]
countryName = optional
organizationName = optional
commonName = supplied
`;

interface IdentitySpec {
  commonName: string;
  key: 'rsa' | 'ec';
  notBefore: Date;
  notAfter: Date;
  keyUsage: string;
  qc: Array<'compliance' | 'sscd' | 'esign'>;
}

class PkiMaker {
  private serial = 0;
  /** `openssl ca` keeps its database in files: one issuance at a time. */
  private issuing: Promise<unknown> = Promise.resolve();
  constructor(private readonly dir: string) {}

  async init(): Promise<TestCa> {
    await writeFile(join(this.dir, 'ca.cnf'), CA_CONFIG);
    await writeFile(join(this.dir, 'index.txt'), '');
    await writeFile(join(this.dir, 'serial'), '1000\n');
    await openssl(this.dir, ['version']);
    await run('mkdir', ['-p', 'issued'], { cwd: this.dir });
    await this.key('ca', 'rsa');
    await openssl(this.dir, [
      'req',
      '-x509',
      '-new',
      '-key',
      'ca.key',
      '-utf8',
      '-subj',
      '/C=CZ/O=Testovací certifikační autorita/CN=Testovací kořenová CA',
      '-days',
      '7300',
      '-sha256',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      'ca.pem',
    ]);
    const certPem = await readFile(join(this.dir, 'ca.pem'), 'utf8');
    return {
      certPem,
      certDer: derOfPem(certPem),
      keyPem: await readFile(join(this.dir, 'ca.key'), 'utf8'),
      certFile: join(this.dir, 'ca.pem'),
    };
  }

  private async key(name: string, kind: 'rsa' | 'ec'): Promise<void> {
    const algorithm =
      kind === 'rsa'
        ? ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']
        : ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'];
    await openssl(this.dir, ['genpkey', ...algorithm, '-out', `${name}.key`]);
  }

  async identity(spec: IdentitySpec): Promise<TestIdentity> {
    const name = `id${++this.serial}`;
    await this.key(name, spec.key);
    const extensions = [
      '[ ext ]',
      'basicConstraints = critical,CA:FALSE',
      `keyUsage = critical,${spec.keyUsage}`,
      'subjectKeyIdentifier = hash',
      'authorityKeyIdentifier = keyid',
      ...(spec.qc.length ? [`${QC.statements} = DER:${qcStatementsHex(spec.qc)}`] : []),
    ];
    await writeFile(join(this.dir, `${name}.ext`), `${extensions.join('\n')}\n`);
    await openssl(this.dir, [
      'req',
      '-new',
      '-key',
      `${name}.key`,
      '-utf8',
      '-subj',
      `/C=CZ/O=Obec Testov/CN=${spec.commonName}`,
      '-out',
      `${name}.csr`,
    ]);
    const issue = () =>
      openssl(this.dir, [
        'ca',
        '-batch',
        '-config',
        'ca.cnf',
        '-cert',
        'ca.pem',
        '-keyfile',
        'ca.key',
        '-in',
        `${name}.csr`,
        '-out',
        `${name}.pem`,
        '-notext',
        '-utf8',
        '-preserveDN',
        '-startdate',
        opensslDate(spec.notBefore),
        '-enddate',
        opensslDate(spec.notAfter),
        '-extfile',
        `${name}.ext`,
        '-extensions',
        'ext',
      ]);
    const issued = this.issuing.then(issue, issue);
    this.issuing = issued;
    await issued;
    const certPem = await readFile(join(this.dir, `${name}.pem`), 'utf8');
    const keyPem = await readFile(join(this.dir, `${name}.key`), 'utf8');
    const identity: Omit<TestIdentity, 'p12'> = {
      certDer: derOfPem(certPem),
      certPem,
      keyPem,
      commonName: spec.commonName,
    };
    return { ...identity, p12: await this.pkcs12(identity, {}) };
  }

  async pkcs12(identity: Omit<TestIdentity, 'p12'>, options: Pkcs12Options): Promise<Uint8Array> {
    const work = await mkdtemp(join(this.dir, 'p12-'));
    try {
      await writeFile(join(work, 'cert.pem'), identity.certPem);
      await writeFile(join(work, 'key.pem'), identity.keyPem);
      const args = ['pkcs12', '-export', '-in', 'cert.pem', '-out', 'out.p12'];
      args.push(...(options.withoutKey ? ['-nokeys'] : ['-inkey', 'key.pem']));
      if (!options.withoutChain) args.push('-certfile', join(this.dir, 'ca.pem'));
      if (options.legacy) args.push('-legacy');
      args.push('-name', identity.commonName, '-passout', 'env:TEST_P12_PASSWORD');
      await openssl(work, args, { TEST_P12_PASSWORD: options.password ?? TEST_P12_PASSWORD });
      return new Uint8Array(await readFile(join(work, 'out.p12')));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}

let made: Promise<{ pki: TestPki; maker: PkiMaker }> | null = null;

async function make(): Promise<{ pki: TestPki; maker: PkiMaker }> {
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-test-pki-'));
  // Left for the OS to clean: `ca.certFile` must outlive every test of the file.
  const maker = new PkiMaker(dir);
  const ca = await maker.init();
  const now = Date.now();
  const current = { notBefore: new Date(now - DAY_MS), notAfter: new Date(now + 730 * DAY_MS) };
  const signing = 'digitalSignature,nonRepudiation';
  const [qualified, nonQualified, expired, keyEnciphermentOnly, expiringSoon, ecQualified] =
    await Promise.all([
      maker.identity({
        commonName: 'Jan Novák',
        key: 'rsa',
        ...current,
        keyUsage: signing,
        qc: ['compliance', 'sscd', 'esign'],
      }),
      maker.identity({
        commonName: 'Petra Dvořáková',
        key: 'rsa',
        ...current,
        keyUsage: signing,
        qc: [],
      }),
      maker.identity({
        commonName: 'Karel Prošlý',
        key: 'rsa',
        notBefore: new Date('2020-01-01T00:00:00Z'),
        notAfter: new Date('2021-01-01T00:00:00Z'),
        keyUsage: signing,
        qc: ['compliance'],
      }),
      maker.identity({
        commonName: 'Šifrovací Klíč',
        key: 'rsa',
        ...current,
        keyUsage: 'keyEncipherment',
        qc: [],
      }),
      maker.identity({
        commonName: 'Eva Končící',
        key: 'rsa',
        notBefore: new Date(now - 365 * DAY_MS),
        notAfter: new Date(now + 10 * DAY_MS),
        keyUsage: signing,
        qc: ['compliance'],
      }),
      maker.identity({
        commonName: 'Marie Eliptická',
        key: 'ec',
        ...current,
        keyUsage: signing,
        qc: ['compliance', 'esign'],
      }),
    ]);
  return {
    maker,
    pki: { ca, qualified, nonQualified, expired, keyEnciphermentOnly, expiringSoon, ecQualified },
  };
}

/** The test CA and its signer certificates, made on first call in this test file. */
export async function testPki(): Promise<TestPki> {
  made ??= make();
  return (await made).pki;
}

/** Another PKCS#12 of `identity` (legacy encryption, other password, no key, no chain). */
export async function pkcs12Of(
  identity: TestIdentity,
  options: Pkcs12Options,
): Promise<Uint8Array> {
  made ??= make();
  return (await made).maker.pkcs12(identity, options);
}
