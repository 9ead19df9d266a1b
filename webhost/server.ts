import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Handlers } from '../common/contract/api';
import type { EventName, EventPayload } from '../common/contract/events';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER } from '../common/contract/http';
import type { AppConfig, AppInfo } from '../common/contract/types';
import { toWire } from '../common/contract/wire';
import { ConfigStore } from '../main/services/config/configStore';
import { createServiceHandlers, type EventSink } from '../main/services/handlers';
import { createFileLogger, type Logger } from '../main/services/log/logger';
import { createPdfService, type PdfService } from '../main/services/pdf';
import { createBrowserPlatformHandlers } from './browserPlatform';
import { handleApiCall } from './apiRoute';
import { RefusingCredentialStore } from './refusingCredentials';
import { securityHeaders, serveStatic } from './staticFiles';

export interface WebhostOptions {
  port?: number;
  host?: string;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  assetsDir: string;
  /** Configuration and logs of this host. */
  dataDir: string;
  /** Base URL of the simulator when running the demo. */
  simUrl: string | null;
  version: string;
  /** Deployment overrides of the configuration (e.g. the demo switch). */
  configOverrides?: Partial<AppConfig>;
  /** Extra static folders (the benchmark page), served under their prefix. */
  extraStatic?: ReadonlyArray<{ prefix: string; dir: string }>;
  logger?: Logger;
  /** Replaces the PDF service (tests watch whether a call reached it). */
  pdf?: PdfService;
}

export interface Webhost {
  url: string;
  port: number;
  token: string;
  handlers: Handlers;
  close(): Promise<void>;
}

/**
 * Runs main's services in plain Node and serves the renderer to a browser, speaking
 * the contract over HTTP and a WebSocket — for `npm start` where Electron's runtime
 * is missing, and for the browser tests. Loopback only; every API call must carry
 * the per-run token from the served page and come from the page's own origin.
 */
export async function startWebhost(options: WebhostOptions): Promise<Webhost> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? createFileLogger(join(options.dataDir, 'logs', 'webhost.log'));
  const token = randomBytes(24).toString('hex');
  const sockets = new Set<WebSocket>();
  const events: EventSink = {
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      const message = toWire({ event, payload });
      for (const socket of sockets) socket.send(message);
    },
  };

  const config = new ConfigStore(
    join(options.dataDir, 'config.json'),
    logger,
    options.configOverrides ?? {},
  );
  const info: AppInfo = {
    version: options.version,
    platform: 'web',
    demo: (await config.get()).mode === 'demo' && options.simUrl !== null,
    dataDir: options.dataDir,
    simUrl: options.simUrl,
  };
  const handlers: Handlers = {
    ...createServiceHandlers({
      info,
      config,
      credentials: new RefusingCredentialStore(),
      pdf: options.pdf ?? createPdfService({ assetsDir: options.assetsDir }),
      logger,
      events,
    }),
    ...createBrowserPlatformHandlers(),
  };

  let origin = '';
  const allowedHosts = new Set<string>();
  const fromOwnPage = (request: IncomingMessage): boolean => {
    // Host and Origin checks stop other local pages and DNS rebinding from using the API.
    if (!allowedHosts.has(request.headers.host ?? '')) return false;
    const requestOrigin = request.headers.origin;
    return (
      requestOrigin === undefined ||
      requestOrigin === origin ||
      requestOrigin === origin.replace('127.0.0.1', 'localhost')
    );
  };

  const staticRoots = [...(options.extraStatic ?? []), { prefix: '/', dir: options.rendererDir }];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (url.pathname.startsWith(API_PREFIX)) {
      if (!fromOwnPage(request) || request.headers[TOKEN_HEADER.toLowerCase()] !== token) {
        logger.warn('webhost: refused API call', {
          path: url.pathname.slice(0, 100),
          origin: request.headers.origin ?? '',
        });
        response.writeHead(403, {
          ...securityHeaders,
          'Content-Type': 'text/plain; charset=utf-8',
        });
        response.end('Zakázáno');
        return;
      }
      void handleApiCall(
        request,
        response,
        url.pathname.slice(API_PREFIX.length),
        handlers,
        logger,
      ).catch((error: unknown) => {
        logger.error('webhost: API failure', { error: String(error) });
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, securityHeaders);
      response.end();
      return;
    }
    void serveStatic(response, staticRoots, url.pathname, token);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (
      url.pathname !== EVENTS_PATH ||
      url.searchParams.get('token') !== token ||
      !fromOwnPage(request)
    ) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host}:${port}`;
  allowedHosts.add(`${host}:${port}`).add(`localhost:${port}`);
  logger.info('webhost: listening', { url: origin });

  return {
    url: origin,
    port,
    token,
    handlers,
    close: async () => {
      for (const socket of sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
