import type { ValidationIssue } from '../../../common/domain/validation';

/** main's limit for `scanFolder`. */
export const SCAN_FOLDER_MAX = 1000;

export type ScanFolderCheck =
  { ok: true; value: string | null } | { ok: false; issue: ValidationIssue };

const PATH = 'scanFolder';

/** `/mnt/sken`, `C:\Skeny` or `C:/Skeny`, `\\server\share\skeny`. */
const ABSOLUTE = [/^\//, /^[A-Za-z]:[\\/]/, /^\\\\[^\\/]+[\\/][^\\/]+/];
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Checks the scanner's folder as typed; empty means none. main reads it as it is, on the
 * PC where the app runs, so it must be absolute: a relative path would depend on the
 * directory the app happened to start in.
 */
export function checkScanFolder(text: string): ScanFolderCheck {
  const trimmed = text.trim();
  const fail = (message: string, params?: ValidationIssue['params']): ScanFolderCheck => ({
    ok: false,
    issue: { path: PATH, message, ...(params ? { params } : {}) },
  });
  if (trimmed.length === 0) return { ok: true, value: null };
  if (trimmed.length > SCAN_FOLDER_MAX)
    return fail('conversionSettings.validation.folderTooLong', { max: SCAN_FOLDER_MAX });
  if (CONTROL.test(trimmed)) return fail('conversionSettings.validation.folderControl');
  if (!ABSOLUTE.some((pattern) => pattern.test(trimmed)))
    return fail('conversionSettings.validation.folderRelative');
  return { ok: true, value: trimmed };
}
