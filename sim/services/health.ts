import { sendJson } from '../http/respond';
import type { SimService } from '../http/routes';
import { SIM_SERVICE_NAME } from '../version';

export interface HealthInfo {
  version: string;
  startedAt: string;
  /** Names of the other services mounted on this sim. */
  services: ReadonlyArray<string>;
}

/** `GET /health` — what a client probes before it trusts the sim. */
export function createHealthService(info: HealthInfo): SimService {
  const body = {
    status: 'ok',
    service: SIM_SERVICE_NAME,
    version: info.version,
    startedAt: info.startedAt,
    services: [...info.services],
  };
  return {
    name: 'health',
    routes: [{ path: '/health', methods: { GET: (req, res) => sendJson(req, res, 200, body) } }],
  };
}
