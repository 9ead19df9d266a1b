/**
 * PKCS#11 libraries loaded into this process. A library may be initialised only once
 * per process (a second C_Initialize answers CKR_CRYPTOKI_ALREADY_INITIALIZED), so each
 * is loaded on first use and kept until the app quits; the same file reached by two
 * paths (a symlink) is one module.
 */
import type { PKCS11 } from 'pkcs11js';
import { loadPkcs11Binding } from './binding';
import { CKF_OS_LOCKING_OK } from './constants';
import { isReturnValue, pkcs11Error } from './errors';
import { canonical, isFile } from './modulePaths';

export type Pkcs11Module = PKCS11;
export type Pkcs11ModuleLoader = (path: string) => Promise<Pkcs11Module>;

interface LoadedModule {
  module: Pkcs11Module;
  /** False when another user in this process had initialised it: their finalize, not ours. */
  ownsInitialization: boolean;
}

const loaded = new Map<string, LoadedModule>();

/** True when this call initialised the library, false when someone in-process already had. */
function initialize(module: Pkcs11Module): boolean {
  try {
    // Our calls come from libuv's threads too (C_SignAsync), so the library must lock.
    module.C_Initialize({ flags: CKF_OS_LOCKING_OK });
    return true;
  } catch (error) {
    if (isReturnValue(error, 'CKR_CRYPTOKI_ALREADY_INITIALIZED')) return false;
    if (!isReturnValue(error, 'CKR_CANT_LOCK')) throw error;
  }
  // A library without OS locking still serves one caller at a time, which is all we do.
  try {
    module.C_Initialize();
    return true;
  } catch (error) {
    if (isReturnValue(error, 'CKR_CRYPTOKI_ALREADY_INITIALIZED')) return false;
    throw error;
  }
}

/**
 * The initialised module at `path`; `errors.pkcs11.moduleMissing` names the path otherwise,
 * and `errors.pkcs11.bindingMissing` says when pkcs11js itself cannot load (no path could work).
 */
export const loadPkcs11Module: Pkcs11ModuleLoader = async (path) => {
  const { PKCS11 } = await loadPkcs11Binding();
  // Nothing below awaits, so two callers cannot both miss the cache and initialise twice.
  const key = canonical(path);
  const cached = loaded.get(key);
  if (cached) return cached.module;
  if (!isFile(path)) throw pkcs11Error('moduleMissing', { path });
  const module = new PKCS11();
  try {
    module.load(path);
  } catch {
    throw pkcs11Error('moduleMissing', { path });
  }
  let ownsInitialization: boolean;
  try {
    ownsInitialization = initialize(module);
  } catch {
    module.close();
    throw pkcs11Error('moduleMissing', { path });
  }
  loaded.set(key, { module, ownsInitialization });
  return module;
};

/** Finalises and unloads every module (app quit, end of a test file). */
export function closePkcs11Modules(): void {
  for (const { module, ownsInitialization } of loaded.values()) {
    try {
      if (ownsInitialization) module.C_Finalize();
    } catch {
      // A module that fails to finalise is unloaded anyway; nothing is left to save.
    }
    try {
      module.close();
    } catch {
      // as above
    }
  }
  loaded.clear();
}
