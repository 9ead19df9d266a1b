import { EsslClient, type ExchangeHook } from './esslClient';
import { resolveConnection, type ConnectionSources, type EsslConnection } from './connection';
import { SoapTransport, type TransportSettings } from './transport';

export type ClientFactory = (connection: EsslConnection) => EsslClient;

export type ClientTuning = Pick<
  TransportSettings,
  'connectTimeoutMs' | 'responseTimeoutMs' | 'maxResponseBytes' | 'env' | 'userAgent'
> & { onExchange?: ExchangeHook };

export function createClientFactory(tuning: ClientTuning = {}): ClientFactory {
  const { onExchange, ...transport } = tuning;
  return (connection) =>
    new EsslClient({
      transport: new SoapTransport({
        ...transport,
        url: connection.url,
        user: connection.user,
        password: connection.password,
        caPem: connection.caPem,
        proxyUrl: connection.proxyUrl,
      }),
      user: connection.user,
      systemCode: connection.systemCode,
      onExchange,
    });
}

/**
 * One client (and so one keep-alive pool) for as long as the connection settings stay
 * the same; a changed address, login, password, CA or proxy gets a new one. The old
 * one is not torn down under calls still running: its idle connections close by
 * themselves within seconds.
 */
export class EsslSession {
  private current: { connection: EsslConnection; client: EsslClient } | null = null;

  constructor(
    private readonly sources: ConnectionSources,
    private readonly factory: ClientFactory,
  ) {}

  async client(): Promise<{ client: EsslClient; connection: EsslConnection }> {
    const connection = await resolveConnection(this.sources);
    if (!this.current || !sameConnection(this.current.connection, connection))
      this.current = { connection, client: this.factory(connection) };
    return this.current;
  }

  close(): void {
    this.current?.client.close();
    this.current = null;
  }
}

function sameConnection(a: EsslConnection, b: EsslConnection): boolean {
  return (
    a.url === b.url &&
    a.user === b.user &&
    a.password === b.password &&
    a.systemCode === b.systemCode &&
    a.caPem === b.caPem &&
    a.proxyUrl === b.proxyUrl &&
    a.demo === b.demo
  );
}
