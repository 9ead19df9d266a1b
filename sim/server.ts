import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDemoPlanXml } from './demoPlan';
import { generateDemoSeed } from './seed';
import { silentLogger, type SimLogger } from './http/logger';
import { sendError } from './http/respond';
import { createRouter, type SimService } from './http/routes';
import { createDemoService } from './services/demo';
import { createHealthService } from './services/health';
import { SIM_VERSION } from './version';

export interface SimOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1: the sim is for this machine only. */
  host?: string;
  /** Where the sim keeps state (later issues); gets `sim.json` so tools can find the sim. */
  dataDir?: string;
  /** Documents in the demo journal (default 2,000). */
  documents?: number;
  /** The demo's "now" (default: the real now). */
  today?: Date;
  /** PRNG seed of the demo journal. */
  seed?: number;
  /** The file plan as nsesss-plan XML (default: the demo municipality's, sim/seed/filePlan.xml). */
  planXml?: string;
  /** One line per request goes here. */
  logger?: SimLogger;
}

export interface RunningSim {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:5181`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const SIM_STATE_FILE = 'sim.json';

function baseUrl(host: string, port: number): string {
  const shown = host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Starts the simulated hosted services on one HTTP port. */
export async function startSim(options: SimOptions = {}): Promise<RunningSim> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? silentLogger;
  const startedAt = new Date().toISOString();

  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });

  const seed = generateDemoSeed({
    documents: options.documents,
    seed: options.seed,
    today: options.today,
    planXml: options.planXml ?? readDemoPlanXml(),
  });
  const services: SimService[] = [createDemoService(seed)];
  const health = createHealthService({
    version: SIM_VERSION,
    startedAt,
    services: services.map((service) => service.name),
  });
  const route = createRouter([health, ...services]);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const began = performance.now();
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    res.on('finish', () => {
      logger.info('sim.request', {
        method: req.method,
        path: url.pathname,
        status: res.statusCode,
        ms: Math.round(performance.now() - began),
      });
    });
    route(req, res, url).catch((error: unknown) => {
      logger.error('sim.error', {
        path: url.pathname,
        error: error instanceof Error ? error.message : String(error),
      });
      if (!res.headersSent) sendError(req, res, 500, 'internal', 'Vnitřní chyba simulátoru.');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const port = (server.address() as AddressInfo).port;
  const url = baseUrl(host, port);
  const stateFile = options.dataDir ? join(options.dataDir, SIM_STATE_FILE) : null;
  if (stateFile) await writeFile(stateFile, `${JSON.stringify({ url, startedAt }, null, 2)}\n`);
  logger.info('sim.started', { url, documents: seed.documents.length });

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      });
      if (stateFile) await removeStateFile(stateFile, url);
      logger.info('sim.stopped', { url });
    })();
    return closing;
  };

  return { url, port, close };
}

/** Removes `sim.json` unless another sim has meanwhile written its own there. */
async function removeStateFile(file: string, url: string): Promise<void> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as { url?: unknown };
    if (state.url === url) await rm(file, { force: true });
  } catch {
    // Gone or unreadable: nothing of ours to clean up.
  }
}
