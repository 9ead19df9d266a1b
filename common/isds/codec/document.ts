import { parseXml, type XmlElement } from '../../nsesss/xml';
import { InvalidMessage } from '../../erms/codec/reader';
import type { Decoded, DecodeFailure } from './types';

/** Parsing a standalone ISDS document (a ZFO's content, a bare response body) and running a reader on it. */

export type RootResult = { ok: true; root: XmlElement } | { ok: false; failure: DecodeFailure };

export function parseDocument(xml: string): RootResult {
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    const { code, line, column, detail } = parsed.error;
    return {
      ok: false,
      failure: { kind: 'malformed', detail: `${code} at ${line}:${column}: ${detail}` },
    };
  }
  return { ok: true, root: parsed.root };
}

/**
 * The tree with elements of namespace `from` moved to `to`. A ZFO's outer elements are
 * in …/v20/message (or /SentMessage, /delivery) around dmDm in …/v20; moved, one set of
 * readers serves both. What is inside dmXMLContent is foreign content and left alone.
 */
export function moveNamespace(element: XmlElement, from: string, to: string): XmlElement {
  const namespace = element.namespace === from ? to : element.namespace;
  if (element.name === 'dmXMLContent') return { ...element, namespace };
  return {
    ...element,
    namespace,
    children: element.children.map((child) => moveNamespace(child, from, to)),
  };
}

export function guard<T>(read: () => T): Decoded<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof InvalidMessage) return invalid(error.message);
    throw error;
  }
}

export function invalid(detail: string): {
  ok: false;
  failure: { kind: 'invalid'; detail: string };
} {
  return { ok: false, failure: { kind: 'invalid', detail } };
}

/**
 * Large base64 values (files, ZFOs) are cut out of the text before it is parsed and
 * put back by the readers (`ReadContext.base64`): the XML parser walks text character
 * by character, which for a 20 MB file is seconds, while these elements are plain
 * base64 that `decodeBase64` checks anyway. Only text of these elements, all base64
 * and longer than `LIFT_FROM`, is cut; the element stays where it was with a marker
 * as its text, so every structural check still applies.
 */
const LIFT_FROM = 16 * 1024;
const LIFTED =
  /(<(?:[A-Za-z_][\w.-]*:)?(?:dmEncodedContent|dmSignature|dmMessage)(?:\s[^>]*)?(?<!\/)>)([A-Za-z0-9+/=\s]+)(?=<\/)/g;

export interface Lifted {
  text: string;
  values: ReadonlyMap<string, string>;
}

export function liftBase64(xml: string): Lifted {
  const values = new Map<string, string>();
  if (xml.length < LIFT_FROM) return { text: xml, values };
  const nonce = Math.random().toString(36).slice(2);
  const text = xml.replace(LIFTED, (whole, tag: string, value: string) => {
    if (value.length < LIFT_FROM) return whole;
    const marker = `@@base64-${nonce}-${values.size}@@`;
    values.set(marker, value);
    return tag + marker;
  });
  return { text, values };
}
