import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { decodeSignedContent } from '../../../common/isds/codec';
import type { SignedContent } from '../../../common/isds/model';

/** The signed XML inside a ZFO (CMS SignedData, encapsulated content). */
export function zfoXml(zfo: Uint8Array): string {
  const asn1 = asn1js.fromBER(new Uint8Array(zfo).buffer);
  if (asn1.offset === -1) throw new Error('ZFO is not DER');
  const info = new pkijs.ContentInfo({ schema: asn1.result });
  const signed = new pkijs.SignedData({ schema: info.content });
  const content = signed.encapContentInfo.eContent;
  if (!content) throw new Error('ZFO has no content');
  return Buffer.from(content.getValue()).toString('utf8');
}

export function zfoContent(zfo: Uint8Array): SignedContent {
  const decoded = decodeSignedContent(zfoXml(zfo));
  if (!decoded.ok) throw new Error(`ZFO content: ${JSON.stringify(decoded.failure)}`);
  return decoded.value;
}
