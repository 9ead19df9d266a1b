import { createTsaService, type SimTimestampAuthority } from './tsa';
import { createConversionRegisterService, type SimConversionRegister } from './conversionRegister';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDemoPlanXml } from './demoPlan';
import {
  createEsslService,
  loadEsslAccounts,
  resolveSeedParams,
  type EsslInspector,
  type ExchangeHook,
  type FaultSettings,
} from './essl';
import {
  createIsdsService,
  type IsdsExchangeHook,
  type IsdsHoldHook,
  type IsdsInspector,
} from './isds';
import { startTlsListener, type TlsListener } from './isds/tlsListener';
import { DEFAULT_DEMO_SEED, generateDemoSeed } from './seed';
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
  /**
   * Where the sim keeps state: `sim.json` (so tools can find the sim), `accounts.json`,
   * and the eSSL's `essl/` (seed parameters and the log of applied changes).
   */
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
  /** Faults the eSSL injects into `/erms` answers (none by default). */
  faults?: FaultSettings;
  /** Test hook: every SOAP exchange of the eSSL. */
  onExchange?: ExchangeHook;
  /** Port of the ISDS's HTTPS listener (certificate logins); default 0: any free port. */
  isdsTlsPort?: number;
  /** Faults the ISDS injects into its SOAP answers (default: `faults`). */
  isdsFaults?: FaultSettings;
  /** Test hook: every SOAP exchange of the ISDS. */
  onIsdsExchange?: IsdsExchangeHook;
  /** Test hook: runs while an ISDS request holds its account's slot (see `IsdsHoldHook`). */
  isdsHold?: IsdsHoldHook;
}

export interface RunningSim {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:5181`. */
  url: string;
  port: number;
  /** The simulated eSSL's state, in process (tests and inspection only). */
  essl: EsslInspector;
  /** The ISDS's HTTPS base URL (certificate logins at /cert, /certds, /hspis), e.g. `https://127.0.0.1:5182`. */
  isdsTlsUrl: string;
  isdsTlsPort: number;
  /** The simulated ISDS's state, in process (tests and inspection only). */
  isds: IsdsInspector;
  /**
   * Switches fault injection (null = off) without a restart: of both services, or of
   * the one named.
   */
  setFaults(settings: FaultSettings | null, service?: 'essl' | 'isds' | 'all'): void;
  /** Switches only the ISDS's fault injection. */
  setIsdsFaults(settings: FaultSettings | null): void;
  /** The timestamp authority at `/tsa` (tests switch it down or make it lie). */
  tsa: SimTimestampAuthority;
  /** The conversion register at `/conversion-register/v1/records` (tests switch it down). */
  conversionRegister: SimConversionRegister;
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

  const dataDir = options.dataDir ?? null;
  if (dataDir) await mkdir(dataDir, { recursive: true });

  // A data dir keeps the seed parameters of its first start: the eSSL's log is replayed
  // over the same base, and the demo app that imported that seed still agrees with it.
  const { params, differs } = await resolveSeedParams(dataDir, {
    today: options.today ?? new Date(),
    seed: options.seed,
    documents: options.documents,
  });
  if (differs)
    logger.warn('sim.seedParams', {
      reason: 'Adresář --data má uložené jiné parametry ukázkových dat; platí uložené.',
    });
  const seed = generateDemoSeed({
    documents: params.documents,
    seed: params.seed,
    today: params.today,
    planXml: options.planXml ?? readDemoPlanXml(),
  });
  const accounts = await loadEsslAccounts(dataDir, [
    seed.currentUser,
    ...seed.handlers.filter((name) => name !== seed.currentUser),
  ]);
  const essl = createEsslService({
    seed,
    dataDir,
    accounts,
    faults: options.faults ?? null,
    onExchange: options.onExchange,
    logger,
  });
  const isds = await createIsdsService({
    dataDir,
    today: params.today,
    seed: params.seed ?? DEFAULT_DEMO_SEED,
    logger,
    faults: options.isdsFaults ?? options.faults ?? null,
    onExchange: options.onIsdsExchange,
    hold: options.isdsHold,
  });
  const tsa = createTsaService({ dataDir });
  const conversionRegister = createConversionRegisterService({ dataDir });
  const services: SimService[] = [
    createDemoService(seed, () => essl.inspect.seedHorizon()),
    essl.service,
    isds.service,
    tsa.service,
    conversionRegister.service,
  ];
  const health = createHealthService({
    version: SIM_VERSION,
    startedAt,
    services: services.map((service) => service.name),
  });
  const route = createRouter([health, ...services]);
  const tlsRoute = createRouter([isds.tlsService]);

  const serve =
    (router: ReturnType<typeof createRouter>) => (req: IncomingMessage, res: ServerResponse) => {
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
      router(req, res, url).catch((error: unknown) => {
        logger.error('sim.error', {
          path: url.pathname,
          error: error instanceof Error ? error.message : String(error),
        });
        if (!res.headersSent) sendError(req, res, 500, 'internal', 'Vnitřní chyba simulátoru.');
        else res.destroy();
      });
    };
  const server = createServer(serve(route));
  // Never listens itself: the TLS listener hands it the connections it decrypted.
  const tlsServer = createServer(serve(tlsRoute));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const port = (server.address() as AddressInfo).port;
  const url = baseUrl(host, port);
  let tls: TlsListener;
  try {
    tls = await startTlsListener(
      tlsServer,
      () => isds.tlsMaterial(),
      host,
      options.isdsTlsPort ?? 0,
      (error) =>
        logger.error('isds.tls', { error: error instanceof Error ? error.message : String(error) }),
    );
  } catch (error) {
    server.close();
    server.closeAllConnections();
    throw error;
  }
  const isdsTlsUrl = baseUrl(host, tls.port).replace(/^http:/, 'https:');
  isds.setUrls({ url, tlsUrl: isdsTlsUrl });
  const stateFile = options.dataDir ? join(options.dataDir, SIM_STATE_FILE) : null;
  if (stateFile)
    await writeFile(stateFile, `${JSON.stringify({ url, isdsTlsUrl, startedAt }, null, 2)}\n`);
  logger.info('sim.started', { url, documents: seed.documents.length });

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      });
      await tls.close();
      tlsServer.closeAllConnections();
      await essl.close();
      await isds.close();
      await conversionRegister.register.close();
      if (stateFile) await removeStateFile(stateFile, url);
      logger.info('sim.stopped', { url });
    })();
    return closing;
  };

  return {
    url,
    port,
    essl: essl.inspect,
    isdsTlsUrl,
    isdsTlsPort: tls.port,
    isds: isds.inspect,
    setFaults(settings, service = 'all') {
      if (service !== 'isds') essl.setFaults(settings);
      if (service !== 'essl') isds.setFaults(settings);
    },
    setIsdsFaults: (settings) => isds.setFaults(settings),
    tsa: tsa.authority,
    conversionRegister: conversionRegister.register,
    close,
  };
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
