import { Agent, request } from 'node:http';

/**
 * The floor of the sync figures: SOAP envelopes posted straight to the simulator's
 * `/erms` over keep-alive, with nothing around them — no contract hop, no axios, no
 * decoding of the answer. What a client cannot go below on this machine.
 */
export interface RawSoap {
  /** Posts one envelope; resolves with the answer's text, rejects on anything but HTTP 200. */
  post(action: string, envelope: string): Promise<string>;
  /** Bytes received so far (answers only). */
  readonly received: number;
  close(): void;
}

export interface EsslLogin {
  username: string;
  password: string;
}

/** The demo's first eSSL login, as `GET /demo/accounts` serves it (the clerk). */
export async function demoLogin(simUrl: string): Promise<EsslLogin> {
  const response = await fetch(`${simUrl}/demo/accounts`);
  if (!response.ok) throw new Error(`GET /demo/accounts: HTTP ${response.status}`);
  const body = (await response.json()) as { essl?: Array<Partial<EsslLogin>> };
  const first = body.essl?.[0];
  if (!first?.username || !first.password) throw new Error('the sim lists no eSSL account');
  return { username: first.username, password: first.password };
}

export function rawSoap(endpoint: string, login: EsslLogin, sockets: number): RawSoap {
  const url = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const authorization = `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`;
  let received = 0;
  const post = (action: string, envelope: string) =>
    new Promise<string>((resolve, reject) => {
      const body = Buffer.from(envelope, 'utf8');
      const outgoing = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'Content-Type': 'text/xml; charset=utf-8',
            'Content-Length': body.length,
            SOAPAction: `"${action}"`,
            Authorization: authorization,
          },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('error', reject);
          answer.on('end', () => {
            const bytes = Buffer.concat(chunks);
            received += bytes.length;
            if (answer.statusCode !== 200)
              reject(new Error(`${action}: HTTP ${answer.statusCode ?? '?'}`));
            else resolve(bytes.toString('utf8'));
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  return {
    post,
    get received() {
      return received;
    },
    close: () => agent.destroy(),
  };
}

/** Runs `work` over `items` with at most `limit` at a time (the client's profile pool). */
export async function inPool<T>(
  items: ReadonlyArray<T>,
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
