/**
 * What the PKCS#11 signing code takes from the rest of the signing service, passed in so
 * tests can put a failing module in front of a real one.
 */
import type { Pkcs11ModuleLoader } from './moduleLoader';

export interface Pkcs11Deps {
  /** Defaults to the process-wide cache (`loadPkcs11Module`). */
  loadModule?: Pkcs11ModuleLoader;
}
