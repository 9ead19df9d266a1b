import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../../common/contract/envelope';
import { createMemoryLogger } from '../services/log/logger';
import { SafeStorageCredentialStore, type SafeStorageApi } from './safeStorageCredentials';

const SECRET = 'Heslo-Starosty-2026!';

type Backend = ReturnType<SafeStorageApi['getSelectedStorageBackend']>;

/** A stand-in keychain: a keyed XOR, enough to prove that the file holds no plain text. */
function fakeSafeStorage(available = true, backend: Backend = 'gnome_libsecret') {
  const key = 0x5a;
  return {
    isEncryptionAvailable: vi.fn(() => available),
    getSelectedStorageBackend: vi.fn(() => backend),
    encryptString: vi.fn((plain: string) =>
      Buffer.concat([Buffer.from('v11'), Buffer.from(plain, 'utf8').map((byte) => byte ^ key)]),
    ),
    decryptString: vi.fn((cipher: Buffer) => {
      if (cipher.subarray(0, 3).toString() !== 'v11')
        throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(cipher.subarray(3).map((byte) => byte ^ key)).toString('utf8');
    }),
  } satisfies SafeStorageApi;
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uradovna-cred-'));
  file = join(dir, 'credentials.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SafeStorageCredentialStore', () => {
  it('round-trips a secret through the keychain and never writes it in plain text', async () => {
    const logger = createMemoryLogger();
    const store = new SafeStorageCredentialStore(file, fakeSafeStorage(), logger, 'linux');
    await store.store('essl@obec', SECRET);

    expect(await store.has('essl@obec')).toBe(true);
    expect(await store.read('essl@obec')).toBe(SECRET);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(Buffer.from(SECRET).toString('base64'));
    const stored = JSON.parse(text) as { entries: Record<string, string> };
    expect(Buffer.from(stored.entries['essl@obec']!, 'base64').subarray(0, 3).toString()).toBe(
      'v11',
    );
    expect(JSON.stringify(logger.entries)).not.toContain(SECRET);
    expect(await readdir(dir)).toEqual(['credentials.json']);
    // Owner-only where the file system has modes (Windows has ACLs instead).
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o077).toBe(0);
  });

  it.each([
    ['linux', 'gnome_libsecret', 'safeStorage (gnome_libsecret)'],
    ['linux', 'kwallet6', 'safeStorage (kwallet6)'],
    ['win32', 'unknown', 'safeStorage (Windows DPAPI)'],
  ] as const)('is available on %s with %s and names it', (platform, backend, name) => {
    const store = new SafeStorageCredentialStore(
      file,
      fakeSafeStorage(true, backend),
      createMemoryLogger(),
      platform,
    );
    expect(store.isEncryptionAvailable()).toBe(true);
    expect(store.backend).toBe(name);
  });

  it('refuses to store when the OS offers no encryption', async () => {
    const safeStorage = fakeSafeStorage(false);
    const store = new SafeStorageCredentialStore(file, safeStorage, createMemoryLogger(), 'win32');
    expect(store.isEncryptionAvailable()).toBe(false);
    await expect(store.store('essl@obec', SECRET)).rejects.toMatchObject({
      code: 'errors.credentials.unavailable',
      message: 'Tento počítač nenabízí bezpečné úložiště hesel (klíčenku). Heslo nebylo uloženo.',
    });
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    await expect(readFile(file)).rejects.toThrow();
  });

  it.each(['basic_text', 'unknown'] as const)(
    'refuses to store on Linux with the %s backend (a hard-coded key protects nothing)',
    async (backend) => {
      const safeStorage = fakeSafeStorage(true, backend);
      const logger = createMemoryLogger();
      const store = new SafeStorageCredentialStore(file, safeStorage, logger, 'linux');
      expect(store.isEncryptionAvailable()).toBe(false);
      expect(store.backend).toBe(`safeStorage (${backend})`);
      const error = await store.store('essl@obec', SECRET).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe('errors.credentials.unavailable');
      expect(safeStorage.encryptString).not.toHaveBeenCalled();
      await expect(readFile(file)).rejects.toThrow();
      expect(JSON.stringify(logger.entries)).not.toContain(SECRET);
    },
  );

  it('removes secrets and keeps the others', async () => {
    const store = new SafeStorageCredentialStore(
      file,
      fakeSafeStorage(),
      createMemoryLogger(),
      'linux',
    );
    await Promise.all([
      store.store('a', 'first'),
      store.store('b', 'second'),
      store.store('__proto__', 'third'),
    ]);
    expect(await store.remove('a')).toBe(true);
    expect(await store.remove('a')).toBe(false);
    expect(await store.has('a')).toBe(false);
    expect(await store.read('b')).toBe('second');
    expect(await store.read('__proto__')).toBe('third');
    expect(await store.read('missing')).toBeNull();
  });

  it('says so when a stored secret no longer decrypts', async () => {
    await writeFile(
      file,
      JSON.stringify({ version: 1, entries: { essl: Buffer.from('garbage').toString('base64') } }),
    );
    const store = new SafeStorageCredentialStore(
      file,
      fakeSafeStorage(),
      createMemoryLogger(),
      'linux',
    );
    await expect(store.read('essl')).rejects.toMatchObject({
      code: 'errors.credentials.unreadable',
    });
  });

  it('treats a damaged file as empty', async () => {
    await writeFile(file, '{"entries": ');
    const logger = createMemoryLogger();
    const store = new SafeStorageCredentialStore(file, fakeSafeStorage(), logger, 'linux');
    expect(await store.has('essl')).toBe(false);
    await store.store('essl', SECRET);
    expect(await store.read('essl')).toBe(SECRET);
    expect(logger.entries[0]).toMatchObject({ level: 'warn' });
  });
});
