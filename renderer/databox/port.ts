import type { Api } from '../../common/contract/api';
import { syncErrorOf } from '../sync/esslPort';

/** The contract calls the data-box engines make; tests plug in fakes or main's own handlers. */
export const databoxMethods = [
  'isds.boxes',
  'isds.listReceived',
  'isds.listSent',
  'isds.downloadReceived',
  'isds.downloadSent',
  'isds.markDownloaded',
  'isds.stateChanges',
  'isds.deliveryInfo',
  'isds.signedDeliveryInfo',
  'isds.send',
  'zfo.verify',
] as const;
export type DataboxMethodName = (typeof databoxMethods)[number];

export type DataboxPort = Pick<Api, DataboxMethodName>;

/** The port over the renderer's api (bound, so a caller may pass the methods around). */
export function portFromApi(api: Api): DataboxPort {
  return {
    'isds.boxes': (args) => api['isds.boxes'](args),
    'isds.listReceived': (args) => api['isds.listReceived'](args),
    'isds.listSent': (args) => api['isds.listSent'](args),
    'isds.downloadReceived': (args) => api['isds.downloadReceived'](args),
    'isds.downloadSent': (args) => api['isds.downloadSent'](args),
    'isds.markDownloaded': (args) => api['isds.markDownloaded'](args),
    'isds.stateChanges': (args) => api['isds.stateChanges'](args),
    'isds.deliveryInfo': (args) => api['isds.deliveryInfo'](args),
    'isds.signedDeliveryInfo': (args) => api['isds.signedDeliveryInfo'](args),
    'isds.send': (args) => api['isds.send'](args),
    'zfo.verify': (args) => api['zfo.verify'](args),
  };
}

/** A failed ISDS / ZFO call as the engines reason about it. */
export interface DataboxError {
  /** i18n key: `errors.isds.<kind>`, `errors.isds.limits.*`, `errors.zfo.*`, … */
  code: string;
  /** Czech text from main (a fallback when the key has no translation). */
  message: string;
  /** `transport`, `auth`, `busy`, `status`, `malformed`, `invalid`, `config`, or `unexpected`. */
  kind: string;
  retryable: boolean;
  /** dmStatusCode / dbStatusCode when ISDS refused. */
  statusCode: string | null;
  /** ISDS's own words. */
  description: string | null;
  params: Record<string, string | number>;
}

/** Reads any failure of a contract call (the same envelope the eSSL calls use). */
export function databoxErrorOf(error: unknown): DataboxError {
  const { code, message, kind, retryable, statusCode, description, params } = syncErrorOf(error);
  return { code, message, kind, retryable, statusCode, description, params };
}

/**
 * The request may have reached ISDS and done its work although no answer came back:
 * no answer at all, a busy or broken answer, an answer the client could not read.
 */
export function outcomeUnknown(error: DataboxError): boolean {
  return (
    error.kind === 'transport' ||
    error.kind === 'busy' ||
    error.kind === 'malformed' ||
    error.kind === 'invalid' ||
    error.code === 'errors.hostUnreachable'
  );
}

/** Not the message's fault: the box cannot be reached or logged into now. */
export function boxUnavailable(error: DataboxError): boolean {
  return outcomeUnknown(error) || error.kind === 'auth' || error.kind === 'config';
}

/** Thrown inside a run to stop work on one box; the rest of the boxes go on. */
export class BoxStop extends Error {
  constructor(readonly error: DataboxError) {
    super(error.message);
    this.name = 'BoxStop';
  }
}
