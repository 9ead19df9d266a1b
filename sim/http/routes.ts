import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './respond';

export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) => void | Promise<void>;

export interface Route {
  /** Exact path, or with `prefix` every path below it (`/erms`, `/DS/`). */
  path: string;
  prefix?: boolean;
  /** Handlers by HTTP method; HEAD is answered by GET's handler. */
  methods: Partial<Record<string, RouteHandler>>;
}

/**
 * One simulated service (health, demo, later the eSSL at `/erms`, ISDS at `/DS/…`, the
 * conversion register, the timestamp authority, the update feed): its own module,
 * contributing routes to the one table.
 */
export interface SimService {
  name: string;
  routes: ReadonlyArray<Route>;
}

function matches(route: Route, path: string): boolean {
  if (!route.prefix) return route.path === path;
  const base = route.path.endsWith('/') ? route.path.slice(0, -1) : route.path;
  return path === base || path.startsWith(`${base}/`);
}

/** Dispatches a request to the first matching route; 404 and 405 otherwise. */
export function createRouter(services: ReadonlyArray<SimService>) {
  const routes = services.flatMap((service) => service.routes);
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const route = routes.find((candidate) => matches(candidate, url.pathname));
    if (!route) {
      sendError(req, res, 404, 'not_found', `Simulátor nezná adresu ${url.pathname}.`);
      return;
    }
    const method = req.method ?? 'GET';
    const handler = route.methods[method] ?? (method === 'HEAD' ? route.methods.GET : undefined);
    if (!handler) {
      const allowed = Object.keys(route.methods);
      if (allowed.includes('GET')) allowed.push('HEAD');
      sendError(
        req,
        res,
        405,
        'method_not_allowed',
        `Metoda ${method} není na adrese ${url.pathname} povolena (povoleno: ${allowed.join(', ')}).`,
        { Allow: allowed.join(', ') },
      );
      return;
    }
    await handler(req, res, url);
  };
}
