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
const QC_TYPE = '0.4.0.1862.1.6';
const QC_TYPES: Record<string, QcType> = {
  '0.4.0.1862.1.6.1': 'esign',
  '0.4.0.1862.1.6.2': 'eseal',
  '0.4.0.1862.1.6.3': 'eweb',
};

export type QcType = 'esign' | 'eseal' | 'eweb';

export interface CertificateExtensions {
  /** The statementId of each qcStatement. */
  qcStatements: string[];
  /** The QcType statement's first known type, when there is one. */
  qcType: QcType | null;
  /** Null when the certificate has no extendedKeyUsage extension. */
  extendedKeyUsages: string[] | null;
}

const NONE: CertificateExtensions = { qcStatements: [], qcType: null, extendedKeyUsages: null };
const read = new Map<string, CertificateExtensions>();
const CACHE_SIZE = 128;

/** QcType ::= SEQUENCE OF OID (ETSI EN 319 412-5 §4.2.3); a certificate names one type. */
function qcTypeOf(info: asn1js.AsnType | undefined): QcType | null {
  if (!(info instanceof asn1js.Sequence)) return null;
  for (const item of info.valueBlock.value) {
    const type =
      item instanceof asn1js.ObjectIdentifier ? QC_TYPES[item.valueBlock.toString()] : undefined;
    if (type) return type;
  }
  return null;
}

function qcStatementsOf(
  extension: pkijs.Extension,
): Pick<CertificateExtensions, 'qcStatements' | 'qcType'> {
  const value = readBer(extension.extnValue.valueBlock.valueHexView, 'qcStatements');
  if (!(value instanceof asn1js.Sequence)) return { qcStatements: [], qcType: null };
  let qcType: QcType | null = null;
  const qcStatements = value.valueBlock.value.flatMap((statement) => {
    if (!(statement instanceof asn1js.Sequence)) return [];
    const [id, info] = statement.valueBlock.value;
    if (!(id instanceof asn1js.ObjectIdentifier)) return [];
    const oid = id.valueBlock.toString();
    if (oid === QC_TYPE) qcType ??= qcTypeOf(info);
    return [oid];
  });
  return { qcStatements, qcType };
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
        ...(qc ? qcStatementsOf(qc) : { qcStatements: [], qcType: null }),
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
