import { ServiceError } from '../../../common/contract/envelope';
import type { DemoSeed } from '../../../common/contract/types';

const SEED_TIMEOUT_MS = 30_000;

/** Fetches the demo municipality's journal from the built-in simulator. */
export async function fetchDemoSeed(simUrl: string): Promise<DemoSeed> {
  let response: Response;
  try {
    response = await fetch(new URL('/demo/seed', simUrl), {
      signal: AbortSignal.timeout(SEED_TIMEOUT_MS),
    });
  } catch (error) {
    throw new ServiceError('errors.demo.unreachable', 'Ukázkové služby neodpovídají.', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (!response.ok) {
    throw new ServiceError('errors.demo.unreachable', 'Ukázkové služby neodpovídají.', {
      detail: `HTTP ${response.status}`,
    });
  }
  const seed = (await response.json()) as DemoSeed;
  if (!seed || !Array.isArray(seed.documents) || !seed.organization) {
    throw new ServiceError('errors.demo.invalid', 'Ukázková data mají neplatný tvar.');
  }
  return seed;
}
