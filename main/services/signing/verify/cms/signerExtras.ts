/**
 * What the ZFO reader's parseSignedData leaves out and PDF signatures need: each
 * SignerInfo's unsigned attributes (the signature timestamp lives there) and its
 * signature algorithm's parameters (RSASSA-PSS names its hash and salt there). Read
 * from the same bytes with pkijs' own SignedData.
 */
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { MalformedError, readBer, withPkijs } from '../../../isds/zfo/ber';
import type { SignedAttribute } from '../../../isds/zfo/cms';

export interface SignerExtras {
  unsignedAttributes: SignedAttribute[];
  signatureParameters: asn1js.AsnType | null;
}

/** Per SignerInfo, in order; throws MalformedError when the bytes are not a SignedData. */
export function readSignerExtras(der: Uint8Array): SignerExtras[] {
  const root = readBer(der, 'content info');
  return withPkijs('signed data', () => {
    const info = new pkijs.ContentInfo({ schema: root });
    if (info.contentType !== '1.2.840.113549.1.7.2') throw new MalformedError('not signed data');
    const signedData = new pkijs.SignedData({ schema: info.content as asn1js.AsnType });
    return signedData.signerInfos.map((signer) => ({
      unsignedAttributes: (signer.unsignedAttrs?.attributes ?? []).map((attribute) => ({
        type: attribute.type,
        values: attribute.values as asn1js.AsnType[],
      })),
      signatureParameters:
        (signer.signatureAlgorithm.algorithmParams as asn1js.AsnType | undefined) ?? null,
    }));
  });
}
