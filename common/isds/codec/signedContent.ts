import type { XmlNode } from '../../nsesss/xml';
import type { IsdsStatus, ReturnedMessage, SignedContent } from '../model';
import { guard, invalid, liftBase64, moveNamespace, parseDocument } from './document';
import { Fields, isNil, Writer } from './fields';
import { openEnvelope } from '../../erms/codec/soap';
import {
  readDelivery,
  readReturnedMessage,
  ReadContext,
  writeDelivery,
  writeReturnedMessage,
} from './messages';
import { readDmStatus } from './status';
import {
  ISDS_DELIVERY_NS,
  ISDS_NS,
  ISDS_RECEIVED_NS,
  ISDS_SENT_NS,
  XSI_NS,
  type Decoded,
} from './types';
import { RawXml, xmlContentFragments } from './xmlContent';

/**
 * The XML inside a ZFO (and inside dmSignature): what ISDS signed. Three kinds, told
 * apart by the root's namespace:
 * - `<q:MessageDownloadResponse xmlns:q="…/v20/message">`: a received message;
 * - the same in `…/v20/SentMessage`: a sent message;
 * - `<q:GetDeliveryInfoResponse xmlns:q="…/v20/delivery">`: a delivery info (doručenka).
 * dmDm and everything in it are in `…/v20`.
 */

const KINDS = [
  { namespace: ISDS_RECEIVED_NS, root: 'MessageDownloadResponse', kind: 'received' },
  { namespace: ISDS_SENT_NS, root: 'MessageDownloadResponse', kind: 'sent' },
  { namespace: ISDS_DELIVERY_NS, root: 'GetDeliveryInfoResponse', kind: 'delivery' },
] as const;

export function decodeSignedContent(xml: string): Decoded<SignedContent> {
  const lifted = liftBase64(xml);
  const parsed = parseDocument(lifted.text);
  if (!parsed.ok) return parsed;
  const { root } = parsed;
  const kind = KINDS.find((item) => item.namespace === root.namespace && item.root === root.name);
  if (!kind)
    return invalid(`{${root.namespace}}${root.name} is not the content of a ZFO ISDS issues`);
  const tree = moveNamespace(root, kind.namespace, ISDS_NS);
  return guard((): SignedContent => {
    if (kind.kind === 'delivery') {
      const f = new Fields(tree, ['dmDelivery', 'dmStatus']);
      return { kind: 'delivery', delivery: readDelivery(f.c.one('dmDelivery')) };
    }
    const f = new Fields(tree, ['dmReturnedMessage', 'dmStatus']);
    const message = readReturnedMessage(
      f.c.one('dmReturnedMessage'),
      new ReadContext(xmlContentFragments(xml), lifted.values),
    );
    return { kind: kind.kind, message };
  });
}

/** The content as ISDS writes it (for the simulator's ZFOs and for tests). */
export function encodeSignedContent(content: SignedContent): string {
  const kind = KINDS.find((item) => item.kind === content.kind) ?? KINDS[0];
  const q = new Writer('q');
  const raw = new RawXml();
  const body: XmlNode =
    content.kind === 'delivery'
      ? writeDelivery(q, 'dmDelivery', content.delivery)
      : writeReturnedMessage(q, 'dmReturnedMessage', content.message, { raw });
  return raw.build(q.el(kind.root, [body], { 'xmlns:q': kind.namespace, 'xmlns:xsi': XSI_NS }));
}

/**
 * A MessageDownloadResponse body in `…/v20` (the MessageDownload operation's answer,
 * bare or in a SOAP envelope): the message and the status. Úřadovna downloads signed
 * messages, but ISDS and its test data also give messages this way.
 */
export function decodeMessageDownload(
  xml: string,
): Decoded<{ message: ReturnedMessage | null; status: IsdsStatus | null }> {
  const lifted = liftBase64(xml);
  const parsed = parseDocument(lifted.text);
  if (!parsed.ok) return parsed;
  let root = parsed.root;
  if (root.name === 'Envelope') {
    const opened = openEnvelope(lifted.text);
    if (!opened.ok) return opened;
    root = opened.body;
  }
  if (root.namespace !== ISDS_NS || root.name !== 'MessageDownloadResponse')
    return invalid(`expected MessageDownloadResponse, got {${root.namespace}}${root.name}`);
  const element = root;
  return guard(() => {
    const f = new Fields(element, ['dmReturnedMessage', 'dmStatus']);
    const returned = f.c.opt('dmReturnedMessage');
    const status = f.c.opt('dmStatus');
    return {
      message:
        returned && !isNil(returned)
          ? readReturnedMessage(returned, new ReadContext(xmlContentFragments(xml), lifted.values))
          : null,
      status: status ? readDmStatus(status) : null,
    };
  });
}
