import type { ConnectivityStatus } from '../../../common/contract/types';

const CHECK_TIMEOUT_MS = 4000;

/**
 * Asks the configured server whether it is reachable. Any HTTP answer counts as
 * online (a 401 from a real eSSL still proves the line works); only a failed
 * connection or a timeout counts as offline.
 */
export async function checkConnectivity(
  target: string | null,
  now = () => new Date(),
): Promise<ConnectivityStatus> {
  if (!target) return { online: false, target: null, checkedAt: now().toISOString() };
  try {
    const response = await fetch(target, {
      method: 'GET',
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return { online: true, target, checkedAt: now().toISOString() };
  } catch {
    return { online: false, target, checkedAt: now().toISOString() };
  }
}
