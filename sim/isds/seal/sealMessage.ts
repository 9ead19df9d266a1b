/**
 * A whole ZFO from a message or a delivery info: dmHash over its dmDm (the
 * simulator's convention, `dmHash.ts`), the timestamp over that hash, and the seal
 * over the XML that carries both.
 */
import { encodeSignedContent } from '../../../common/isds/codec';
import type { MessageHash, SignedContent } from '../../../common/isds/model';
import { computeDmHash, dmDmElement } from './dmHash';

export interface Sealer {
  sealContent(xml: string, signingTime?: Date): Promise<Uint8Array>;
  timestampToken(algorithm: string, value: Uint8Array | string, genTime: Date): Promise<Uint8Array>;
}

export interface SealedMessage {
  zfo: Uint8Array;
  /** The content with the dmHash and dmQTimestamp that were sealed. */
  content: SignedContent;
  xml: string;
}

function withHash(
  content: SignedContent,
  dmHash: MessageHash,
  dmQTimestamp: Uint8Array | null,
): SignedContent {
  return content.kind === 'delivery'
    ? { kind: 'delivery', delivery: { ...content.delivery, dmHash, dmQTimestamp } }
    : { kind: content.kind, message: { ...content.message, dmHash, dmQTimestamp } };
}

/**
 * Seals `content` as ISDS would hand it out at `at` (the simulator's clock): the
 * timestamp's genTime and the seal's signingTime. dmHash and dmQTimestamp of the
 * content given are replaced.
 */
export async function sealMessage(
  sealer: Sealer,
  content: SignedContent,
  at: Date,
): Promise<SealedMessage> {
  // dmHash lies outside dmDm, so a placeholder does not change what is hashed.
  const draft = encodeSignedContent(withHash(content, { algorithm: 'SHA-256', value: '' }, null));
  const dmHash = computeDmHash(dmDmElement(draft));
  const dmQTimestamp = await sealer.timestampToken(dmHash.algorithm, dmHash.value, at);
  const sealed = withHash(content, dmHash, dmQTimestamp);
  const xml = encodeSignedContent(sealed);
  return { zfo: await sealer.sealContent(xml, at), content: sealed, xml };
}
