/**
 * XML codec of the NSESSS 2023 eSSL interface (`ermsAPI.wsdl`, SOAP 1.1): the model of
 * `../model.ts` / `../operations.ts` to the standard's messages and back. Pure
 * TypeScript (no Node or DOM APIs): the Electron main process, the Node simulator and
 * the browser bundle share it. How each field maps is in docs/essl-interface.md
 * ("Mapping of the model").
 */
import { el } from '../../nsesss/xml';
import type { Route } from '../model';
import { operationNames, type OperationName, type RequestOf, type ResponseOf } from '../operations';
import { readRoute, routeAttributes } from './identifiers';
import { Children, ERMS_NS, InvalidMessage } from './reader';
import { requestCodecs } from './requests';
import { responseCodecs } from './responses';
import { bodyDocument, envelope, faultEnvelope, openEnvelope } from './soap';
import type { Decoded } from './types';

export { ERMS_EXT_NAMESPACE, ERMS_NAMESPACE, SOAP_ENV_NAMESPACE } from './types';
export type { Decoded, DecodeFailure } from './types';

/** A decoded request, discriminated by `op` so callers can narrow. */
export type AnyRequest = {
  [O in OperationName]: { op: O; route: Route; request: RequestOf<O> };
}[OperationName];

/** The full SOAP 1.1 envelope of `op`'s request. Throws RangeError on values no schema form can carry. */
export function encodeRequest<O extends OperationName>(
  op: O,
  route: Route,
  request: RequestOf<O>,
): string {
  const codec = requestCodecs[op];
  return envelope(
    el(`${op}Request`, codec.write(request), { xmlns: ERMS_NS, ...routeAttributes(route) }),
  );
}

/** For the simulator: which operation a request is, with its route and content. */
export function decodeRequest(xml: string): Decoded<AnyRequest> {
  const opened = openEnvelope(xml);
  if (!opened.ok) return opened;
  const { body } = opened;
  const op = operationNames.find((name) => `${name}Request` === body.name);
  if (!op || body.namespace !== ERMS_NS)
    return invalid(
      `{${body.namespace}}${body.name} is not a request of an operation this codec knows`,
    );
  return guard(() => readRequest(op, body));
}

function readRequest<O extends OperationName>(
  op: O,
  body: Parameters<typeof readRoute>[0],
): AnyRequest {
  const codec = requestCodecs[op];
  const route = readRoute(body);
  const request = codec.read(new Children(body, codec.sequence));
  // TypeScript cannot see that a generic O picks one member of the union.
  return { op, route, request } as AnyRequest;
}

/** The full SOAP 1.1 envelope of `op`'s response. Throws RangeError on values no schema form can carry. */
export function encodeResponse<O extends OperationName>(op: O, response: ResponseOf<O>): string {
  const codec = responseCodecs[op];
  return envelope(el(`${op}Response`, codec.write(response), { xmlns: ERMS_NS }));
}

export function decodeResponse<O extends OperationName>(
  op: O,
  xml: string,
): Decoded<ResponseOf<O>> {
  const opened = openEnvelope(xml);
  if (!opened.ok) return opened;
  const { body } = opened;
  if (body.name !== `${op}Response` || body.namespace !== ERMS_NS)
    return invalid(`expected ${op}Response, got {${body.namespace}}${body.name}`);
  const codec = responseCodecs[op];
  return guard(() => codec.read(new Children(body, codec.sequence)));
}

/** A SOAP 1.1 Fault envelope (for failures no OperaceStatus can report). */
export function encodeFault(faultCode: 'soap:Client' | 'soap:Server', faultString: string): string {
  return faultEnvelope(faultCode, faultString);
}

/** The body's single child as a standalone XML document (for xmllint validation in tests). */
export function soapBodyXml(envelopeXml: string): string {
  return bodyDocument(envelopeXml);
}

function guard<T>(read: () => T): Decoded<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof InvalidMessage) return invalid(error.message);
    throw error;
  }
}

function invalid(detail: string): { ok: false; failure: { kind: 'invalid'; detail: string } } {
  return { ok: false, failure: { kind: 'invalid', detail } };
}
