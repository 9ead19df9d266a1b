import type { AppConfig } from '../../common/contract/types';
import type { Logger } from '../services/log/logger';
import { startSim } from '../../sim/server';

export interface DemoServices {
  /** Base URL of the simulator, or null outside the demo (or when it failed to start). */
  simUrl: string | null;
  close(): Promise<void>;
}

export type StartSim = typeof startSim;

const noDemo: DemoServices = { simUrl: null, close: async () => {} };

/**
 * In the demo the hosted services are the built-in simulator, in this process, on a
 * loopback port chosen by the OS. If it cannot start, the app still opens (the
 * journal on this PC works without it) and the failure is logged.
 */
export async function startDemoServices(
  config: AppConfig,
  dataDir: string,
  logger: Logger,
  start: StartSim = startSim,
): Promise<DemoServices> {
  if (config.mode !== 'demo') return noDemo;
  try {
    const sim = await start({ host: '127.0.0.1', port: 0, dataDir });
    logger.info('demo: simulator started', { url: sim.url });
    return { simUrl: sim.url, close: () => sim.close() };
  } catch (error) {
    logger.error('demo: simulator failed to start', {
      error: error instanceof Error ? error.message : String(error),
    });
    return noDemo;
  }
}
