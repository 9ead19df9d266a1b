/**
 * The conversion register as a service of the simulator's router (docs/conversion.md,
 * "Conversion register protocol"):
 * - `POST /conversion-register/v1/records` with a RegisterRequest → 201 `{number, registeredAt}`,
 *   200 with the same for a repeated `requestId`, 422/409 `{code, message}` (Czech);
 * - `GET /conversion-register/v1/records?year=YYYY` → `{records}` (tests and admin);
 * - `POST /conversion-register-admin/mode` `{mode, message?}` (loopback only) switches it
 *   up, down (503) or to answering errors (500 with the Czech `message`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http/readBody';
import { sendJson } from '../http/respond';
import type { SimService } from '../http/routes';
import {
  createConversionRegister,
  REGISTER_MODES,
  type ConversionRegisterOptions,
  type RegisterMode,
  type SimConversionRegister,
} from './register';

/** A RegisterRequest is well under 2 kB. */
const MAX_REQUEST_BYTES = 64 * 1024;

export const RECORDS_PATH = '/conversion-register/v1/records';
export const MODE_PATH = '/conversion-register-admin/mode';

export interface ConversionRegisterService {
  service: SimService;
  register: SimConversionRegister;
}

function fail(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
) {
  sendJson(req, res, status, { code, message });
}

type JsonBody = { ok: true; value: unknown } | { ok: false; status: number; message: string };

async function readJson(req: IncomingMessage): Promise<JsonBody> {
  const body = await readBody(req, MAX_REQUEST_BYTES);
  if (body.kind === 'tooLarge')
    return { ok: false, status: 413, message: 'Žádost pro evidenci konverzí je příliš velká.' };
  if (body.kind === 'gone') return { ok: false, status: 400, message: 'Žádost nedošla celá.' };
  try {
    return { ok: true, value: JSON.parse(body.text) as unknown };
  } catch {
    return { ok: false, status: 422, message: 'Neplatná žádost: tělo žádosti není JSON.' };
  }
}

function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address.startsWith('::ffff:127.');
}

function isMode(value: unknown): value is RegisterMode {
  return typeof value === 'string' && (REGISTER_MODES as readonly string[]).includes(value);
}

export function createConversionRegisterService(
  options: ConversionRegisterOptions,
): ConversionRegisterService {
  const register = createConversionRegister(options);

  const create = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readJson(req);
    if (!body.ok) {
      fail(req, res, body.status, 'invalidRequest', body.message);
      return;
    }
    const reply = await register.register(body.value);
    sendJson(req, res, reply.status, reply.body);
  };

  const list = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const text = url.searchParams.get('year');
    const year = text === null ? null : Number(text);
    if (year !== null && !(/^\d{4}$/.test(text ?? '') && year >= 1900)) {
      fail(req, res, 422, 'invalidYear', 'Rok musí být čtyřmístné číslo, např. 2026.');
      return;
    }
    sendJson(req, res, 200, { records: register.records(year) });
  };

  const setMode = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isLoopback(req)) {
      fail(req, res, 403, 'forbidden', 'Správa simulátoru je dostupná jen z tohoto počítače.');
      return;
    }
    const body = await readJson(req);
    const value = body.ok ? (body.value as { mode?: unknown; message?: unknown } | null) : null;
    const mode = value?.mode;
    const message = value?.message;
    if (!isMode(mode) || (message !== undefined && typeof message !== 'string')) {
      fail(
        req,
        res,
        400,
        'badMode',
        `Režim musí být jeden z: ${REGISTER_MODES.join(', ')} (a zpráva, je-li, text).`,
      );
      return;
    }
    register.setMode(mode, message ?? null);
    sendJson(req, res, 200, { mode });
  };

  return {
    register,
    service: {
      name: 'conversionRegister',
      routes: [
        { path: RECORDS_PATH, methods: { POST: create, GET: list } },
        { path: MODE_PATH, methods: { POST: setMode } },
      ],
    },
  };
}
