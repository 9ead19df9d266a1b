/**
 * Sealed sample messages for tests and the benchmark: a received message with one
 * PDF-like attachment of a chosen size, sealed and timestamped by a simulator authority.
 */
import type { SignedContent } from '../../../common/isds/model';
import {
  sampleEnvelope,
  sampleFile,
  sampleReturnedMessage,
} from '../../../common/isds/testing/samples';
import type { SealAuthority } from './index';
import type { SealedMessage } from './sealMessage';

/** Bytes that start and end like a PDF, filled deterministically from `seed`. */
export function pdfLikeBytes(size: number, seed: number): Uint8Array {
  const head = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');
  const tail = new TextEncoder().encode('\n%%EOF\n');
  const bytes = new Uint8Array(Math.max(size, head.byteLength + tail.byteLength));
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let index = head.byteLength; index < bytes.byteLength - tail.byteLength; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  bytes.set(head, 0);
  bytes.set(tail, bytes.byteLength - tail.byteLength);
  return bytes;
}

export function sampleReceivedContent(dmID: string, attachmentBytes: number): SignedContent {
  return {
    kind: 'received',
    message: sampleReturnedMessage({
      envelope: sampleEnvelope({ dmID }),
      files: [
        sampleFile({
          dmFileDescr: `priloha-${dmID}.pdf`,
          content: pdfLikeBytes(attachmentBytes, Number(dmID)),
        }),
      ],
      dmAttachmentSize: Math.ceil(attachmentBytes / 1024),
    }),
  };
}

/** A received message `dmID` with an attachment of `attachmentBytes`, sealed at `at`. */
export function sealSampleMessage(
  authority: SealAuthority,
  dmID: string,
  attachmentBytes: number,
  at = new Date('2026-03-02T09:15:04.123Z'),
): Promise<SealedMessage> {
  return authority.sealMessage(sampleReceivedContent(dmID, attachmentBytes), at);
}
