import nodePath from 'node:path';

/** The subset of `node:path` the guard needs; tests pass `path.win32` to try Windows rules. */
export type PathFlavour = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

const INDEX_FILE = 'index.html';

/**
 * Maps the path of a request URL (still percent-encoded, without query or fragment)
 * to a file under `root`, or returns null when the request must be refused.
 *
 * It refuses rather than repairs: a request that contains `..` or `.` segments in any
 * spelling, a backslash, a NUL or other control character, a drive letter or an
 * absolute path is never one the built renderer makes, so it is treated as an attack
 * and answered with 404. The final containment check runs on the resolved path, so
 * a spelling the rules above missed still cannot leave `root`.
 */
export function resolveSafePath(
  root: string,
  requestPath: string,
  path: PathFlavour = nodePath,
): string | null {
  if (!requestPath.startsWith('/')) return null;
  // Backslashes are separators on Windows; `%5c` is the same character after decoding.
  if (requestPath.includes('\\')) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  // A `%` left after one decoding means a double-encoded request (`%252e%252e`):
  // nothing in the build needs one, and a second decoding elsewhere would be a hole.
  if (decoded.includes('%')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\:]/.test(decoded)) return null;

  const segments = decoded.slice(1).split('/');
  if (segments.length > 1 && segments.slice(0, -1).some((segment) => segment === '')) return null;
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;

  const relativePath =
    segments[segments.length - 1] === '' ? [...segments.slice(0, -1), INDEX_FILE] : segments;
  const joined = relativePath.join('/');
  if (path.isAbsolute(joined)) return null;

  const base = path.resolve(root);
  const resolved = path.resolve(base, joined);
  const fromRoot = path.relative(base, resolved);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`)) return null;
  if (path.isAbsolute(fromRoot)) return null;
  if (!resolved.startsWith(base.endsWith(path.sep) ? base : base + path.sep)) return null;
  return resolved;
}
