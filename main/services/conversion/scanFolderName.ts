/**
 * Which names the scanner folder deals in: a plain file name (never a path) with a scan's
 * extension. Checked on every name that comes from the renderer before it touches the
 * disk, on Linux and Windows alike (a share may be read from either).
 */

const SCAN_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.tif', '.tiff', '.pdf'] as const;

/** Windows' reserved device names, which open a device instead of a file. */
const DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * A base name and nothing else: no separators of either system, no `.`/`..`, no drive
 * or alternate-stream colon, no control characters, no ends Windows would strip.
 */
export function isPlainName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (name === '.' || name === '..') return false;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[/\\:*?"<>|\u0000-\u001f\u007f]/.test(name)) return false;
  if (/[. ]$/.test(name) || /^\s/.test(name)) return false;
  return !DEVICE_NAMES.test(name);
}

export function hasScanExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return SCAN_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * What the folder lists: scans, not hidden files or the lock/metadata files other tools
 * leave (`.DS_Store`, macOS `._scan.pdf`, Office `~$…`).
 */
export function isListedName(name: string): boolean {
  return (
    isPlainName(name) && hasScanExtension(name) && !name.startsWith('.') && !name.startsWith('~')
  );
}
