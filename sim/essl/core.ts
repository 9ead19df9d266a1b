import type { DemoSeed } from '../../common/contract/types';
import { DEFAULT_CASE_FILE_MASK } from '../../common/domain/caseFile';
import type { SimLogger } from '../http/logger';
import { createChangeClock } from './clock';
import { readChangeLog } from './persistence';
import { indexPlan } from './plan';
import type { EsslCore } from './rules';
import { seedBase } from './seedBase';
import { EsslStore } from './store';

export interface CoreOptions {
  seed: DemoSeed;
  /** The clerk's username: the seeded journal is theirs. */
  owner: string;
  /** With a data dir, the change log is replayed over the seeded base. */
  dataDir: string | null;
  logger: SimLogger;
  /** The real clock by default; tests may pass their own. */
  now?: () => number;
}

/** Builds the eSSL's state: the seeded base, then every change the log kept. */
export function buildCore(options: CoreOptions): EsslCore {
  const began = performance.now();
  const clock = createChangeClock(options.now);
  const { seed } = options;
  const plan = indexPlan(seed.filePlanXml);
  const store = new EsslStore(clock);
  const base = seedBase(seed, plan, options.owner);
  store.loadBase(base);
  const seedHorizon = Math.max(
    0,
    ...base.documents.map((doc) => doc.changedAt),
    ...base.caseFiles.map((file) => file.changedAt),
  );
  let replayed = 0;
  if (options.dataDir) {
    const { records, droppedTail } = readChangeLog(options.dataDir);
    for (const record of records) store.apply(record);
    replayed = records.length;
    if (droppedTail) {
      options.logger.warn('essl.log.tailDropped', {
        reason: 'Poslední řádek záznamu změn byl neúplný; zahozen.',
      });
    }
  }
  // The organisation profile names no case-file mask yet; a seed that has one wins.
  const caseFileMask =
    (seed.organization as { caseFileMask?: unknown }).caseFileMask ?? DEFAULT_CASE_FILE_MASK;
  options.logger.info('essl.ready', {
    documents: store.documents.size,
    caseFiles: store.caseFiles.size,
    replayed,
    ms: Math.round(performance.now() - began),
  });
  return {
    store,
    plan,
    clock,
    seedHorizon,
    numbering: {
      abbreviation: seed.organization.abbreviation,
      referenceMask: seed.organization.referenceMask,
      caseFileMask: typeof caseFileMask === 'string' ? caseFileMask : DEFAULT_CASE_FILE_MASK,
    },
  };
}
