import type { ValidationIssue } from '../../../common/domain/validation';

/** main's limits for `pkcs11Modules`. */
export const MODULE_PATH_MAX = 1000;
export const MODULES_MAX = 20;

export type ModulePathCheck = { ok: true; value: string } | { ok: false; issue: ValidationIssue };

const PATH = 'pkcs11Modules';

/** /usr/lib/…, C:\… or C:/…, \\server\share\… — main loads the library from exactly there. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || /^\\\\[^\\]+\\[^\\]+/.test(path);
}

/**
 * Checks a PKCS#11 library path before it joins the list. It must be absolute: main
 * runs the library, and a relative name would be looked up wherever the app happens
 * to be started from.
 */
export function checkModulePath(text: string, listed: readonly string[]): ModulePathCheck {
  const trimmed = text.trim();
  const fail = (message: string, params?: ValidationIssue['params']): ModulePathCheck => ({
    ok: false,
    issue: { path: PATH, message, ...(params ? { params } : {}) },
  });
  if (trimmed.length === 0) return fail('signingSettings.validation.modulePathRequired');
  if (trimmed.length > MODULE_PATH_MAX)
    return fail('signingSettings.validation.modulePathTooLong', { max: MODULE_PATH_MAX });
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f]/.test(trimmed)) return fail('signingSettings.validation.modulePathInvalid');
  if (!isAbsolute(trimmed)) return fail('signingSettings.validation.modulePathNotAbsolute');
  if (listed.includes(trimmed)) return fail('signingSettings.validation.modulePathDuplicate');
  if (listed.length >= MODULES_MAX)
    return fail('signingSettings.validation.modulesTooMany', { max: MODULES_MAX });
  return { ok: true, value: trimmed };
}
