import { ServiceError } from '../common/contract/envelope';
import type { CredentialStore } from '../main/services/credentials/credentialStore';

/**
 * The browser host has no OS keychain to protect secrets with, and secrets never
 * sit in plain text on disk — so it stores none, and says why.
 */
export class RefusingCredentialStore implements CredentialStore {
  readonly backend = 'none (browser host)';

  isEncryptionAvailable(): boolean {
    return false;
  }

  async store(): Promise<void> {
    throw new ServiceError(
      'errors.credentials.unavailable',
      'Tento počítač nenabízí bezpečné úložiště hesel (klíčenku). Heslo nebylo uloženo.',
    );
  }

  async read(): Promise<string | null> {
    return null;
  }

  async has(): Promise<boolean> {
    return false;
  }

  async remove(): Promise<boolean> {
    return false;
  }
}
