/** End-entity certificates from the simulator's CA: the TLS ones and the demo signer's. */
import type * as pkijs from 'pkijs';
import { SIM_ORGANIZATION, type Authority } from './authority';
import { issueCertificate, type CertificateRequest } from './certificates';
import { generateKeyPair } from './keys';
import type { CryptoKeyPair } from './pki';

const DAY_MS = 24 * 60 * 60 * 1000;

export type EndEntityProfile = Pick<
  CertificateRequest,
  'keyUsage' | 'extendedKeyUsage' | 'altNames' | 'extensions'
> & {
  /** From yesterday on: TLS and signatures are checked against the real clock, not the simulator's. */
  validDays: number;
};

/** A fresh key pair and its certificate for `commonName` of the simulator's organisation. */
export async function issueEndEntity(
  authority: Authority,
  commonName: string,
  profile: EndEntityProfile,
): Promise<{ keys: CryptoKeyPair; certificate: pkijs.Certificate }> {
  const keys = await generateKeyPair();
  const now = Date.now();
  const { validDays, ...usage } = profile;
  const certificate = await issueCertificate({
    subject: { commonName, organization: SIM_ORGANIZATION, country: 'CZ' },
    publicKey: keys.publicKey,
    issuer: authority.ca,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + validDays * DAY_MS),
    ca: false,
    ...usage,
  });
  return { keys, certificate };
}
