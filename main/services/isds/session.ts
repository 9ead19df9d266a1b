import { SoapTransport, type TransportSettings } from '../essl/transport';
import { AccountQueue } from './accountQueue';
import { IsdsClient, type IsdsExchangeHook } from './isdsClient';
import type { IsdsLogin } from './login';

export type IsdsClientFactory = (login: IsdsLogin, queue: AccountQueue) => IsdsClient;

export type IsdsClientTuning = Pick<
  TransportSettings,
  'connectTimeoutMs' | 'responseTimeoutMs' | 'maxResponseBytes' | 'env' | 'userAgent'
> & {
  onExchange?: IsdsExchangeHook;
  busyDelaysMs?: readonly number[];
};

/** Builds clients over the shared SOAP transport (keep-alive, proxy, CA, size cap). */
export function createIsdsClientFactory(tuning: IsdsClientTuning = {}): IsdsClientFactory {
  const { onExchange, busyDelaysMs, ...transport } = tuning;
  return (login, queue) =>
    new IsdsClient({
      transport: new SoapTransport({
        ...transport,
        url: login.baseUrl,
        user: login.username,
        password: login.password,
        clientCertificate: login.certificate,
        caPem: login.caPem,
        proxyUrl: login.proxyUrl,
      }),
      accountKey: login.accountKey,
      queue,
      onExchange,
      busyDelaysMs,
    });
}

/**
 * One client (one keep-alive pool) per box for as long as its login stays the same;
 * a changed address, login or secret gets a new one. All clients share one queue, so
 * two boxes with the same account still never overlap.
 */
export class IsdsSessions {
  private readonly queue = new AccountQueue();
  private readonly clients = new Map<string, { print: string; client: IsdsClient }>();

  constructor(private readonly factory: IsdsClientFactory) {}

  client(boxKey: string, login: IsdsLogin): IsdsClient {
    const print = JSON.stringify([
      login.baseUrl,
      login.username,
      login.password,
      login.accountKey,
      login.certificate?.passphrase ?? null,
      login.caPem,
      login.proxyUrl,
    ]);
    const current = this.clients.get(boxKey);
    if (current?.print === print) return current.client;
    // The old client is not torn down under calls still running: its idle connections close by themselves.
    const client = this.factory(login, this.queue);
    this.clients.set(boxKey, { print, client });
    return client;
  }

  forget(boxKey: string): void {
    this.clients.get(boxKey)?.client.close();
    this.clients.delete(boxKey);
  }

  close(): void {
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
  }
}
