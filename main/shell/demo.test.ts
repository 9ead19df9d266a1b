import { describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../../common/contract/types';
import { defaultConfig } from '../services/config/configStore';
import { createMemoryLogger } from '../services/log/logger';
import { startDemoServices, type StartSim } from './demo';

const demoConfig: AppConfig = { ...defaultConfig, mode: 'demo' };

describe('demo services', () => {
  it('start the simulator on a loopback port in demo mode', async () => {
    const close = vi.fn(async () => {});
    const start = vi.fn(async () => ({ url: 'http://127.0.0.1:40123', port: 40123, close }));
    const demo = await startDemoServices(
      demoConfig,
      '/data/demo',
      createMemoryLogger(),
      start as unknown as StartSim,
    );
    expect(start).toHaveBeenCalledWith({ host: '127.0.0.1', port: 0, dataDir: '/data/demo' });
    expect(demo.simUrl).toBe('http://127.0.0.1:40123');
    await demo.close();
    expect(close).toHaveBeenCalled();
  });

  it('start nothing with a real configuration', async () => {
    const start = vi.fn();
    const demo = await startDemoServices(
      { ...demoConfig, mode: 'custom' },
      '/d',
      createMemoryLogger(),
      start as unknown as StartSim,
    );
    expect(start).not.toHaveBeenCalled();
    expect(demo.simUrl).toBeNull();
  });

  it('let the app open without them when the simulator cannot start', async () => {
    const logger = createMemoryLogger();
    const start = vi.fn(async () => Promise.reject(new Error('EADDRINUSE')));
    const demo = await startDemoServices(demoConfig, '/d', logger, start as unknown as StartSim);
    expect(demo.simUrl).toBeNull();
    expect(logger.entries[0]).toMatchObject({ level: 'error', context: { error: 'EADDRINUSE' } });
  });
});
