/**
 * XML codec of the ISDS web services (SOAP 1.1 document/literal, WSDL/XSD 3.11 in
 * `../shared/specs/isds/v3.11/`): the model of `../model.ts` / `../operations.ts` to the
 * protocol's messages and back, and the signed content of ZFOs. Pure TypeScript (no
 * Node or DOM APIs): the Electron main process, the simulator and the renderer share it.
 *
 * Failures of decoding: `malformed` (not XML, a DTD/entity — refused before parsing, so
 * never expanded — or not a SOAP 1.1 envelope), `fault` (a SOAP Fault), `invalid`
 * (well-formed, but not what the schema allows where the reader relies on it).
 * Encoders throw RangeError on a value no schema form can carry.
 */
import { bodyDocument, faultEnvelope, openEnvelope } from '../../erms/codec/soap';
import type { XmlElement } from '../../nsesss/xml';
import { operationNames, type Answer, type OperationName, type RequestOf } from '../operations';
import { guard, invalid, liftBase64, parseDocument as parseBody } from './document';
import { Fields } from './fields';
import { ReadContext } from './messages';
import { requestCodecs } from './requests';
import { responseCodecs } from './responses';
import { bodyElement, Q, soapEnvelope } from './soap';
import { ISDS_NS, type Decoded } from './types';
import { RawXml, xmlContentFragments } from './xmlContent';

export { decodeMessageDownload, decodeSignedContent, encodeSignedContent } from './signedContent';
export { decodeBase64, encodeBase64 } from './base64';
export { BOX_TYPES, SEARCH_SCOPES } from './boxes';
export {
  ISDS_DELIVERY_NS,
  ISDS_NS,
  ISDS_RECEIVED_NS,
  ISDS_SENT_NS,
  SOAP_ENV_NAMESPACE,
  XSI_NS,
} from './types';
export type { Decoded, DecodeFailure } from './types';

/** A decoded request, discriminated by `op` so callers can narrow. */
export type AnyRequest = { [O in OperationName]: { op: O; request: RequestOf<O> } }[OperationName];

/** The SOAP 1.1 envelope of `op`'s request (the body element is named as the operation). */
export function encodeRequest<O extends OperationName>(op: O, request: RequestOf<O>): string {
  const raw = new RawXml();
  const codec = requestCodecs[op];
  return soapEnvelope(bodyElement(op, codec.write(Q, request, { raw })), raw);
}

/** For the simulator: which operation a request is, and its content. */
export function decodeRequest(xml: string): Decoded<AnyRequest> {
  const lifted = liftBase64(xml);
  const opened = openEnvelope(lifted.text);
  if (!opened.ok) return opened;
  const { body } = opened;
  const op = operationNames.find((name) => name === body.name);
  if (!op || body.namespace !== ISDS_NS)
    return invalid(
      `{${body.namespace}}${body.name} is not a request of an operation this codec knows`,
    );
  const context = new ReadContext(xmlContentFragments(xml), lifted.values);
  return guard(() => readRequest(op, body, context));
}

function readRequest<O extends OperationName>(
  op: O,
  body: XmlElement,
  context: ReadContext,
): AnyRequest {
  const codec = requestCodecs[op];
  const request = codec.read(new Fields(body, codec.sequence), context);
  // TypeScript cannot see that a generic O picks one member of the union.
  return { op, request } as AnyRequest;
}

/** The SOAP 1.1 envelope of `op`'s response, status included. */
export function encodeResponse<O extends OperationName>(op: O, answer: Answer<O>): string {
  const raw = new RawXml();
  const codec = responseCodecs[op];
  return soapEnvelope(bodyElement(`${op}Response`, codec.write(Q, answer, { raw })), raw);
}

export function decodeResponse<O extends OperationName>(op: O, xml: string): Decoded<Answer<O>> {
  const lifted = liftBase64(xml);
  const opened = openEnvelope(lifted.text);
  if (!opened.ok) return opened;
  return decodeBody(op, opened.body, xml, lifted.values);
}

/**
 * A response body without the SOAP envelope (as ISDS test data keep them, e.g.
 * `delivery_info-316590.xml`), read the same way.
 */
export function decodeResponseBody<O extends OperationName>(
  op: O,
  xml: string,
): Decoded<Answer<O>> {
  const lifted = liftBase64(xml);
  const opened = parseBody(lifted.text);
  if (!opened.ok) return opened;
  return decodeBody(op, opened.root, xml, lifted.values);
}

function decodeBody<O extends OperationName>(
  op: O,
  body: XmlElement,
  xml: string,
  lifted: ReadonlyMap<string, string>,
): Decoded<Answer<O>> {
  if (body.name !== `${op}Response` || body.namespace !== ISDS_NS)
    return invalid(`expected ${op}Response, got {${body.namespace}}${body.name}`);
  const codec = responseCodecs[op];
  const context = new ReadContext(xmlContentFragments(xml), lifted);
  return guard(() => codec.read(new Fields(body, codec.sequence), context));
}

/** A SOAP 1.1 Fault envelope (for failures no dmStatus/dbStatus can report). */
export function encodeFault(faultCode: 'soap:Client' | 'soap:Server', faultString: string): string {
  return faultEnvelope(faultCode, faultString);
}

/** The body's single child as a standalone XML document (for xmllint validation in tests). */
export function soapBodyXml(envelopeXml: string): string {
  return bodyDocument(envelopeXml);
}
