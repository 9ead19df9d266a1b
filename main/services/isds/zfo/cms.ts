/**
 * CMS ContentInfo / SignedData (RFC 5652 §3, §5) read with asn1js and pkijs: the
 * encapsulated content, the certificates, and each SignerInfo with the exact bytes its
 * signature covers. Used for the ZFO itself and for the RFC 3161 token inside it.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { isSequence, MalformedError, octets, readBer, withPkijs } from './ber';
import { certificateOfElement, type Certificate } from './x509';

export const OIDS = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const;

export type SignerId =
  | { kind: 'issuerSerial'; issuerDer: Uint8Array; serial: Uint8Array }
  | { kind: 'keyId'; keyId: Uint8Array };

export interface SignedAttribute {
  type: string;
  values: asn1js.AsnType[];
}

export interface CmsSigner {
  sid: SignerId;
  digestAlgorithm: string;
  /** The signed attributes as the signature covers them: their DER with the SET tag. */
  signedAttributesDer: Uint8Array | null;
  signedAttributes: SignedAttribute[];
  signatureAlgorithm: string;
  /** The signature value; a view into the parsed bytes. */
  signature: Uint8Array;
}

export interface CmsSignedData {
  contentType: string;
  /** The encapsulated content (a view into the parsed bytes when not split); null when detached. */
  content: Uint8Array | null;
  certificates: Certificate[];
  signers: CmsSigner[];
}

function readSid(sid: unknown): SignerId {
  if (sid instanceof pkijs.IssuerAndSerialNumber)
    return {
      kind: 'issuerSerial',
      issuerDer: new Uint8Array(sid.issuer.valueBeforeDecode),
      serial: sid.serialNumber.valueBlock.valueHexView,
    };
  // [0] SubjectKeyIdentifier: pkijs hands over the tagged element itself.
  if (sid instanceof asn1js.Primitive) return { kind: 'keyId', keyId: sid.valueBlock.valueHexView };
  if (sid instanceof asn1js.Constructed)
    return { kind: 'keyId', keyId: octets(sid.valueBlock.value[0], 'signer key identifier') };
  throw new MalformedError('unknown signer identifier');
}

function readSigner(info: pkijs.SignerInfo): CmsSigner {
  const attributes = info.signedAttrs;
  return {
    sid: readSid(info.sid),
    digestAlgorithm: info.digestAlgorithm.algorithmId,
    // pkijs keeps their encoding as read, already re-tagged from [0] IMPLICIT to SET.
    signedAttributesDer: attributes ? new Uint8Array(attributes.encodedValue) : null,
    signedAttributes: (attributes?.attributes ?? []).map((attribute) => ({
      type: attribute.type,
      values: attribute.values as asn1js.AsnType[],
    })),
    signatureAlgorithm: info.signatureAlgorithm.algorithmId,
    signature: octets(info.signature, 'signature'),
  };
}

/** Plain X.509 certificates (a SEQUENCE); attribute and other certificates are tagged and skipped. */
function readCertificates(set: asn1js.AsnType | undefined): Certificate[] {
  if (!(set instanceof asn1js.Constructed)) return [];
  return set.valueBlock.value.filter(isSequence).map(certificateOfElement);
}

/** Where compareSchema leaves the SignedData fields on the parsed element. */
const FIELD = {
  encapContentInfo: 'zfo.encapContentInfo',
  certificates: 'zfo.certificates',
  signerInfos: 'zfo.signerInfos',
} as const;

let signedDataSchema: asn1js.Sequence | null = null;

/**
 * pkijs' own SignedData schema, built once. `new pkijs.SignedData({ schema })` builds it
 * anew for every SignedData it reads — with CertificateSet's attribute-certificate
 * schemas inside, about a third of what verifying a ZFO costs — and matching a parse
 * against it does not change it, so one serves every ZFO and every timestamp token.
 * Its `[0] certificates` takes any elements: each is read by pkijs' Certificate when it
 * is not in the certificate cache, and matching them here would repeat that every time.
 */
function schemaOfSignedData(): asn1js.Sequence {
  if (signedDataSchema) return signedDataSchema;
  const schema: unknown = pkijs.SignedData.schema({
    names: {
      encapContentInfo: { names: { blockName: FIELD.encapContentInfo } },
      certificates: FIELD.certificates,
      signerInfos: FIELD.signerInfos,
    },
  });
  if (!(schema instanceof asn1js.Sequence)) throw new Error('pkijs: SignedData schema changed');
  const certificates = schema.valueBlock.value.find((item) => item.name === FIELD.certificates);
  if (!(certificates instanceof asn1js.Constructed))
    throw new Error('pkijs: SignedData certificates schema changed');
  certificates.valueBlock.value = [];
  signedDataSchema = schema;
  return schema;
}

/**
 * SignedData matched against pkijs' schema; its parts are read by pkijs' classes, the
 * certificates by parseCertificate, which remembers them (every ZFO carries the same).
 */
function readSignedData(node: asn1js.AsnType): CmsSignedData {
  const match = asn1js.compareSchema(node, node, schemaOfSignedData());
  if (!match.verified) throw new MalformedError('not a SignedData');
  const fields = match.result;
  const encapsulated = new pkijs.EncapsulatedContentInfo({
    schema: fields[FIELD.encapContentInfo] as asn1js.AsnType,
  });
  const signerInfos = (fields[FIELD.signerInfos] ?? []) as asn1js.AsnType[];
  return {
    contentType: encapsulated.eContentType,
    content: encapsulated.eContent ? octets(encapsulated.eContent, 'eContent') : null,
    certificates: readCertificates(fields[FIELD.certificates] as asn1js.AsnType | undefined),
    signers: signerInfos.map((schema) => readSigner(new pkijs.SignerInfo({ schema }))),
  };
}

/** Parses a BER ContentInfo holding SignedData; throws MalformedError otherwise. */
export function parseSignedData(bytes: Uint8Array): CmsSignedData {
  const root = readBer(bytes, 'content info');
  return withPkijs('signed data', () => {
    const info = new pkijs.ContentInfo({ schema: root });
    if (info.contentType !== OIDS.signedData) throw new MalformedError('not signed data');
    return readSignedData(info.content as asn1js.AsnType);
  });
}
