import type { DemoSeed } from '../../common/contract/types';
import type {
  CaseFileProfile,
  DocumentProfile,
  EsslId,
  FileContent,
  FileExtension,
} from '../../common/erms/model';
import type { SimLogger } from '../http/logger';
import { sendJson } from '../http/respond';
import type { SimService } from '../http/routes';
import { demoAccountsBody, type EsslAccount } from './accounts';
import { buildCore } from './core';
import { createEndpoint, type ExchangeHook } from './endpoint';
import { createFaultPlan, type FaultSettings } from './faults';
import { fileLog, memoryLog } from './persistence';
import type { EsslCore } from './rules';
import { entityKey } from './store';

export interface EsslServiceOptions {
  seed: DemoSeed;
  dataDir: string | null;
  /** The first is the clerk: the seeded journal is theirs. */
  accounts: ReadonlyArray<EsslAccount>;
  faults?: FaultSettings | null;
  onExchange?: ExchangeHook;
  logger: SimLogger;
  /** The real clock by default. */
  now?: () => number;
  slowMs?: number;
  timeoutCapMs?: number;
}

/** In-process access for tests and inspection (a real eSSL has no such door). */
export interface EsslInspector {
  /** Copies, in no particular order. */
  documents(): DocumentProfile[];
  caseFiles(): CaseFileProfile[];
  counts(): {
    documents: number;
    caseFiles: number;
    files: number;
    events: number;
    reservations: number;
  };
  accounts(): EsslAccount[];
  /** A stored file (its latest version) with the extension it was created with; null when none. */
  file(id: EsslId): { file: FileContent; extension: FileExtension | null } | null;
  /**
   * The change time of the newest seeded entity: a device that imported the demo seed
   * starts its pull there (everything before it came with the seed).
   */
  seedHorizon(): string;
}

export interface EsslSim {
  service: SimService;
  inspect: EsslInspector;
  /** Switches fault injection on (or off with null) without a restart. */
  setFaults(settings: FaultSettings | null): void;
  close(): Promise<void>;
}

/**
 * The simulated eSSL: `POST /erms` (SOAP) and `GET /demo/accounts` (demo only). Its
 * state is built on the first SOAP request or inspection, not at start: the benchmark
 * starts the sim with 100,000 documents and may never call the eSSL.
 */
export function createEsslService(options: EsslServiceOptions): EsslSim {
  const owner = options.accounts[0]?.username;
  if (!owner) throw new Error('eSSL potřebuje aspoň jeden účet.');
  let core: EsslCore | null = null;
  const coreOf = () =>
    (core ??= buildCore({
      seed: options.seed,
      owner,
      dataDir: options.dataDir,
      logger: options.logger,
      now: options.now,
    }));
  const log = options.dataDir ? fileLog(options.dataDir) : memoryLog;
  const faults = createFaultPlan(options.faults ?? null);
  const endpoint = createEndpoint({
    accounts: options.accounts,
    core: coreOf,
    log,
    faults,
    onExchange: options.onExchange,
    logger: options.logger,
    slowMs: options.slowMs,
    timeoutCapMs: options.timeoutCapMs,
  });

  const service: SimService = {
    name: 'essl',
    routes: [
      { path: '/erms', methods: { POST: endpoint.handle } },
      {
        path: '/demo/accounts',
        methods: {
          GET: (req, res) =>
            sendJson(req, res, 200, demoAccountsBody(options.dataDir, options.accounts)),
        },
      },
    ],
  };

  const inspect: EsslInspector = {
    documents: () =>
      [...coreOf().store.documents.values()].map((doc) => structuredClone(doc.profile)),
    caseFiles: () =>
      [...coreOf().store.caseFiles.values()].map((file) => structuredClone(file.profile)),
    counts: () => {
      const { store } = coreOf();
      return {
        documents: store.documents.size,
        caseFiles: store.caseFiles.size,
        files: store.files.size,
        events: store.events.size,
        reservations: store.reservations.size,
      };
    },
    accounts: () => options.accounts.map((account) => ({ ...account })),
    file: (id) => {
      const { store } = coreOf();
      const key = entityKey(id);
      const file = store.files.get(key);
      if (!file) return null;
      return structuredClone({ file, extension: store.fileExtensions.get(key) ?? null });
    },
    seedHorizon: () => new Date(coreOf().seedHorizon).toISOString(),
  };

  return {
    service,
    inspect,
    setFaults: (settings) => faults.set(settings),
    async close() {
      endpoint.close();
      await log.close();
    },
  };
}
