import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSim, type RunningSim } from '../sim/server';
import { createFileLogger } from '../main/services/log/logger';
import { startWebhost, type Webhost } from './server';
import { defaultAssetsDir, defaultRendererDir, repoRoot } from './paths';

export interface LaunchOptions {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  rendererDir?: string;
  extraStatic?: ReadonlyArray<{ prefix: string; dir: string }>;
  /** Size of the demo journal (the benchmark asks for more). */
  demoDocuments?: number;
  echo?: (line: string) => void;
}

export interface Launched {
  host: Webhost;
  simUrl: string | null;
  /** The demo's simulator (tests switch its faults and look into its eSSL). */
  sim: RunningSim | null;
  close(): Promise<void>;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The browser host with the demo services (the simulator) in the same process. */
export async function launchWebApp(options: LaunchOptions): Promise<Launched> {
  const logger = createFileLogger(join(options.dataDir, 'logs', 'webhost.log'), options.echo);
  const sim = options.demo
    ? await startSim({
        host: '127.0.0.1',
        port: 0,
        dataDir: join(options.dataDir, 'sim'),
        documents: options.demoDocuments,
      })
    : null;
  const host = await startWebhost({
    port: options.port,
    host: options.host,
    rendererDir: options.rendererDir ?? defaultRendererDir,
    assetsDir: defaultAssetsDir,
    dataDir: options.dataDir,
    simUrl: sim?.url ?? null,
    version: packageVersion(),
    // --no-demo means the ORP's services, whatever an earlier demo run stored.
    configOverrides: { mode: options.demo ? 'demo' : 'custom' },
    extraStatic: options.extraStatic,
    logger,
  });
  return {
    host,
    simUrl: sim?.url ?? null,
    sim,
    close: async () => {
      await host.close();
      await sim?.close();
    },
  };
}
