/**
 * Where secrets (eSSL and data-box passwords) live. Services see only this interface;
 * the Electron shell implements it with `safeStorage` (OS keychain), the browser host
 * with a store that refuses, because it has no keychain to protect them with.
 */
export interface CredentialStore {
  /** Name of the protection in use, e.g. `safeStorage (gnome_libsecret)`, for the settings screen. */
  readonly backend: string;
  isEncryptionAvailable(): boolean;
  /** Throws ServiceError `errors.credentials.unavailable` when encryption is not available. */
  store(account: string, secret: string): Promise<void>;
  read(account: string): Promise<string | null>;
  has(account: string): Promise<boolean>;
  remove(account: string): Promise<boolean>;
}
