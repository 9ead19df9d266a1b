import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ServiceError } from '../../../common/contract/envelope';
import type { SigningCertificateCheck, StoredSigner } from '../../../common/contract/signing';
import type { CredentialStore } from '../credentials/credentialStore';

/** The demo mayor's certificate, offered in the demo as if it were kept (it comes from the simulator). */
export const DEMO_SIGNER_ID = 'demo-starosta';

const INDEX_ACCOUNT = 'signing.pkcs12.index';
const accountOf = (id: string) => `signing.pkcs12.${id}`;
/** The keychain holds a few certificates, not a certificate store. */
const MAX_STORED = 10;

const secretSchema = z.object({ pkcs12: z.string().min(1), password: z.string() });
const indexSchema = z.array(
  z.object({
    id: z.string().regex(/^[a-f0-9]{16}$/),
    storedAt: z.string(),
    check: z.custom<SigningCertificateCheck>(
      (value) => typeof value === 'object' && value !== null && 'certificate' in value,
    ),
  }),
);

/**
 * PKCS#12 files the mayor chose to keep ("Uložit do klíčenky systému"): the file and its
 * password in the OS keychain (one entry each), and a list of what is kept — the
 * certificate as shown, no secret — in the keychain too, so nothing about them sits
 * in plain files. Where the keychain is unavailable the credential store refuses and
 * the mayor is asked for the file each time.
 */
export class StoredSigners {
  constructor(private readonly credentials: CredentialStore) {}

  notFound(): ServiceError {
    return new ServiceError(
      'errors.signing.storedMissing',
      'Uložený certifikát už v klíčence systému není. Vyberte soubor s certifikátem znovu.',
    );
  }

  async list(): Promise<StoredSigner[]> {
    const text = await this.credentials.read(INDEX_ACCOUNT);
    if (!text) return [];
    try {
      return indexSchema.parse(JSON.parse(text));
    } catch {
      return [];
    }
  }

  async remember(
    pkcs12: Uint8Array,
    password: string,
    check: SigningCertificateCheck,
    now: Date,
  ): Promise<StoredSigner> {
    const id = createHash('sha256').update(pkcs12).digest('hex').slice(0, 16);
    const secret = JSON.stringify({ pkcs12: Buffer.from(pkcs12).toString('base64'), password });
    await this.credentials.store(accountOf(id), secret);
    const entry: StoredSigner = { id, check, storedAt: now.toISOString() };
    const others = (await this.list()).filter((signer) => signer.id !== id);
    const kept = [entry, ...others].slice(0, MAX_STORED);
    for (const dropped of others.slice(MAX_STORED - 1))
      await this.credentials.remove(accountOf(dropped.id));
    await this.credentials.store(INDEX_ACCOUNT, JSON.stringify(kept));
    return entry;
  }

  async read(id: string): Promise<{ pkcs12: Uint8Array; password: string }> {
    if (!/^[a-f0-9]{16}$/.test(id)) throw this.notFound();
    const text = await this.credentials.read(accountOf(id));
    if (!text) throw this.notFound();
    const parsed = secretSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw this.notFound();
    return {
      pkcs12: new Uint8Array(Buffer.from(parsed.data.pkcs12, 'base64')),
      password: parsed.data.password,
    };
  }

  async forget(id: string): Promise<boolean> {
    const all = await this.list();
    const rest = all.filter((signer) => signer.id !== id);
    if (rest.length === all.length) return false;
    await this.credentials.remove(accountOf(id));
    await this.credentials.store(INDEX_ACCOUNT, JSON.stringify(rest));
    return true;
  }
}
