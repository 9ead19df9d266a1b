import { randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACCOUNTS_FILE } from '../essl/accounts';
import type { SimBox } from './types';

/** A login to one box (HTTP Basic at `/DS/…`; with a certificate at `/cert…`, `/certds…`). */
export interface IsdsAccount {
  dbID: string;
  username: string;
  password: string;
  name: string;
  /**
   * SHA-256 fingerprint (lower-case hex, no colons) of the account's own client
   * certificate: alone it logs in at `/cert/DS/…`, with the password at `/certds/DS/…`.
   */
  certFingerprint?: string | null;
}

/**
 * A client certificate the sim issued for the demo and tests, with its key (the demo
 * app configures itself with it; a real ISDS never hands out keys). `boxes` lists the
 * boxes a hosted eSSL with this certificate may act for at `/hspis/DS/…` (username =
 * box ID, empty password); empty for a personal or system certificate.
 */
export interface IsdsCertificate {
  name: string;
  fingerprint: string;
  certPem: string;
  keyPem: string;
  /** The same as PKCS#12 (key, certificate, the sim's root), base64, and its passphrase. */
  p12Base64: string;
  passphrase: string;
  boxes: string[];
}

export interface IsdsLogins {
  accounts: IsdsAccount[];
  certificates: IsdsCertificate[];
}

/** Issues a client certificate for `name` (the seal module's CA). */
export type ClientCertIssuer = (name: string) => Promise<{
  certPem: string;
  keyPem: string;
  p12: Uint8Array;
  passphrase: string;
}>;

async function issueOne(
  issue: ClientCertIssuer,
  name: string,
  boxes: string[],
): Promise<IsdsCertificate> {
  const issued = await issue(name);
  return {
    name,
    fingerprint: fingerprintOf(issued.certPem),
    certPem: issued.certPem,
    keyPem: issued.keyPem,
    p12Base64: Buffer.from(issued.p12).toString('base64'),
    passphrase: issued.passphrase,
    boxes,
  };
}

export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256.replace(/:/g, '').toLowerCase();
}

function newPassword(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * ISDS usernames are 6–12 characters of letters and digits chosen by ISDS; the sim
 * derives them from the box ID so that they are stable and readable in the demo.
 */
function usernameFor(box: SimBox, index: number): string {
  return `${box.dbID}u${index}`;
}

function generateAccounts(boxes: ReadonlyArray<SimBox>): IsdsAccount[] {
  return boxes.map((box) => ({
    dbID: box.dbID,
    username: usernameFor(box, 1),
    password: newPassword(),
    name: box.name,
    certFingerprint: null,
  }));
}

function isAccount(value: unknown): value is IsdsAccount {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.dbID === 'string' &&
    /^[a-z0-9]{7}$/.test(entry.dbID) &&
    typeof entry.username === 'string' &&
    entry.username.length > 0 &&
    typeof entry.password === 'string' &&
    typeof entry.name === 'string' &&
    (entry.certFingerprint === undefined ||
      entry.certFingerprint === null ||
      typeof entry.certFingerprint === 'string')
  );
}

function isCertificate(value: unknown): value is IsdsCertificate {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.name === 'string' &&
    typeof entry.fingerprint === 'string' &&
    typeof entry.certPem === 'string' &&
    typeof entry.keyPem === 'string' &&
    typeof entry.p12Base64 === 'string' &&
    typeof entry.passphrase === 'string' &&
    Array.isArray(entry.boxes) &&
    entry.boxes.every((box) => typeof box === 'string')
  );
}

function readAccountsFile(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file} neobsahuje objekt s účty.`);
  }
  return parsed as Record<string, unknown>;
}

/**
 * Issues the demo's certificates: a system certificate of the municipality's account
 * (`/cert`, and with its password `/certds`) and the certificate of the hosted eSSL
 * that acts for the municipality, its school and its kindergarten (`/hspis`).
 */
async function issueCertificates(
  accounts: IsdsAccount[],
  boxes: ReadonlyArray<SimBox>,
  issue: ClientCertIssuer,
): Promise<IsdsCertificate[]> {
  const municipality = boxes.find((box) => box.role === 'municipality');
  const own = accounts.find((account) => account.dbID === municipality?.dbID);
  if (!municipality || !own) return [];
  const systemCert = await issueOne(issue, `${municipality.name} – systémový certifikát`, []);
  own.certFingerprint = systemCert.fingerprint;
  const hostedBoxes = boxes
    .filter((box) => ['municipality', 'school', 'kindergarten'].includes(box.role))
    .map((box) => box.dbID);
  const hostedCert = await issueOne(
    issue,
    'Spisová služba ORP Tábor – hostovaný přístup',
    hostedBoxes,
  );
  return [systemCert, hostedCert];
}

/**
 * The ISDS logins: read from `<dataDir>/accounts.json` (keys `isds` and
 * `isdsCertificates`) when an earlier start wrote them, else made now (random
 * passwords) and written there next to the other services' keys. Certificates come
 * later (`ensureCertificates`): making keys costs a moment that most starts never need.
 * Without a data dir the logins live as long as the process.
 */
export async function loadIsdsLogins(
  dataDir: string | null,
  boxes: ReadonlyArray<SimBox>,
): Promise<IsdsLogins> {
  const file = dataDir ? join(dataDir, ACCOUNTS_FILE) : null;
  if (file) {
    const content = readAccountsFile(file);
    const stored = content.isds;
    const certs = content.isdsCertificates;
    if (
      Array.isArray(stored) &&
      stored.length > 0 &&
      stored.every(isAccount) &&
      (certs === undefined || (Array.isArray(certs) && certs.every(isCertificate)))
    ) {
      return {
        accounts: stored.map((account) => ({ ...account })),
        certificates: Array.isArray(certs) ? certs.map((cert) => ({ ...cert })) : [],
      };
    }
  }
  const logins: IsdsLogins = { accounts: generateAccounts(boxes), certificates: [] };
  if (dataDir) await saveIsdsLogins(dataDir, logins);
  return logins;
}

/** Writes the logins into `accounts.json`, keeping the other services' keys. */
async function saveIsdsLogins(dataDir: string, logins: IsdsLogins): Promise<void> {
  const file = join(dataDir, ACCOUNTS_FILE);
  const content = readAccountsFile(file);
  const merged = { ...content, isds: logins.accounts, isdsCertificates: logins.certificates };
  await writeFile(file, `${JSON.stringify(merged, null, 2)}\n`, { mode: 0o600 });
}

/** Issues the demo's certificates unless the logins have them (then saved with them). */
export async function ensureCertificates(
  dataDir: string | null,
  logins: IsdsLogins,
  boxes: ReadonlyArray<SimBox>,
  issue: ClientCertIssuer,
): Promise<void> {
  if (logins.certificates.length > 0) return;
  logins.certificates = await issueCertificates(logins.accounts, boxes, issue);
  if (dataDir) await saveIsdsLogins(dataDir, logins);
}

/** Username and password of a `Basic` header, or null. */
export function basicCredentials(
  header: string | undefined,
): { username: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
