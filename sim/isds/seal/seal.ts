/** The ISDS seal over a ZFO's content, as the simulator makes it. */
import * as asn1js from 'asn1js';
import { attribute, signedData, type Signer } from './cms';
import { OID } from './pki';

const utf8 = new TextEncoder();

/** RFC 5652 §11.3: UTCTime for 1950–2049, GeneralizedTime otherwise. */
function signingTimeValue(at: Date): asn1js.BaseBlock {
  const year = at.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? new asn1js.UTCTime({ valueDate: at })
    : new asn1js.GeneralizedTime({ valueDate: at });
}

/** A ZFO: DER CMS SignedData encapsulating the XML's UTF-8 bytes. */
export function sealXml(signer: Signer, xml: string, signingTime: Date): Promise<Uint8Array> {
  return signedData(OID.data, utf8.encode(xml), signer, [
    attribute(OID.signingTime, signingTimeValue(signingTime)),
  ]);
}
