import type { DemoSeed } from '../../common/contract/types';
import { CachedBody, JSON_CONTENT_TYPE } from '../http/respond';
import type { SimService } from '../http/routes';

/**
 * `GET /demo/seed` — the demo municipality's journal, serialised once on first
 * request, with the eSSL's change time up to which it holds everything (where the
 * demo device's first pull starts). Built lazily: the eSSL's state is built then too.
 */
export function createDemoService(seed: DemoSeed, esslCursor?: () => string): SimService {
  let body: CachedBody | null = null;
  return {
    name: 'demo',
    routes: [
      {
        path: '/demo/seed',
        methods: {
          GET: (req, res) => {
            body ??= new CachedBody(
              JSON.stringify(esslCursor ? { ...seed, esslCursor: esslCursor() } : seed),
              JSON_CONTENT_TYPE,
            );
            return body.send(req, res);
          },
        },
      },
    ],
  };
}
