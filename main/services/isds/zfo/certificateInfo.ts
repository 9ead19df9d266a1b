/** A certificate as the user reads it: names, serial number and validity. */
import type { CertificateInfo } from '../../../../common/contract/isds';
import { toHex } from './pki';
import type { Certificate, NameAttribute } from './x509';

/** Attribute types by OID, with the short names openssl prints. */
const ATTRIBUTE_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

/** "C=CZ, O=…, CN=…" in the certificate's own order, as openssl prints it. */
export function distinguishedName(name: NameAttribute[]): string {
  return name.map((item) => `${ATTRIBUTE_NAMES[item.type] ?? item.type}=${item.value}`).join(', ');
}

function attribute(name: NameAttribute[], oid: string): string | null {
  return name.find((item) => item.type === oid)?.value ?? null;
}

/**
 * The name for one line: the common name (for the ISDS seal that is "Informační systém
 * datových schránek"), else the organisation, else the whole DN.
 */
export function displayName(name: NameAttribute[]): string {
  return attribute(name, '2.5.4.3') ?? attribute(name, '2.5.4.10') ?? distinguishedName(name);
}

/** Upper-case hex of the serial without the sign octet's leading zeros. */
export function serialHex(serial: Uint8Array): string {
  return toHex(serial)
    .toUpperCase()
    .replace(/^(00)+(?=..)/, '');
}

export function certificateInfo(certificate: Certificate): CertificateInfo {
  return {
    subject: distinguishedName(certificate.subject),
    subjectName: displayName(certificate.subject),
    issuer: distinguishedName(certificate.issuer),
    serialNumber: serialHex(certificate.serial),
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
  };
}
