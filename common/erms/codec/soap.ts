import { buildXml, el, parseXml, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { DecodeFailure } from './types';

/**
 * SOAP 1.1 envelopes (document/literal, as `ermsAPI.wsdl` binds every operation): the
 * body carries exactly one element, the operation's `…Request` / `…Response`, which
 * declares the api namespace itself so it reads the same lifted out of the envelope.
 */

export const SOAP_ENV_NS = 'http://schemas.xmlsoap.org/soap/envelope/';

/** A full envelope around one body element. */
export function envelope(body: XmlNode): string {
  return buildXml(el('soap:Envelope', [el('soap:Body', [body])], { 'xmlns:soap': SOAP_ENV_NS }));
}

export function faultEnvelope(
  faultCode: 'soap:Client' | 'soap:Server',
  faultString: string,
): string {
  // faultcode and faultstring are unqualified (SOAP 1.1, section 4.4); the envelope has
  // no default namespace, so unprefixed names are in none.
  return envelope(el('soap:Fault', [el('faultcode', faultCode), el('faultstring', faultString)]));
}

export type BodyResult = { ok: true; body: XmlElement } | { ok: false; failure: DecodeFailure };

/** The body's element, or why the text is not a SOAP 1.1 message (a Fault is reported as one). */
export function openEnvelope(xml: string): BodyResult {
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    const { code, line, column, detail } = parsed.error;
    return malformed(`${code} at ${line}:${column}: ${detail}`);
  }
  const root = parsed.root;
  if (root.name !== 'Envelope' || root.namespace !== SOAP_ENV_NS)
    return malformed(`the root is {${root.namespace}}${root.name}, not a SOAP 1.1 Envelope`);
  const bodies = root.children.filter(
    (child) => child.namespace === SOAP_ENV_NS && child.name === 'Body',
  );
  const [body] = bodies;
  if (!body || bodies.length > 1) return malformed('the envelope needs exactly one Body');
  const [content, extra] = body.children;
  if (!content || extra) return malformed('the Body must carry exactly one element');
  if (content.namespace === SOAP_ENV_NS && content.name === 'Fault') return readFault(content);
  return { ok: true, body: content };
}

function readFault(fault: XmlElement): BodyResult {
  const find = (name: string) =>
    fault.children.find((child) => child.name === name && child.namespace === '');
  const code = find('faultcode');
  const text = find('faultstring');
  if (!code || !text) return malformed('a SOAP Fault without faultcode/faultstring');
  return {
    ok: false,
    failure: {
      kind: 'fault',
      faultCode: normaliseFaultCode(code.text.trim()),
      faultString: text.text,
    },
  };
}

/** Whatever prefix the sender bound to the envelope namespace, the standard codes read `soap:…`. */
function normaliseFaultCode(code: string): string {
  const local = code.includes(':') ? code.slice(code.indexOf(':') + 1) : code;
  return ['Client', 'Server', 'VersionMismatch', 'MustUnderstand'].includes(
    local.split('.')[0] ?? '',
  )
    ? `soap:${local}`
    : code;
}

function malformed(detail: string): BodyResult {
  return { ok: false, failure: { kind: 'malformed', detail } };
}

/** The body's single element as a standalone document (for schema validation in tests). */
export function bodyDocument(envelopeXml: string): string {
  const opened = openEnvelope(envelopeXml);
  if (!opened.ok) {
    const { failure } = opened;
    const detail =
      failure.kind === 'fault' ? `${failure.faultCode} ${failure.faultString}` : failure.detail;
    throw new Error(`not a SOAP message with a body element: ${detail}`);
  }
  return buildXml(toNode(opened.body, ''));
}

/** Re-creates an element with the namespace declarations it needs where it stands. */
function toNode(element: XmlElement, defaultNamespace: string): XmlNode {
  const attributes: Record<string, string> = {};
  if (element.namespace !== defaultNamespace) attributes.xmlns = element.namespace;
  let prefixes = 0;
  for (const [name, value] of Object.entries(element.attributes)) {
    const qualified = /^\{(.*)\}(.+)$/.exec(name);
    if (!qualified) {
      attributes[name] = value;
      continue;
    }
    const prefix = `a${prefixes++}`;
    attributes[`xmlns:${prefix}`] = qualified[1] ?? '';
    attributes[`${prefix}:${qualified[2] ?? ''}`] = value;
  }
  // The schemas have no mixed content: an element has either children or text.
  if (element.children.length === 0) return el(element.name, element.text, attributes);
  return el(
    element.name,
    element.children.map((child) => toNode(child, element.namespace)),
    attributes,
  );
}
