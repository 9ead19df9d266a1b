import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import { ServiceError } from '../../common/contract/envelope';
import type { CredentialStore } from '../services/credentials/credentialStore';
import type { Logger } from '../services/log/logger';

export const CREDENTIALS_FILE = 'credentials.json';

/** The part of Electron's `safeStorage` the store uses. */
export type SafeStorageApi = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

interface CredentialsFile {
  version: 1;
  /** account → base64 of the ciphertext safeStorage produced. */
  entries: Record<string, string>;
}

/**
 * Linux backends that protect nothing: `basic_text` encrypts with a key hard-coded
 * in Chromium (plain text in disguise), `unknown` means the keychain was not reached.
 */
const UNPROTECTED_LINUX_BACKENDS: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

/** Account names are user input: a prototype-free map keeps `__proto__` an ordinary key. */
function emptyEntries(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

const UNAVAILABLE_MESSAGE =
  'Tento počítač nenabízí bezpečné úložiště hesel (klíčenku). Heslo nebylo uloženo.';

/**
 * Secrets encrypted by the OS keychain (DPAPI on Windows, libsecret/KWallet on Linux)
 * through `safeStorage`, kept as base64 ciphertexts in one JSON file. Where no real
 * keychain exists it refuses to store anything rather than write a secret that any
 * program could read. Secrets and ciphertexts are never logged.
 */
export class SafeStorageCredentialStore implements CredentialStore {
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly safeStorage: SafeStorageApi,
    private readonly logger: Logger,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  get backend(): string {
    switch (this.platform) {
      case 'linux':
        return `safeStorage (${this.safeStorage.getSelectedStorageBackend()})`;
      case 'win32':
        return 'safeStorage (Windows DPAPI)';
      case 'darwin':
        return 'safeStorage (macOS Keychain)';
      default:
        return `safeStorage (${this.platform})`;
    }
  }

  isEncryptionAvailable(): boolean {
    // Sync API on purpose: the interface is synchronous, and ciphertexts made by the
    // sync encryptor are the ones this file holds.
    if (!this.safeStorage.isEncryptionAvailable()) return false;
    if (this.platform !== 'linux') return true;
    return !UNPROTECTED_LINUX_BACKENDS.has(this.safeStorage.getSelectedStorageBackend());
  }

  async store(account: string, secret: string): Promise<void> {
    if (!this.isEncryptionAvailable()) {
      this.logger.warn('credentials: refused to store without a keychain', {
        account,
        backend: this.backend,
      });
      throw new ServiceError('errors.credentials.unavailable', UNAVAILABLE_MESSAGE);
    }
    const ciphertext = this.safeStorage.encryptString(secret).toString('base64');
    await this.mutate((entries) => {
      entries[account] = ciphertext;
      return true;
    });
  }

  async read(account: string): Promise<string | null> {
    const ciphertext = (await this.load()).entries[account];
    if (ciphertext === undefined) return null;
    if (!this.isEncryptionAvailable()) {
      throw new ServiceError('errors.credentials.unavailable', UNAVAILABLE_MESSAGE);
    }
    try {
      return this.safeStorage.decryptString(Buffer.from(ciphertext, 'base64'));
    } catch {
      // The keychain's key changed (new user profile, restored backup): ask again.
      this.logger.warn('credentials: stored secret cannot be decrypted', { account });
      throw new ServiceError(
        'errors.credentials.unreadable',
        'Uložené heslo nelze přečíst (změnila se klíčenka tohoto počítače). Zadejte je prosím znovu.',
      );
    }
  }

  async has(account: string): Promise<boolean> {
    return Object.hasOwn((await this.load()).entries, account);
  }

  async remove(account: string): Promise<boolean> {
    return this.mutate((entries) => {
      if (!Object.hasOwn(entries, account)) return false;
      delete entries[account];
      return true;
    });
  }

  /** Read–change–write, one at a time, so two quick saves never lose one another. */
  private mutate(change: (entries: Record<string, string>) => boolean): Promise<boolean> {
    const next = this.writes.then(async () => {
      const data = await this.load();
      const entries = emptyEntries();
      Object.assign(entries, data.entries);
      if (!change(entries)) return false;
      await this.write({ version: 1, entries });
      return true;
    });
    this.writes = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<CredentialsFile> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return { version: 1, entries: emptyEntries() };
    }
    try {
      const parsed = JSON.parse(text) as Partial<CredentialsFile>;
      const entries = emptyEntries();
      if (parsed.entries && typeof parsed.entries === 'object') {
        for (const [account, value] of Object.entries(parsed.entries)) {
          if (typeof value === 'string') entries[account] = value;
        }
      }
      return { version: 1, entries };
    } catch {
      this.logger.warn('credentials: unreadable file, treating as empty', { file: this.file });
      return { version: 1, entries: emptyEntries() };
    }
  }

  /** Temporary file + rename: a power cut leaves the old file or the new one. */
  private async write(data: CredentialsFile): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    await writeFile(temporary, JSON.stringify(data, null, 2), { mode: 0o600 });
    await rename(temporary, this.file);
  }
}
