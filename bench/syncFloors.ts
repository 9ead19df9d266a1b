import { randomBytes } from 'node:crypto';
import { decodeResponse, encodeRequest } from '../common/erms/codec';
import { makePid } from '../common/domain/pid';
import type { AssignedEntry, NewDocumentProfile, Route } from '../common/erms/model';
import { inPool, type RawSoap } from './rawSoap';

/**
 * The raw floors of the sync figures, measured in Node against the simulator: the same
 * SOAP requests the app's client sends, posted over keep-alive with nothing decoded
 * but what paging needs.
 */

const ROUTE: Route = { source: 'URADOVNA', target: 'ESSL' };
/** The pull's page (renderer/sync/pull/pullChanges.ts PAGE_SIZE, the schema's maximum). */
export const PULL_PAGE = 100;
/** Parallel profile reads (main/services/essl/batch.ts PROFILE_CONCURRENCY). */
export const PROFILE_CONCURRENCY = 6;
/** OperaceStatus Kod 0000 in an answer, whatever prefix the server gives the element. */
const STATUS_OK = /Kod>0000</;

const authOf = (user: string) => ({ user, at: new Date().toISOString() });

export interface PullFloor {
  ms: number;
  /** CPU of this process meanwhile (the simulator answering, and the posting). */
  cpuMs: number;
  pages: number;
  documents: number;
  caseFiles: number;
  /** SOAP bytes received. */
  bytes: number;
  /** Not part of the floor: decoding every profile answer the way the client does. */
  decodeMs: number;
}

type ProfileOp = 'ProfilDokumentuZadost' | 'ProfilSpisuZadost';

/**
 * Before anything is timed: the sim builds its state on the first call, and one page
 * with its profiles warms its codec, so neither the app nor the floor pays for that.
 */
export async function warmUp(raw: RawSoap, user: string): Promise<void> {
  const listed = decodeResponse(
    'PrideleneSeznam',
    await raw.post(
      'PrideleneSeznam',
      encodeRequest('PrideleneSeznam', ROUTE, {
        query: { kind: 'document', changedSince: null, from: 1, count: PULL_PAGE },
        auth: authOf(user),
      }),
    ),
  );
  if (!listed.ok) throw new Error('the sim does not list documents');
  await inPool(listed.value.entries, PROFILE_CONCURRENCY, async (entry) => {
    await raw.post(
      'ProfilDokumentuZadost',
      encodeRequest('ProfilDokumentuZadost', ROUTE, { id: entry.id, auth: authOf(user) }),
    );
  });
}

/**
 * PrideleneSeznam page by page (odZaznamu paging), each page's profiles 6 at a time —
 * the requests of an initial pull, in the same rhythm, without storing anything.
 */
export async function pullFloor(raw: RawSoap, user: string): Promise<PullFloor> {
  const answers: Array<[ProfileOp, string]> = [];
  const receivedBefore = raw.received;
  let pages = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let from = 1; ; from += PULL_PAGE) {
    const listXml = await raw.post(
      'PrideleneSeznam',
      encodeRequest('PrideleneSeznam', ROUTE, {
        query: { kind: null, changedSince: null, from, count: PULL_PAGE },
        auth: authOf(user),
      }),
    );
    pages += 1;
    // The list is the one answer that must be read: it names the profiles to ask for.
    const listed = decodeResponse('PrideleneSeznam', listXml);
    if (!listed.ok || listed.value.status.code !== '0000')
      throw new Error(`PrideleneSeznam from ${from} failed`);
    const entries: AssignedEntry[] = listed.value.entries;
    await inPool(entries, PROFILE_CONCURRENCY, async (entry) => {
      const op: ProfileOp =
        entry.kind === 'document' ? 'ProfilDokumentuZadost' : 'ProfilSpisuZadost';
      const answer = await raw.post(
        op,
        encodeRequest(op, ROUTE, { id: entry.id, auth: authOf(user) }),
      );
      if (!STATUS_OK.test(answer)) throw new Error(`${op} ${entry.id.value} refused`);
      answers.push([op, answer]);
    });
    if (entries.length < PULL_PAGE) break;
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);

  const decodeStarted = performance.now();
  for (const [op, answer] of answers) {
    if (!decodeResponse(op, answer).ok) throw new Error(`${op} answer does not decode`);
  }
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    pages,
    documents: answers.filter(([op]) => op === 'ProfilDokumentuZadost').length,
    caseFiles: answers.filter(([op]) => op === 'ProfilSpisuZadost').length,
    bytes: raw.received - receivedBefore,
    decodeMs: performance.now() - decodeStarted,
  };
}

/** The same letter under a new PID (same originator prefix), for the eSSL to number itself. */
function freshCopy(document: NewDocumentProfile): NewDocumentProfile {
  const prefix = document.id.value.slice(0, -8);
  return {
    ...document,
    id: { value: makePid(prefix, randomBytes(7)), source: document.id.source },
    numbers: null,
  };
}

export function creationEnvelopes(
  documents: ReadonlyArray<NewDocumentProfile>,
  user: string,
): string[] {
  return documents.map((document) =>
    encodeRequest('DokumentZalozeni', ROUTE, {
      preceding: [],
      document: freshCopy(document),
      auth: authOf(user),
    }),
  );
}

/** DokumentZalozeni one after another (numbers are given in order), nothing decoded. */
export async function pushFloor(raw: RawSoap, envelopes: ReadonlyArray<string>): Promise<number> {
  const started = performance.now();
  for (const envelope of envelopes) {
    const answer = await raw.post('DokumentZalozeni', envelope);
    if (!STATUS_OK.test(answer))
      throw new Error(`DokumentZalozeni refused: ${answer.slice(0, 400)}`);
  }
  return performance.now() - started;
}
