import type { PDFDocument } from 'pdf-lib';
import { addCidSets } from './cidSet';
import type { ColorProfile } from './colorProfile';
import { setPlaceholderId, stampFileId } from './fileId';
import { inspectObjects } from './import/inspect';
import { firstRefusal, refusalError } from './import/refusals';
import { normalizeInfo } from './info';
import { setMetadataStream } from './metadataStream';
import { ensureOutputIntent } from './outputIntent';
import { installFastStreamCopy } from './streamCopy';
import { buildXmpPacket } from './xmp';

installFastStreamCopy();

export interface SavePdfAOptions {
  /**
   * 2: PDF/A-2b, the files the application writes (object streams allowed).
   * 1: PDF/A-1b, the twin that PDFBox Preflight can check: header 1.4, classic
   *    cross-reference table, no object streams.
   */
  part: 1 | 2;
  colorProfile: ColorProfile;
}

/** Rewrites the "%PDF-1.7" pdf-lib always writes (same length, so no offset moves). */
export function setHeaderVersion(bytes: Uint8Array, version: '1.4'): void {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (!/^%PDF-1\.\d$/.test(header)) throw new Error(`PDF/A: unexpected header ${header}`);
  bytes.set(new TextEncoder().encode(`%PDF-${version}`), 0);
}

/**
 * The one way the application saves a PDF: as PDF/A (level b). Adds the output
 * intent, the XMP packet that repeats the Info dictionary (Title, Author, Subject,
 * Keywords, Creator, Producer, CreationDate, ModDate — set them on `doc` first, as
 * createDocument does), CIDSets for the font subsets, and the trailer /ID. A document
 * that is encrypted, carries JavaScript or forbidden actions, a font not embedded,
 * transparency or anything else importPdfAsPdfA would refuse makes it throw (a
 * programming error, not the user's): the renderers must not draw such things.
 */
export async function savePdfA(doc: PDFDocument, options: SavePdfAOptions): Promise<Uint8Array> {
  if (doc.isEncrypted) throw new Error('PDF/A: an encrypted document cannot be saved as PDF/A');
  // Fonts (subsets and standard ones) are only written into the file on flush.
  await doc.flush();
  // A renderer that drew with a standard font, opacity or an image with alpha would
  // otherwise write a file that only claims to be PDF/A.
  const refusal = firstRefusal(inspectObjects(doc.context).refusals);
  if (refusal) throw new Error(`PDF/A: ${refusalError(refusal).message}`);
  ensureOutputIntent(doc, options.colorProfile);
  const { entries } = normalizeInfo(doc);
  setMetadataStream(
    doc,
    buildXmpPacket({
      part: options.part,
      title: entries.title,
      author: entries.author,
      subject: entries.subject,
      keywords: entries.keywords,
      creatorTool: entries.creator,
      producer: entries.producer,
      createdAt: entries.createdAt,
      modifiedAt: entries.modifiedAt,
    }),
  );
  addCidSets(doc);
  setPlaceholderId(doc);
  const bytes = await doc.save({
    useObjectStreams: options.part === 2,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  if (options.part === 1) setHeaderVersion(bytes, '1.4');
  return stampFileId(bytes);
}
