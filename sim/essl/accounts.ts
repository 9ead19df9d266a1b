import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** An eSSL user the sim lets in (HTTP Basic); `username` is what Autorizace/provedlKdo names. */
export interface EsslAccount {
  username: string;
  password: string;
  name: string;
}

/** The demo's logins, one key per simulated service (`essl` now; others may add theirs). */
export const ACCOUNTS_FILE = 'accounts.json';

/** Who works in the demo office when the seed names nobody. */
const FALLBACK_NAMES = ['Jana Dvořáková', 'Petr Novák', 'Marie Svobodová'];

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** `Jana Dvořáková` → `jdvorakova`: how small offices name their logins. */
export function usernameOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = fold(parts[0] ?? '');
  const last = fold(parts.at(-1) ?? '');
  const candidate = parts.length > 1 ? `${first.slice(0, 1)}${last}` : first;
  return candidate || 'uzivatel';
}

function newPassword(): string {
  // 96 random bits; base64url keeps it typeable and free of ':' (Basic's separator).
  return randomBytes(12).toString('base64url');
}

/** Fresh accounts for the given people; the first is the clerk the demo app logs in as. */
export function generateAccounts(names: ReadonlyArray<string>): EsslAccount[] {
  const people = names.length > 0 ? names : FALLBACK_NAMES;
  const taken = new Set<string>();
  return people.map((name) => {
    const base = usernameOf(name);
    let username = base;
    for (let n = 2; taken.has(username); n++) username = `${base}${n}`;
    taken.add(username);
    return { username, password: newPassword(), name };
  });
}

function isAccount(value: unknown): value is EsslAccount {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.username === 'string' &&
    entry.username.length > 0 &&
    typeof entry.password === 'string' &&
    entry.password.length > 0 &&
    typeof entry.name === 'string'
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
 * The eSSL's accounts: read from `<dataDir>/accounts.json` when a previous start wrote
 * them, else generated (random passwords) and written there, keeping the other
 * services' keys. Without a data dir they live as long as the process.
 */
export async function loadEsslAccounts(
  dataDir: string | null,
  names: ReadonlyArray<string>,
): Promise<EsslAccount[]> {
  if (!dataDir) return generateAccounts(names);
  const file = join(dataDir, ACCOUNTS_FILE);
  const content = readAccountsFile(file);
  const stored = content.essl;
  if (Array.isArray(stored) && stored.length > 0 && stored.every(isAccount)) {
    return stored.map(({ username, password, name }) => ({ username, password, name }));
  }
  const accounts = generateAccounts(names);
  await writeFile(file, `${JSON.stringify({ ...content, essl: accounts }, null, 2)}\n`, {
    mode: 0o600,
  });
  return accounts;
}

/** What `GET /demo/accounts` serves: the file as it is now (other services may add keys). */
export function demoAccountsBody(
  dataDir: string | null,
  accounts: ReadonlyArray<EsslAccount>,
): Record<string, unknown> {
  const content = dataDir ? readAccountsFile(join(dataDir, ACCOUNTS_FILE)) : {};
  return { ...content, essl: accounts };
}

/** The account a `Basic` Authorization header names with its right password, or null. */
export function authenticate(
  header: string | undefined,
  accounts: ReadonlyArray<EsslAccount>,
): EsslAccount | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  return (
    accounts.find((account) => account.username === username && account.password === password) ??
    null
  );
}
