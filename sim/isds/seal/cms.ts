/**
 * CMS SignedData (RFC 5652) as the simulator writes it: encapsulated content, one
 * signer named by issuer and serial number, signed attributes, the signer's
 * certificate included. The same shape serves the ZFO seal and the RFC 3161 token.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID, simPkiEngine, subtle } from './pki';
import type { CryptoKey } from './pki';

export interface Signer {
  certificate: pkijs.Certificate;
  privateKey: CryptoKey;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.byteLength, b.byteLength);
  for (let index = 0; index < length; index++) {
    const diff = (a[index] ?? 0) - (b[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.byteLength - b.byteLength;
}

/**
 * DER orders a SET OF by the members' encodings (X.690 §11.6); a verifier such as
 * OpenSSL re-encodes the signed attributes that way before checking the signature.
 */
function derOrdered(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((attribute) => ({
    attribute,
    der: new Uint8Array(attribute.toSchema().toBER(false)),
  }));
  encoded.sort((a, b) => compareBytes(a.der, b.der));
  return encoded.map((item) => item.attribute);
}

export function attribute(type: string, value: asn1js.BaseBlock): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** DER of a ContentInfo holding SignedData over `content`, signed with SHA-256. */
export async function signedData(
  contentType: string,
  content: Uint8Array,
  signer: Signer,
  extraAttributes: pkijs.Attribute[],
): Promise<Uint8Array> {
  const crypto = simPkiEngine();
  const digest = new Uint8Array(await subtle.digest('SHA-256', content));
  const attributes = derOrdered([
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: contentType })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: digest.buffer })),
    ...extraAttributes,
  ]);
  const signed = new pkijs.SignedData({
    // RFC 5652 §5.1: 1 for id-data with issuerAndSerialNumber, 3 for other content types.
    version: contentType === OID.data ? 1 : 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: contentType,
      eContent: new asn1js.OctetString({ valueHex: content.slice().buffer }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: signer.certificate.issuer,
          serialNumber: signer.certificate.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [signer.certificate],
  });
  // pkijs' constructor splits the content into a constructed OCTET STRING (BER); DER,
  // as ISDS writes it, has one primitive OCTET STRING.
  signed.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: content.slice().buffer });
  await signed.sign(signer.privateKey, 0, 'SHA-256', undefined, crypto);
  const contentInfo = new pkijs.ContentInfo({
    contentType: OID.signedData,
    content: signed.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
