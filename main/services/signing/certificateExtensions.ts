/**
 * The extensions that decide whether a certificate may sign documents, and what a
 * verified signature's certificate is: key usage, extended key usage and the
 * qualified-certificate statements (ETSI EN 319 412-5), read with pkijs from the
 * certificate's DER. The one reader for signing, timestamping and verifying.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { MalformedError, readBer, withPkijs } from '../isds/zfo/ber';

const KEY_USAGE = '2.5.29.15';
const EXTENDED_KEY_USAGE = '2.5.29.37';
const QC_STATEMENTS = '1.3.6.1.5.5.7.1.3';

const QC = {
  compliance: '0.4.0.1862.1.1',
  sscd: '0.4.0.1862.1.4',
  type: '0.4.0.1862.1.6',
} as const;

export type QcType = 'esign' | 'eseal' | 'eweb';

const QC_TYPES: Record<string, QcType> = {
  '0.4.0.1862.1.6.1': 'esign',
  '0.4.0.1862.1.6.2': 'eseal',
  '0.4.0.1862.1.6.3': 'eweb',
};

/** RFC 5280 §4.2.1.3, bit by bit. */
const KEY_USAGE_NAMES = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;

export interface SigningExtensions {
  /** Names of the bits set; null when the certificate has no key usage extension. */
  keyUsage: string[] | null;
  /** Key purpose OIDs; null when there is no extended key usage extension. */
  extendedKeyUsage: string[] | null;
  /** The statementId of each qcStatement, in the certificate's order. */
  qcStatements: string[];
  qcCompliance: boolean;
  qcSscd: boolean;
  /** The first QcType statement's first known type. */
  qcType: QcType | null;
}

function extensionValue(certificate: pkijs.Certificate, oid: string): asn1js.AsnType | null {
  const found = certificate.extensions?.find((item) => item.extnID === oid);
  if (!found) return null;
  return readBer(found.extnValue.valueBlock.valueHexView, oid);
}

function keyUsageOf(node: asn1js.AsnType | null): string[] | null {
  if (!node) return null;
  if (!(node instanceof asn1js.BitString))
    throw new MalformedError('key usage is not a bit string');
  const bytes = node.valueBlock.valueHexView;
  const bitCount = bytes.byteLength * 8 - node.valueBlock.unusedBits;
  return KEY_USAGE_NAMES.filter(
    (_, bit) => bit < bitCount && ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0,
  );
}

function oidsOf(node: asn1js.AsnType | null): string[] | null {
  if (!node) return null;
  if (!(node instanceof asn1js.Sequence)) throw new MalformedError('not a sequence of OIDs');
  return node.valueBlock.value.map((item) => {
    if (!(item instanceof asn1js.ObjectIdentifier)) throw new MalformedError('not an OID');
    return item.valueBlock.toString();
  });
}

interface QcReading {
  ids: string[];
  type: QcType | null;
}

/** QCStatements ::= SEQUENCE OF SEQUENCE { statementId OID, statementInfo ANY OPTIONAL }. */
function qcStatementsOf(node: asn1js.AsnType | null): QcReading {
  const reading: QcReading = { ids: [], type: null };
  if (!node) return reading;
  if (!(node instanceof asn1js.Sequence)) throw new MalformedError('qcStatements');
  for (const statement of node.valueBlock.value) {
    if (!(statement instanceof asn1js.Sequence)) throw new MalformedError('qcStatement');
    const [id, info] = statement.valueBlock.value;
    if (!(id instanceof asn1js.ObjectIdentifier)) throw new MalformedError('qcStatement id');
    const oid = id.valueBlock.toString();
    reading.ids.push(oid);
    if (oid === QC.type && info && reading.type === null) {
      // QcType ::= SEQUENCE OF OID; a certificate names one type.
      const types = oidsOf(info) ?? [];
      reading.type = types.map((type) => QC_TYPES[type]).find((type) => type !== undefined) ?? null;
    }
  }
  return reading;
}

/** Throws MalformedError when the certificate or one of these extensions does not parse. */
export function readSigningExtensions(der: Uint8Array): SigningExtensions {
  const node = readBer(der, 'certificate');
  return withPkijs('certificate extensions', () => {
    const certificate = new pkijs.Certificate({ schema: node });
    const qc = qcStatementsOf(extensionValue(certificate, QC_STATEMENTS));
    return {
      keyUsage: keyUsageOf(extensionValue(certificate, KEY_USAGE)),
      extendedKeyUsage: oidsOf(extensionValue(certificate, EXTENDED_KEY_USAGE)),
      qcStatements: qc.ids,
      qcCompliance: qc.ids.includes(QC.compliance),
      qcSscd: qc.ids.includes(QC.sscd),
      qcType: qc.type,
    };
  });
}
