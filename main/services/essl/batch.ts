import type {
  EsslDocumentBatchResult,
  EsslProfileBatchResult,
} from '../../../common/contract/essl';
import type { EsslEvent, EsslId, NewDocumentProfile } from '../../../common/erms/model';
import type { EsslClient } from './esslClient';
import { EsslError } from './errors';

/** Parallel profile reads over the keep-alive pool: enough to hide latency, few enough not to burden the eSSL. */
export const PROFILE_CONCURRENCY = 6;

/**
 * A failure after which the next items would fail the same way (the network, a busy
 * server, the login): the batch stops and the caller retries later. A refusal of
 * one item (status, invalid, soap:Client) does not stop the others.
 */
export function stopsBatch(error: EsslError): boolean {
  return error.retryable || error.kind === 'auth' || error.kind === 'config';
}

export type FailureLog = (error: EsslError) => void;

/** DokumentZalozeni for each item, strictly in order (numbers are assigned in that order). */
export async function createDocumentsInOrder(
  client: EsslClient,
  items: ReadonlyArray<{ document: NewDocumentProfile; preceding: EsslEvent[] }>,
  logFailure: FailureLog,
): Promise<EsslDocumentBatchResult> {
  const results: EsslDocumentBatchResult['results'] = [];
  for (const { document, preceding } of items) {
    try {
      results.push({ ok: true, profile: await client.createDocument(document, preceding) });
    } catch (error) {
      if (!(error instanceof EsslError)) throw error;
      logFailure(error);
      results.push({ ok: false, error: error.toBody() });
      if (stopsBatch(error)) break;
    }
  }
  return { results };
}

/** ProfilDokumentuZadost for each id, a few at a time; results in the order of `ids`. */
export async function fetchDocumentProfiles(
  client: EsslClient,
  ids: ReadonlyArray<EsslId>,
  logFailure: FailureLog,
  concurrency = PROFILE_CONCURRENCY,
): Promise<EsslProfileBatchResult> {
  const slots: Array<EsslProfileBatchResult['results'][number] | undefined> = [];
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next < ids.length) {
      const index = next++;
      const id = ids[index] as EsslId;
      try {
        slots[index] = { id, ok: true, profile: await client.documentProfile(id) };
      } catch (error) {
        if (!(error instanceof EsslError)) {
          stopped = true;
          throw error;
        }
        logFailure(error);
        slots[index] = { id, ok: false, error: error.toBody() };
        if (stopsBatch(error)) stopped = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return { results: slots.filter((slot) => slot !== undefined) };
}
