/**
 * The certificate extensions the PDF verifier needs beyond the ZFO reader's view of a
 * certificate: the qcStatements (RFC 3739, ETSI EN 319 412-5) and the extended key
 * usages (RFC 5280 §4.2.1.12). Read with pkijs once per certificate.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { MalformedError, readBer, withPkijs } from '../../isds/zfo/ber';
import type { Certificate } from '../../isds/zfo/x509';

const QC_STATEMENTS = '1.3.6.1.5.5.7.1.3';
const EXTENDED_KEY_USAGE = '2.5.29.37';

export interface CertificateExtensions {
  /** The statementId of each qcStatement. */
  qcStatements: string[];
  /** Null when the certificate has no extendedKeyUsage extension. */
  extendedKeyUsages: string[] | null;
}

const NONE: CertificateExtensions = { qcStatements: [], extendedKeyUsages: null };
const read = new Map<string, CertificateExtensions>();
const CACHE_SIZE = 128;

function statementIds(extension: pkijs.Extension): string[] {
  const value = readBer(extension.extnValue.valueBlock.valueHexView, 'qcStatements');
  if (!(value instanceof asn1js.Sequence)) return [];
  return value.valueBlock.value.flatMap((statement) => {
    const id = statement instanceof asn1js.Sequence ? statement.valueBlock.value[0] : undefined;
    return id instanceof asn1js.ObjectIdentifier ? [id.valueBlock.toString()] : [];
  });
}

function keyPurposes(extension: pkijs.Extension): string[] {
  const value: unknown = extension.parsedValue;
  return value instanceof pkijs.ExtKeyUsage ? value.keyPurposes : [];
}

function readExtensions(der: Uint8Array): CertificateExtensions {
  try {
    return withPkijs('certificate', () => {
      const parsed = new pkijs.Certificate({ schema: readBer(der, 'certificate') });
      const find = (id: string) => parsed.extensions?.find((item) => item.extnID === id);
      const qc = find(QC_STATEMENTS);
      const eku = find(EXTENDED_KEY_USAGE);
      return {
        qcStatements: qc ? statementIds(qc) : [],
        extendedKeyUsages: eku ? keyPurposes(eku) : null,
      };
    });
  } catch (error) {
    if (error instanceof MalformedError) return NONE;
    throw error;
  }
}

export function extensionsOf(certificate: Certificate): CertificateExtensions {
  let extensions = read.get(certificate.fingerprint);
  if (!extensions) {
    extensions = readExtensions(certificate.der);
    if (read.size >= CACHE_SIZE) read.clear();
    read.set(certificate.fingerprint, extensions);
  }
  return extensions;
}
