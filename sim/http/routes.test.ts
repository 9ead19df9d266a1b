import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { acceptsGzip } from './respond';
import { createRouter, type SimService } from './routes';

interface Captured {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

function fakeExchange(method: string): {
  req: IncomingMessage;
  res: ServerResponse;
  captured: Captured;
} {
  const captured: Captured = { status: 0, headers: {}, body: '' };
  const req = { method, headers: {} } as IncomingMessage;
  const res = {
    writeHead(status: number, headers: Record<string, unknown>) {
      captured.status = status;
      captured.headers = headers;
      return this;
    },
    end(body?: Buffer) {
      captured.body = body ? body.toString('utf8') : '';
      return this;
    },
  } as unknown as ServerResponse;
  return { req, res, captured };
}

describe('createRouter', () => {
  const hits: string[] = [];
  const services: SimService[] = [
    {
      name: 'exact',
      routes: [{ path: '/health', methods: { GET: () => void hits.push('health') } }],
    },
    {
      name: 'prefixed',
      routes: [
        {
          path: '/DS/',
          prefix: true,
          methods: { POST: (_req, _res, url) => void hits.push(url.pathname) },
        },
      ],
    },
  ];
  const route = createRouter(services);

  it('matches exact paths and everything below a prefix', async () => {
    for (const [method, path] of [
      ['GET', '/health'],
      ['POST', '/DS'],
      ['POST', '/DS/dz'],
      ['POST', '/DS/df/x'],
    ] as const) {
      const { req, res } = fakeExchange(method);
      await route(req, res, new URL(path, 'http://sim.invalid'));
    }
    expect(hits).toEqual(['health', '/DS', '/DS/dz', '/DS/df/x']);
  });

  it('does not treat a longer name as below a prefix', async () => {
    const { req, res, captured } = fakeExchange('POST');
    await route(req, res, new URL('/DSX', 'http://sim.invalid'));
    expect(captured.status).toBe(404);
    expect(captured.headers['Cache-Control']).toBe('no-store');
  });

  it('answers HEAD with GET’s handler and other methods with 405', async () => {
    const head = fakeExchange('HEAD');
    await route(head.req, head.res, new URL('/health', 'http://sim.invalid'));
    expect(hits.at(-1)).toBe('health');
    const put = fakeExchange('PUT');
    await route(put.req, put.res, new URL('/DS/dz', 'http://sim.invalid'));
    expect(put.captured.status).toBe(405);
    expect(put.captured.headers.Allow).toBe('POST');
    expect(JSON.parse(put.captured.body)).toMatchObject({ error: 'method_not_allowed' });
  });
});

describe('acceptsGzip', () => {
  const withHeader = (value: string | undefined) =>
    ({ headers: { 'accept-encoding': value } }) as IncomingMessage;
  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['deflate', false],
    ['gzip;q=0', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsGzip(withHeader(header))).toBe(expected);
  });
});
