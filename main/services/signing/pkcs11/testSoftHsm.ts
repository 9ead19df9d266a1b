/**
 * A SoftHSM2 of its own for one test file: a temporary token directory named by
 * SOFTHSM2_CONF, tokens made with softhsm2-util, key pairs imported from PKCS#8 and
 * certificates (which softhsm2-util cannot import) created over PKCS#11. SoftHSM reads
 * its configuration when initialised, so everything the file needs is prepared before
 * the module is first loaded. Used by tests only.
 */
import { execFile } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pkcs11js from 'pkcs11js';
import type { Handle, Template } from 'pkcs11js';
import { parseCertificate } from '../../isds/zfo/x509';
import { requireTool } from '../../pdf/testTools';
import type { Pkcs11Module } from './moduleLoader';
import { presentTokens } from './tokenObjects';

const run = promisify(execFile);

export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';
export const SO_PIN = '87654321';

export interface SoftHsm {
  dir: string;
  modulePath: string;
  initToken(label: string, pin: string): Promise<void>;
  /** A key pair (private + public key objects) from an unencrypted PKCS#8 PEM. */
  importKeyPair(tokenLabel: string, pin: string, keyPem: string, idHex: string): Promise<void>;
  deleteToken(label: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** Fails, naming the Debian package, when SoftHSM2 is not installed. */
function requireSoftHsm(): string {
  const util = requireTool('softhsm2-util', 'softhsm2');
  try {
    accessSync(SOFTHSM_MODULE, constants.R_OK);
  } catch {
    throw new Error(
      `Knihovna ${SOFTHSM_MODULE} chybí — nainstalujte balíček softhsm2 (apt-get install -y softhsm2)`,
    );
  }
  return util;
}

export async function startSoftHsm(): Promise<SoftHsm> {
  const util = requireSoftHsm();
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-softhsm-'));
  const tokens = join(dir, 'tokens');
  await mkdir(tokens);
  const config = join(dir, 'softhsm2.conf');
  await writeFile(
    config,
    `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  const previous = process.env.SOFTHSM2_CONF;
  // The module reads the variable from the real process environment (forks pool).
  process.env.SOFTHSM2_CONF = config;
  const softhsm = (args: string[]) =>
    run(util, args, { env: { ...process.env, SOFTHSM2_CONF: config } });
  return {
    dir,
    modulePath: SOFTHSM_MODULE,
    async initToken(label, pin) {
      await softhsm(['--init-token', '--free', '--label', label, '--so-pin', SO_PIN, '--pin', pin]);
    },
    async importKeyPair(tokenLabel, pin, keyPem, idHex) {
      const file = join(dir, `key-${idHex}.pem`);
      await writeFile(file, keyPem, { mode: 0o600 });
      await softhsm([
        '--import',
        file,
        '--token',
        tokenLabel,
        '--pin',
        pin,
        '--id',
        idHex,
        '--label',
        `klíč ${idHex}`,
      ]);
      await rm(file);
    },
    async deleteToken(label) {
      await softhsm(['--delete-token', '--token', label]);
    },
    async cleanup() {
      if (previous === undefined) delete process.env.SOFTHSM2_CONF;
      else process.env.SOFTHSM2_CONF = previous;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function slotOfToken(module: Pkcs11Module, label: string): Handle {
  const token = presentTokens(module).find((candidate) => candidate.label === label);
  if (!token) throw new Error(`SoftHSM token ${label} not found`);
  return token.slot;
}

/** Runs `use` in a read-write session logged in as the user. */
export function asUser<T>(
  module: Pkcs11Module,
  tokenLabel: string,
  pin: string,
  use: (session: Handle) => T,
): T {
  const session = module.C_OpenSession(
    slotOfToken(module, tokenLabel),
    pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION,
  );
  try {
    module.C_Login(session, pkcs11js.CKU_USER, pin);
    try {
      return use(session);
    } finally {
      module.C_Logout(session);
    }
  } finally {
    module.C_CloseSession(session);
  }
}

/** A public X.509 certificate object; `idHex` null leaves CKA_ID out (a CA certificate). */
export function addCertificate(
  module: Pkcs11Module,
  session: Handle,
  der: Uint8Array,
  idHex: string | null,
  label: string,
): void {
  const template: Template = [
    { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
    { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
    { type: pkcs11js.CKA_TOKEN, value: true },
    { type: pkcs11js.CKA_PRIVATE, value: false },
    { type: pkcs11js.CKA_LABEL, value: label },
    { type: pkcs11js.CKA_SUBJECT, value: subjectDer(der) },
    { type: pkcs11js.CKA_VALUE, value: Buffer.from(der) },
  ];
  if (idHex !== null) template.push({ type: pkcs11js.CKA_ID, value: Buffer.from(idHex, 'hex') });
  module.C_CreateObject(session, template);
}

/** CKA_SUBJECT, which PKCS#11 requires of an X.509 certificate object: the subject Name's DER. */
function subjectDer(der: Uint8Array): Buffer {
  return Buffer.from(parseCertificate(der).subjectDer);
}

/**
 * A P-256 private key that wants the PIN again before each signature
 * (CKA_ALWAYS_AUTHENTICATE), as qualified keys on signature cards often do.
 */
export function addAlwaysAuthenticateEcKey(
  module: Pkcs11Module,
  session: Handle,
  keyPem: string,
  idHex: string,
): void {
  const jwk = createPrivateKey(keyPem).export({ format: 'jwk' });
  if (jwk.crv !== 'P-256' || !jwk.d) throw new Error('expected a P-256 private key');
  const prime256v1 = Buffer.from('06082a8648ce3d030107', 'hex');
  module.C_CreateObject(session, [
    { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
    { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_EC },
    { type: pkcs11js.CKA_TOKEN, value: true },
    { type: pkcs11js.CKA_PRIVATE, value: true },
    { type: pkcs11js.CKA_SENSITIVE, value: true },
    { type: pkcs11js.CKA_SIGN, value: true },
    { type: pkcs11js.CKA_ALWAYS_AUTHENTICATE, value: true },
    { type: pkcs11js.CKA_ID, value: Buffer.from(idHex, 'hex') },
    { type: pkcs11js.CKA_LABEL, value: `klíč ${idHex}` },
    { type: pkcs11js.CKA_EC_PARAMS, value: prime256v1 },
    { type: pkcs11js.CKA_VALUE, value: Buffer.from(jwk.d, 'base64url') },
  ]);
}
