import { decodeResponse, encodeRequest } from '../common/isds/codec';
import { ISDS_LIMITS } from '../common/contract/isds';
import { toWire, fromWire } from '../common/contract/wire';
import type { OutgoingMessage } from '../common/isds/model';
import { loginPaths, operationServices, type OperationName } from '../common/isds/operations';
import { verifyZfo } from '../main/services/isds/zfo/readZfo';
import { rawSoap, type RawSoap } from './rawSoap';

/**
 * The raw floors of the data-box figures, measured in Node against the simulated ISDS:
 * the SOAP requests the app's client sends for the same work, posted one at a time
 * over keep-alive (ISDS answers one request of an account at a time) with nothing
 * decoded.
 */

/** dmStatusCode 0000 in an answer, whatever prefix the server gives the element. */
const STATUS_OK = /dmStatusCode>0000</;
const RECORD = /<(?:[\w-]+:)?dmRecord[\s>]/g;

export interface IsdsLogin {
  username: string;
  password: string;
}

interface DemoIsdsAccounts {
  isds?: Array<{ username?: string; password?: string; role?: string | null }>;
}

/** The login of the demo's box of `role`, as `GET /demo/isds-accounts` serves it. */
export async function demoIsdsLogin(simUrl: string, role: string): Promise<IsdsLogin> {
  const response = await fetch(`${simUrl}/demo/isds-accounts`);
  if (!response.ok) throw new Error(`GET /demo/isds-accounts: HTTP ${response.status}`);
  const body = (await response.json()) as DemoIsdsAccounts;
  const account = body.isds?.find((candidate) => candidate.role === role);
  if (!account?.username || !account.password) throw new Error(`the sim lists no ${role} box`);
  return { username: account.username, password: account.password };
}

/** One box's services (`/DS/dx`, `/DS/dz`, …), each over a keep-alive connection of its own. */
export class RawIsds {
  private readonly services = new Map<string, RawSoap>();

  constructor(
    private readonly simUrl: string,
    private readonly login: IsdsLogin,
  ) {}

  post(op: OperationName, envelope: string): Promise<string> {
    const service = operationServices[op];
    let raw = this.services.get(service);
    if (!raw) {
      raw = rawSoap(`${this.simUrl}${loginPaths.password}/${service}`, this.login, 1);
      this.services.set(service, raw);
    }
    return raw.post(op, envelope);
  }

  get received(): number {
    return [...this.services.values()].reduce((sum, raw) => sum + raw.received, 0);
  }

  close(): void {
    for (const raw of this.services.values()) raw.close();
  }
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

const downloadEnvelope = (dmID: string) => encodeRequest('SignedMessageDownload', { dmID });

/**
 * Each message downloaded once, not timed: the sim makes a message's timestamp on its
 * first download and keeps it, so neither the app nor the floor pays for that.
 */
export async function warmDownloads(raw: RawIsds, dmIDs: ReadonlyArray<string>): Promise<number> {
  const started = performance.now();
  for (const dmID of dmIDs) {
    const answer = await raw.post('SignedMessageDownload', downloadEnvelope(dmID));
    if (!STATUS_OK.test(answer)) throw new Error(`SignedMessageDownload ${dmID} refused`);
  }
  return performance.now() - started;
}

export interface ReceiveFloor {
  ms: number;
  listMs: number;
  /** CPU of this process meanwhile (the simulator answering, and the posting). */
  cpuMs: number;
  pages: number;
  listed: number;
  /** SOAP bytes received. */
  bytes: number;
  /** The download answers, for the diagnostics that follow (not part of the floor). */
  answers: string[];
}

/**
 * What one receive of the box asks ISDS: the list from `from` page by page (as
 * listAll pages it), then every new message signed, one after another.
 */
export async function receiveFloor(
  raw: RawIsds,
  window: { dmFromTime: string; dmStatusFilter: number },
  dmIDs: ReadonlyArray<string>,
): Promise<ReceiveFloor> {
  const limit = ISDS_LIMITS.listLimit;
  const receivedBefore = raw.received;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let pages = 0;
  let listed = 0;
  for (let offset = 1; ; offset += limit) {
    const answer = await raw.post(
      'GetListOfReceivedMessages',
      encodeRequest('GetListOfReceivedMessages', {
        dmFromTime: window.dmFromTime,
        dmToTime: null,
        dmStatusFilter: window.dmStatusFilter,
        dmOffset: offset,
        dmLimit: limit,
        dmRecipientOrgUnitNum: null,
      }),
    );
    pages += 1;
    const records = answer.match(RECORD)?.length ?? 0;
    listed += records;
    if (records < limit) break;
  }
  const listMs = performance.now() - started;
  const answers: string[] = [];
  for (const dmID of dmIDs) {
    const answer = await raw.post('SignedMessageDownload', downloadEnvelope(dmID));
    if (!STATUS_OK.test(answer)) throw new Error(`SignedMessageDownload ${dmID} refused`);
    answers.push(answer);
  }
  return {
    ms: performance.now() - started,
    listMs,
    cpuMs: cpuMs(cpu),
    pages,
    listed,
    bytes: raw.received - receivedBefore,
    answers,
  };
}

/** 1,000 MarkMessageAsDownloaded one by one: what the app's marks cost on their own. */
export async function marksFloor(raw: RawIsds, dmIDs: ReadonlyArray<string>): Promise<number> {
  const envelopes = dmIDs.map((dmID) => encodeRequest('MarkMessageAsDownloaded', { dmID }));
  const started = performance.now();
  for (const envelope of envelopes) {
    const answer = await raw.post('MarkMessageAsDownloaded', envelope);
    if (!STATUS_OK.test(answer)) throw new Error('MarkMessageAsDownloaded refused');
  }
  return performance.now() - started;
}

export interface MainWorkEstimate {
  /** decodeResponse of the download answers, as main's client reads them. */
  decodeMs: number;
  /** verifyZfo of every ZFO, as main's handler checks it. */
  verifyMs: number;
  /** The handler's answer ({zfo, report}) to the wire and back, as the contract carries it. */
  wireMs: number;
  wireBytes: number;
}

/**
 * Not part of any figure: what main does with each download answer besides fetching
 * it, done here over the floor's answers one by one, so the receive's time in main can
 * be split into the line and the work.
 */
export async function mainWorkEstimate(
  answers: ReadonlyArray<string>,
  caPem: string,
): Promise<MainWorkEstimate> {
  const zfos: Uint8Array[] = [];
  let started = performance.now();
  for (const answer of answers) {
    const decoded = decodeResponse('SignedMessageDownload', answer);
    if (!decoded.ok || !decoded.value.data.dmSignature)
      throw new Error('a download answer does not decode');
    zfos.push(decoded.value.data.dmSignature);
  }
  const decodeMs = performance.now() - started;
  started = performance.now();
  const reports = [];
  for (const zfo of zfos) reports.push(await verifyZfo(zfo, { trustAnchors: [caPem] }));
  const verifyMs = performance.now() - started;
  let wireBytes = 0;
  started = performance.now();
  for (const [index, zfo] of zfos.entries()) {
    const text = toWire({ ok: true, value: { zfo, report: reports[index] } });
    wireBytes += text.length;
    fromWire(text);
  }
  return { decodeMs, verifyMs, wireMs: performance.now() - started, wireBytes };
}

/**
 * CreateMessage of the letters the app sent, with the same envelopes and PDFs (encoded
 * before timing).
 */
export function creationEnvelopes(
  envelopes: ReadonlyArray<OutgoingMessage['envelope']>,
  pdfs: ReadonlyArray<Uint8Array>,
): string[] {
  return envelopes.map((envelope, index) => {
    const message: OutgoingMessage = {
      envelope,
      dmOVM: true,
      dmPublishOwnID: null,
      dmType: null,
      files: [
        {
          dmMimeType: 'application/pdf',
          dmFileMetaType: 'main',
          dmFileDescr: `rozhodnuti-${index + 1}.pdf`,
          content: pdfs[index % pdfs.length] as Uint8Array,
        },
      ],
    };
    return encodeRequest('CreateMessage', message);
  });
}

/** CreateMessage one after another, nothing decoded. */
export async function sendFloor(
  raw: RawIsds,
  envelopes: ReadonlyArray<string>,
): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const envelope of envelopes) {
    const answer = await raw.post('CreateMessage', envelope);
    if (!STATUS_OK.test(answer)) throw new Error(`CreateMessage refused: ${answer.slice(0, 400)}`);
  }
  return { ms: performance.now() - started, cpuMs: cpuMs(cpu) };
}
