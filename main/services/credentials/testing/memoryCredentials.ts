/** A credential store in memory, standing in for the OS keychain. Tests only. */
import type { CredentialStore } from '../credentialStore';

export class MemoryCredentials implements CredentialStore {
  readonly backend = 'memory';
  readonly secrets = new Map<string, string>();

  isEncryptionAvailable(): boolean {
    return true;
  }

  async store(account: string, secret: string): Promise<void> {
    this.secrets.set(account, secret);
  }

  async read(account: string): Promise<string | null> {
    return this.secrets.get(account) ?? null;
  }

  async has(account: string): Promise<boolean> {
    return this.secrets.has(account);
  }

  async remove(account: string): Promise<boolean> {
    return this.secrets.delete(account);
  }
}
