/**
 * The simulated eSSL (NSESSS 2023 ermsAPI, synchronous part) on the sim's port:
 * `POST /erms` and the demo-only `GET /demo/accounts`. See sim/README.md.
 */
export {
  createEsslService,
  type EsslInspector,
  type EsslServiceOptions,
  type EsslSim,
} from './service';
export { loadEsslAccounts, ACCOUNTS_FILE, type EsslAccount } from './accounts';
export {
  DEFAULT_FAULT_KINDS,
  DEFAULT_FAULT_RATE,
  FAULT_KIND_HELP,
  faultKinds,
  parseFaults,
  type FaultKind,
  type FaultSettings,
} from './faults';
export { resolveSeedParams, ESSL_DIR, LOG_FILE, META_FILE, type SeedParams } from './persistence';
export { SLOW_FAULT_MS, type ExchangeHook } from './endpoint';
export {
  CASE_FILE_JOURNAL,
  DOCUMENT_JOURNAL,
  ESSL_SYSTEM_CODE,
  MAX_PAGE,
  MAX_RESERVATION,
  SEED_SOURCE,
} from './constants';
