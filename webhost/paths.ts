import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the browser host keeps its configuration and logs when not told otherwise.
 * (The documents themselves live in the browser's IndexedDB for the page's origin.)
 */
export function defaultWebDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.URADOVNA_DATA) return env.URADOVNA_DATA;
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Uradovna', 'web');
  if (platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Uradovna', 'web');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'uradovna', 'web');
}

export const repoRoot = new URL('..', import.meta.url).pathname;
export const defaultRendererDir = join(repoRoot, 'out', 'renderer');
export const defaultAssetsDir = join(repoRoot, 'assets');
