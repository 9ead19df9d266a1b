import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { readBody } from '../http/readBody';
import { createFaultPlan, type FaultSettings } from '../essl/faults';
import type { SimLogger } from '../http/logger';
import { sendError, sendJson } from '../http/respond';
import type { Route, SimService } from '../http/routes';
import {
  ensureCertificates,
  loadIsdsLogins,
  type IsdsAccount,
  type IsdsCertificate,
  type IsdsLogins,
} from './accounts';
import { seedBoxes } from './boxes';
import { createIsdsClock, DAY_MS, type IsdsClock } from './clock';
import { buildIsdsCore } from './core';
import { createIsdsEndpoint, type IsdsExchangeHook, type IsdsHoldHook } from './endpoint';
import type { IsdsCore } from './handlers';
import { InjectError, injectMessages, type DeliverSpec } from './inject';
import { isdsLog, resolveClockOffset } from './persistence';
import { openSealAuthority, type SealAuthority } from './seal';
import type { TlsMaterial } from './tlsListener';
import { verifiedClientCert } from './tlsListener';
import type { SimBox, SimMessage } from './types';
import { isoTime } from './views';
import { loginPaths } from '../../common/isds/operations';

export interface IsdsServiceOptions {
  dataDir: string | null;
  /** The demo's "today": ISDS's clock starts there and the seeded history ends there. */
  today: Date;
  seed: number;
  logger: SimLogger;
  faults?: FaultSettings | null;
  onExchange?: IsdsExchangeHook;
  hold?: IsdsHoldHook;
  slowMs?: number;
  /** The real clock by default. */
  realNow?: () => number;
}

/** In-process access for tests and inspection (a real ISDS has no such door). */
export interface IsdsInspector {
  boxes(): SimBox[];
  /** Copies, in the order of their IDs. */
  messages(): SimMessage[];
  accounts(): IsdsAccount[];
  /** The demo's client certificates (made on first demand). */
  certificates(): Promise<IsdsCertificate[]>;
  /** The root of the sim's seals, timestamps and TLS certificates. */
  caCertPem(): Promise<string>;
  now(): Date;
  /** Moves ISDS's clock forward; messages whose ten days pass are delivered by fiction. */
  advanceClock(days: number): Promise<Date>;
  /** Delivers new messages into a box now; their IDs. */
  deliver(spec?: DeliverSpec): Promise<string[]>;
}

export interface IsdsSim {
  /** Routes of the sim's HTTP port: `/DS/…`, admin and demo. */
  service: SimService;
  /** Routes of the TLS port: every login path. */
  tlsService: SimService;
  tlsMaterial(): Promise<TlsMaterial>;
  inspect: IsdsInspector;
  setFaults(settings: FaultSettings | null): void;
  /** Where the sim is reachable, for `/demo/isds-accounts` (set once both ports listen). */
  setUrls(urls: { url: string; tlsUrl: string }): void;
  close(): Promise<void>;
}

const clockBody = z.union([
  z.object({ advanceDays: z.number().min(0).max(3650) }).strict(),
  z.object({ now: z.string().datetime({ offset: true }) }).strict(),
]);

const deliverBody = z
  .object({
    to: z.string().max(200).optional(),
    from: z.string().max(200).optional(),
    count: z.number().int().optional(),
    attachments: z.number().int().optional(),
    size: z.number().int().optional(),
    subject: z.string().min(1).max(255).optional(),
  })
  .strict();

function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address.startsWith('::ffff:127.');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, 1024 * 1024);
  if (body.kind !== 'read') return undefined;
  if (body.text.trim() === '') return {};
  try {
    return JSON.parse(body.text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The simulated ISDS: its SOAP services, the demo's logins and the admin door tests and
 * the benchmark use. The state is built on first use (a request, a look), not at start.
 */
export async function createIsdsService(options: IsdsServiceOptions): Promise<IsdsSim> {
  const boxes = seedBoxes();
  const realNow = options.realNow ?? Date.now;
  const offset = await resolveClockOffset(options.dataDir, options.today.getTime() - realNow());
  const clock: IsdsClock = createIsdsClock(offset, realNow);
  const logins: IsdsLogins = await loadIsdsLogins(options.dataDir, boxes);
  let seal: Promise<SealAuthority> | null = null;
  const sealOf = () => (seal ??= openSealAuthority({ dataDir: options.dataDir }));
  let certificates: Promise<void> | null = null;
  const certificatesOf = () =>
    (certificates ??= sealOf().then((authority) =>
      ensureCertificates(options.dataDir, logins, boxes, (name) => authority.issueClientCert(name)),
    ));
  let core: IsdsCore | null = null;
  const coreOf = () =>
    (core ??= buildIsdsCore({
      boxes,
      today: options.today,
      seed: options.seed,
      clock,
      dataDir: options.dataDir,
      seal: sealOf,
      logger: options.logger,
    }));
  const log = isdsLog(options.dataDir);
  const faults = createFaultPlan(options.faults ?? null);
  let caPem: string | null = null;
  let urls: { url: string; tlsUrl: string } | null = null;

  const endpoint = createIsdsEndpoint({
    core: async () => coreOf(),
    logins: () => logins,
    fingerprint: (req) => {
      if (!caPem) return null;
      const certificate = verifiedClientCert(req, caPem);
      return certificate ? certificate.fingerprint256.replace(/:/g, '').toLowerCase() : null;
    },
    log,
    faults,
    logger: options.logger,
    onExchange: options.onExchange,
    hold: options.hold,
    slowMs: options.slowMs,
  });

  const append = async () => {
    await log.append(coreOf().store.drain());
  };

  const advance = async (change: { advanceDays: number } | { now: string }): Promise<Date> => {
    const { store } = coreOf();
    if ('advanceDays' in change) clock.advance(change.advanceDays * DAY_MS);
    else clock.moveTo(Date.parse(change.now));
    store.noteClock(clock.offset());
    store.settle(clock.now());
    await append();
    return new Date(clock.now());
  };

  const deliver = async (spec: DeliverSpec): Promise<string[]> => {
    const ids = injectMessages(coreOf().store, spec, clock.now());
    await append();
    return ids;
  };

  const demoAccounts = async () => {
    await certificatesOf();
    const authority = await sealOf();
    return {
      isds: logins.accounts.map((account) => ({
        ...account,
        role: boxes.find((box) => box.dbID === account.dbID)?.role ?? null,
      })),
      isdsCertificates: logins.certificates,
      isdsCaCertPem: authority.caCertPem,
      isdsUrls: urls
        ? {
            password: urls.url,
            certificate: urls.tlsUrl,
            paths: loginPaths,
          }
        : null,
    };
  };

  const admin = (
    handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  ): ((req: IncomingMessage, res: ServerResponse) => Promise<void>) => {
    return async (req, res) => {
      if (!isLoopback(req)) {
        sendError(req, res, 403, 'forbidden', 'Správa simulátoru ISDS je jen z tohoto počítače.');
        return;
      }
      await handler(req, res);
    };
  };

  /**
   * An admin POST: its JSON body checked against `body`, then `run`'s answer sent back;
   * a body that does not fit (answered with `usage`) or a `refused` error is a 400.
   */
  const adminPost = <S extends z.ZodType>(
    body: S,
    usage: string,
    refused: abstract new (...args: never[]) => Error,
    run: (input: z.output<S>) => Promise<unknown>,
  ) =>
    admin(async (req, res) => {
      const parsed = body.safeParse(await readJson(req));
      if (!parsed.success) {
        sendError(req, res, 400, 'bad_request', usage);
        return;
      }
      try {
        sendJson(req, res, 200, await run(parsed.data));
      } catch (error) {
        if (!(error instanceof refused)) throw error;
        sendError(req, res, 400, 'bad_request', error.message);
      }
    });

  const adminRoutes: Route[] = [
    {
      path: '/isds-admin/clock',
      methods: {
        GET: admin(async (req, res) => {
          coreOf();
          sendJson(req, res, 200, { now: isoTime(clock.now()) });
        }),
        POST: adminPost(
          clockBody,
          'Zadejte {"advanceDays": N} nebo {"now": "ISO čas"}.',
          RangeError,
          async (input) => ({ now: (await advance(input)).toISOString() }),
        ),
      },
    },
    {
      path: '/isds-admin/deliver',
      methods: {
        POST: adminPost(
          deliverBody,
          'Zadejte {"to", "from", "count", "attachments", "size", "subject"} (vše nepovinné).',
          InjectError,
          async (input) => ({ dmIDs: await deliver(input) }),
        ),
      },
    },
    {
      path: '/isds-admin/boxes',
      methods: {
        GET: admin(async (req, res) => {
          const { store } = coreOf();
          store.settle(clock.now());
          sendJson(req, res, 200, {
            now: isoTime(clock.now()),
            boxes: [...store.boxes.values()].map((box) => ({
              ...box,
              received: store.receivedBy(box.dbID).length,
              waiting: store.receivedBy(box.dbID).filter((m) => m.state === 4).length,
              sent: store.sentBy(box.dbID).length,
            })),
          });
        }),
      },
    },
    {
      path: '/demo/isds-accounts',
      methods: {
        GET: async (req, res) => sendJson(req, res, 200, await demoAccounts()),
      },
    },
  ];

  const soapRoute = (prefix: string): Route => ({
    path: prefix,
    prefix: true,
    methods: { POST: endpoint.handle },
  });

  const service: SimService = {
    name: 'isds',
    routes: [soapRoute(loginPaths.password), ...adminRoutes],
  };
  const tlsService: SimService = {
    name: 'isds-tls',
    routes: Object.values(loginPaths).map(soapRoute),
  };

  const inspect: IsdsInspector = {
    boxes: () => [...coreOf().store.boxes.values()].map((box) => ({ ...box })),
    messages: () => {
      const { store } = coreOf();
      store.settle(clock.now());
      return [...store.messages.values()]
        .sort((a, b) => Number(a.dmID) - Number(b.dmID))
        .map((message) => structuredClone(message));
    },
    accounts: () => logins.accounts.map((account) => ({ ...account })),
    certificates: async () => {
      await certificatesOf();
      return logins.certificates.map((cert) => ({ ...cert, boxes: [...cert.boxes] }));
    },
    caCertPem: async () => (await sealOf()).caCertPem,
    now: () => {
      coreOf();
      return new Date(clock.now());
    },
    advanceClock: (days) => advance({ advanceDays: days }),
    deliver: (spec = {}) => deliver(spec),
  };

  return {
    service,
    tlsService,
    async tlsMaterial() {
      const authority = await sealOf();
      await certificatesOf();
      caPem = authority.caCertPem;
      const issued = await authority.issueTlsServerCert(['localhost', '127.0.0.1', '::1']);
      return { keyPem: issued.keyPem, certPem: issued.certPem, caPem: authority.caCertPem };
    },
    inspect,
    setFaults: (settings) => faults.set(settings),
    setUrls: (next) => {
      urls = next;
    },
    async close() {
      endpoint.close();
      // Keys and certificates made on first need are written to the data dir: let that
      // finish, so whoever removes the dir after close() does not race the writes.
      await Promise.allSettled([seal, certificates]);
      await log.close();
    },
  };
}
