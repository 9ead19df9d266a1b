import { describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../common/contract/api';
import { ContractCallError } from '../../common/contract/envelope';
import { methodNames } from '../../common/contract/methods';
import { createApi } from './api';
import { createHttpBridge } from './httpBridge';

const sorted = (names: Iterable<string>) => [...names].sort();

describe('the renderer’s side of the contract', () => {
  it('the HTTP bridge and the API offer exactly the contract’s methods, plus on()', () => {
    const bridge = createHttpBridge('http://127.0.0.1:1', 'token');
    expect(sorted(Object.keys(bridge).filter((key) => key !== 'on'))).toEqual(sorted(methodNames));
    const api = createApi(bridge);
    expect(sorted(Object.keys(api).filter((key) => key !== 'on'))).toEqual(sorted(methodNames));
  });

  it('unwraps envelopes into values and typed errors', async () => {
    const bridge = {
      ...createHttpBridge('http://127.0.0.1:1', 'token'),
      'app.getInfo': vi.fn(async () => ({
        ok: true as const,
        value: { version: '1', platform: 'web' as const, demo: true, dataDir: '/d', simUrl: null },
      })),
      'config.get': vi.fn(async () => ({
        ok: false as const,
        error: {
          code: 'errors.unexpected',
          message: 'Nastala chyba.',
          params: { method: 'config.get' },
        },
      })),
    } as Bridge;
    const api = createApi(bridge);
    await expect(api['app.getInfo']({})).resolves.toMatchObject({ version: '1' });
    const failure = await api['config.get']({}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContractCallError);
    expect(failure).toMatchObject({ code: 'errors.unexpected', params: { method: 'config.get' } });
  });

  it('turns an unreachable host into a Czech error instead of a crash', async () => {
    const api = createApi(createHttpBridge('http://127.0.0.1:1', 'token'));
    const failure = await api['app.getInfo']({}).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'errors.hostUnreachable' });
  });
});
