/**
 * pkcs11js, the native addon that talks to card drivers, loaded on first use. The main
 * bundle leaves it outside (it is shipped beside the bundle, unpacked from the asar), so
 * importing the signing code must not load it: a binary that is missing or was built for
 * another Node ABI then costs only card signing, with a message saying what to do,
 * instead of the whole app failing to start.
 */
import type { PKCS11 } from 'pkcs11js';
import { pkcs11Error } from './errors';

/** What this code needs of pkcs11js at run time; its constants are in constants.ts. */
export interface Pkcs11Binding {
  PKCS11: new () => PKCS11;
}

export type Pkcs11BindingImport = () => Promise<Pkcs11Binding>;

/**
 * A loader that imports the binding once and keeps it. A failed import is not kept: the
 * next attempt (a later token listing) tries again rather than repeating a stale failure.
 */
export function bindingLoader(importBinding: Pkcs11BindingImport): () => Promise<Pkcs11Binding> {
  let binding: Promise<Pkcs11Binding> | null = null;
  return () => {
    binding ??= importBinding().catch((error: unknown) => {
      binding = null;
      // The cause (e.g. NODE_MODULE_VERSION mismatch) stays for the log, not for the user.
      throw Object.assign(pkcs11Error('bindingMissing'), { cause: error });
    });
    return binding;
  };
}

// esbuild keeps this as a runtime require of the external package, run on first call.
const importPkcs11js: Pkcs11BindingImport = async () => (await import('pkcs11js')).default;

/** pkcs11js, loaded on the first call; `errors.pkcs11.bindingMissing` when it cannot load. */
export const loadPkcs11Binding = bindingLoader(importPkcs11js);
