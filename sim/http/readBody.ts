import type { IncomingMessage } from 'node:http';

export type Body = { kind: 'read'; text: string } | { kind: 'tooLarge' } | { kind: 'gone' };

/** The request's body as UTF-8 text, refused past `limit` bytes (declared or sent). */
export function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve({ kind: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (body: Body) => {
      if (done) return;
      done = true;
      resolve(body);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ kind: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ kind: 'read', text: Buffer.concat(chunks).toString('utf8') }));
    // The client went away mid-request: there is no one to answer.
    req.on('close', () => finish({ kind: 'gone' }));
    req.on('error', () => finish({ kind: 'gone' }));
  });
}
