/**
 * What a signer's certificate says about its holder and its issuer, for a verification
 * clause that must tell a person's signature from an organisation's seal and name the
 * provider that issued the certificate.
 */
import type { PdfSignatureReport } from '../../../../common/contract/signing';
import { distinguishedName } from '../../isds/zfo/certificateInfo';
import type { Certificate, NameAttribute } from '../../isds/zfo/x509';

const OID = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  organization: '2.5.4.10',
  givenName: '2.5.4.42',
  pseudonym: '2.5.4.65',
  organizationIdentifier: '2.5.4.97',
} as const;

function has(name: NameAttribute[], oid: string): boolean {
  return name.some((item) => item.type === oid && item.value.trim().length > 0);
}

function value(name: NameAttribute[], oid: string): string | null {
  const found = name.find((item) => item.type === oid)?.value.trim();
  return found ? found : null;
}

/**
 * A natural person's certificate names a given name, a surname or a pseudonym (ETSI EN
 * 319 412-2 §4.2.4); a legal person's names an organizationIdentifier (ETSI EN 319 412-3
 * §4.2.1) and no natural person. Anything else (an organisation and a common name only,
 * as in many older or non-qualified certificates) stays undecided.
 */
export function holderOf(certificate: Pick<Certificate, 'subject'>): PdfSignatureReport['holder'] {
  const { subject } = certificate;
  if (has(subject, OID.givenName) || has(subject, OID.surname) || has(subject, OID.pseudonym))
    return 'naturalPerson';
  return has(subject, OID.organizationIdentifier) ? 'legalPerson' : null;
}

/** The provider as a person reads it: the issuer's organisation, else its common name, else the DN. */
export function providerOf(certificate: Pick<Certificate, 'issuer'>): string {
  const { issuer } = certificate;
  return (
    value(issuer, OID.organization) ?? value(issuer, OID.commonName) ?? distinguishedName(issuer)
  );
}
