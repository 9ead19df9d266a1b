/** Signing with a key on a smart card or USB token through its PKCS#11 library. */
export { listTokenCertificates } from './listCertificates';
export { openPkcs11Signer, type Pkcs11Signer } from './pkcs11Signer';
export {
  closePkcs11Modules,
  loadPkcs11Module,
  type Pkcs11Module,
  type Pkcs11ModuleLoader,
} from './moduleLoader';
export { defaultPkcs11ModulePaths } from './modulePaths';
export { PKCS11_ERROR_MESSAGES, toPkcs11ServiceError } from './errors';
export type { Pkcs11Deps } from './types';
