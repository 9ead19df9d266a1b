/**
 * The simulator's dmHash: ISDS hashes the dmDm element, but how it canonicalises it
 * is not documented reliably, so the simulator has a convention of its own — SHA-256
 * over the UTF-8 bytes of the dmDm element exactly as it stands in the content the
 * simulator seals (from `<p:dmDm` to `</p:dmDm>`, as `encodeSignedContent` writes it),
 * base64-encoded. The client never recomputes it; it compares the timestamp's imprint
 * with dmHash.
 */
import { createHash } from 'node:crypto';
import type { MessageHash } from '../../../common/isds/model';

export function computeDmHash(dmDmXml: string): MessageHash {
  return {
    algorithm: 'SHA-256',
    value: createHash('sha256').update(dmDmXml, 'utf8').digest('base64'),
  };
}

/** The dmDm element's text in a serialised message or delivery info (whatever its prefix). */
export function dmDmElement(xml: string): string {
  const found = /<(?:([\w.-]+):)?dmDm[\s>/][\s\S]*?<\/(?:\1:)?dmDm\s*>/.exec(xml);
  if (!found) throw new Error('the content has no dmDm element');
  return found[0];
}
