import { el, type XmlNode } from '../../nsesss/xml';
import { Writer } from './fields';
import type { RawXml } from './xmlContent';
import { ISDS_NS, SOAP_ENV_NAMESPACE, XSI_NS } from './types';

/**
 * SOAP 1.1 envelopes of ISDS messages. The body element binds the prefix `q` to the
 * ISDS namespace itself (and `xsi`), so it reads the same lifted out of the envelope;
 * no default namespace is declared, so XML content in dmXMLContent keeps its own.
 * Reading envelopes and writing Faults is shared with the eSSL codec (`erms/codec/soap`).
 */

export const Q = new Writer('q');

export function bodyElement(name: string, children: Array<XmlNode | null>): XmlNode {
  return Q.el(name, children, { 'xmlns:q': ISDS_NS, 'xmlns:xsi': XSI_NS });
}

export function soapEnvelope(body: XmlNode, raw: RawXml): string {
  return raw.build(
    el('soap:Envelope', [el('soap:Body', [body])], { 'xmlns:soap': SOAP_ENV_NAMESPACE }),
  );
}
