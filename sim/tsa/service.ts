/**
 * The timestamp authority as a service of the simulator's router: `POST /tsa` (RFC 3161
 * over HTTP, RFC 3161 §3.4) and `POST /tsa-admin/mode` with `{"mode": "down"}` (and the
 * other TSA_MODES) for tests and demos of a failing authority.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadOrCreateAuthority } from '../isds/seal/authority';
import { readBody } from '../http/readBody';
import { BASE_HEADERS, sendError, sendJson } from '../http/respond';
import type { SimService } from '../http/routes';
import {
  createTimestampAuthority,
  TSA_MODES,
  type SimTimestampAuthority,
  type TsaMode,
} from './authority';
import { issueDemoSigningCertificate, type DemoSigningCertificate } from './demoSigner';

/** A TimeStampReq is ~100 bytes; anything near this is not one. */
const MAX_REQUEST_BYTES = 16 * 1024;

export interface TsaService {
  service: SimService;
  authority: SimTimestampAuthority;
}

function readBytes(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Buffer | null) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => finish(Buffer.concat(chunks)));
    req.on('close', () => finish(null));
    req.on('error', () => finish(null));
  });
}

function isMode(value: unknown): value is TsaMode {
  return typeof value === 'string' && (TSA_MODES as readonly string[]).includes(value);
}

/** The demo's mayor: the signer the demo municipality's letters name. */
export const DEMO_MAYOR_NAME = 'Ing. Jaroslav Novotný';

/**
 * The TSA of the simulator whose CA lives in `dataDir` (a fresh one in memory when null),
 * and `GET /demo/signing-certificate`: the demo mayor's PKCS#12 with its password, so the
 * demo can sign letters the way a mayor with a real certificate file does.
 */
export function createTsaService(options: { dataDir: string | null }): TsaService {
  let ca: ReturnType<typeof loadOrCreateAuthority> | null = null;
  const caAuthority = () => (ca ??= loadOrCreateAuthority(options.dataDir));
  const authority = createTimestampAuthority({
    signer: async () => (await caAuthority()).tsa,
  });
  let demoCertificate: Promise<DemoSigningCertificate> | null = null;

  const stamp = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBytes(req, MAX_REQUEST_BYTES);
    if (!body) {
      sendError(req, res, 413, 'too_large', 'Žádost o časové razítko je příliš velká.');
      return;
    }
    const reply = await authority.handle(body);
    res.writeHead(reply.status, {
      ...BASE_HEADERS,
      'Content-Type': reply.contentType,
      'Content-Length': reply.body.length,
    });
    res.end(reply.body);
  };

  const setMode = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, 1024);
    let mode: unknown = null;
    if (body.kind === 'read')
      try {
        mode = (JSON.parse(body.text) as { mode?: unknown }).mode;
      } catch {
        mode = null;
      }
    if (!isMode(mode)) {
      sendError(req, res, 400, 'bad_mode', `Režim musí být jeden z: ${TSA_MODES.join(', ')}.`);
      return;
    }
    authority.setMode(mode);
    sendJson(req, res, 200, { mode });
  };

  const demoSigner = async (req: IncomingMessage, res: ServerResponse) => {
    demoCertificate ??= caAuthority().then((loaded) =>
      issueDemoSigningCertificate(loaded, DEMO_MAYOR_NAME),
    );
    const issued = await demoCertificate;
    sendJson(req, res, 200, {
      name: DEMO_MAYOR_NAME,
      pkcs12: Buffer.from(issued.p12).toString('base64'),
      password: issued.password,
      caPem: issued.caPem,
    });
  };

  return {
    authority,
    service: {
      name: 'tsa',
      routes: [
        { path: '/demo/signing-certificate', methods: { GET: demoSigner } },
        { path: '/tsa', methods: { POST: stamp } },
        { path: '/tsa-admin/mode', methods: { POST: setMode } },
      ],
    },
  };
}
