import type { DemoSeed } from '../../common/contract/types';
import { CachedBody, JSON_CONTENT_TYPE } from '../http/respond';
import type { SimService } from '../http/routes';

/** `GET /demo/seed` — the demo municipality's journal, serialised once at start. */
export function createDemoService(seed: DemoSeed): SimService {
  const body = new CachedBody(JSON.stringify(seed), JSON_CONTENT_TYPE);
  return {
    name: 'demo',
    routes: [{ path: '/demo/seed', methods: { GET: (req, res) => body.send(req, res) } }],
  };
}
