/**
 * The opaque id of a token certificate (`TokenCertificate.id`). It names the module, the
 * token by its serial and label (slot numbers change when a reader is plugged elsewhere),
 * the key pair by CKA_ID and the certificate by its SHA-256 fingerprint, so a different
 * card — or the same card with a renewed certificate — is never signed with by mistake.
 */
import { z } from 'zod';

export interface CertificateRef {
  modulePath: string;
  tokenSerial: string;
  tokenLabel: string;
  keyIdHex: string;
  fingerprint: string;
}

const PREFIX = 'pkcs11:';

const refSchema = z
  .object({
    m: z.string().min(1),
    s: z.string(),
    t: z.string(),
    k: z.string().regex(/^[0-9a-f]*$/),
    f: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export function encodeCertificateId(ref: CertificateRef): string {
  const json = JSON.stringify({
    m: ref.modulePath,
    s: ref.tokenSerial,
    t: ref.tokenLabel,
    k: ref.keyIdHex,
    f: ref.fingerprint,
  });
  return PREFIX + Buffer.from(json, 'utf8').toString('base64url');
}

/** The reference, or null for an id this module did not make. */
export function decodeCertificateId(id: string): CertificateRef | null {
  if (!id.startsWith(PREFIX)) return null;
  try {
    const json: unknown = JSON.parse(
      Buffer.from(id.slice(PREFIX.length), 'base64url').toString('utf8'),
    );
    const parsed = refSchema.safeParse(json);
    if (!parsed.success) return null;
    const { m, s, t, k, f } = parsed.data;
    return { modulePath: m, tokenSerial: s, tokenLabel: t, keyIdHex: k, fingerprint: f };
  } catch {
    return null;
  }
}
