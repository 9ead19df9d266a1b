import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appConfigPatchSchema } from '../../../common/contract/types';
import { ConfigStore } from '../config/configStore';
import { createMemoryLogger } from '../log/logger';

describe('eSSL settings in the app configuration', () => {
  it('a configuration file from before the eSSL settings loads with their defaults', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'essl-config-'));
    try {
      const file = join(dir, 'config.json');
      await writeFile(
        file,
        JSON.stringify({
          mode: 'custom',
          esslUrl: 'https://essl.orp.example/erms',
          updateFeedUrl: null,
          language: 'cs',
        }),
      );
      const config = await new ConfigStore(file, createMemoryLogger()).get();
      expect(config).toMatchObject({
        mode: 'custom',
        esslUrl: 'https://essl.orp.example/erms',
        esslUser: null,
        esslSystemCode: 'ESSL',
        esslCaPem: null,
        proxyUrl: null,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a patch of one field leaves the eSSL settings alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'essl-config-'));
    try {
      const store = new ConfigStore(join(dir, 'config.json'), createMemoryLogger());
      await store.update({ esslSystemCode: 'ORP1', esslUser: 'novakova' });
      const next = await store.update({ language: 'en' });
      expect(next).toMatchObject({ esslSystemCode: 'ORP1', esslUser: 'novakova', language: 'en' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{ esslUser: 'x'.repeat(51) }, false],
    [{ esslUser: 'novakova' }, true],
    [{ esslSystemCode: 'PRILIS-DLOUHY' }, false],
    [{ esslSystemCode: '' }, false],
    [{ esslCaPem: 'not a certificate' }, false],
    [{ esslCaPem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' }, true],
    [{ proxyUrl: 'socks5://proxy:1080' }, false],
    [{ proxyUrl: 'http://proxy.orp.example:3128' }, true],
    [{ proxyUrl: null, esslCaPem: null, esslUser: null }, true],
  ])('patch %j accepted: %s', (patch, accepted) => {
    expect(appConfigPatchSchema.safeParse(patch).success).toBe(accepted);
  });
});

describe('TLS verification is never switched off', () => {
  it('no source of the eSSL client disables certificate checks', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const sources = readdirSync(dir).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    );
    expect(sources.length).toBeGreaterThan(5);
    for (const name of sources) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text, name).not.toMatch(
        /rejectUnauthorized\s*:\s*false|NODE_TLS_REJECT_UNAUTHORIZED|checkServerIdentity/,
      );
    }
  });
});
