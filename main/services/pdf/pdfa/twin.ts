import { PDFDocument } from 'pdf-lib';
import { readMetadataStream, setMetadataStream } from './metadataStream';
import { setHeaderVersion } from './savePdfA';

/** The same XMP packet, claiming PDF/A-1b (PDF/A-1 has no level U). */
export function claimPart1(xmp: string): string {
  return xmp
    .replace(/(pdfaid:part\s*=\s*["'])\s*\d+\s*(["'])/g, '$11$2')
    .replace(/(<pdfaid:part>)\s*\d+\s*(<\/pdfaid:part>)/g, '$11$2')
    .replace(/(pdfaid:conformance\s*=\s*["'])\s*[A-Za-z]\s*(["'])/g, '$1B$2')
    .replace(/(<pdfaid:conformance>)\s*[A-Za-z]\s*(<\/pdfaid:conformance>)/g, '$1B$2');
}

/**
 * A PDF/A-1b twin of a PDF/A-2b file, for PDFBox Preflight (which checks PDF/A-1b
 * only): the same objects, the XMP claiming part 1, written without object or
 * cross-reference streams under a 1.4 header. A PDF/A-2b file that uses nothing
 * PDF/A-1 lacks (transparency, JPEG 2000, layers, embedded files) passes as its twin;
 * the files this application writes use none of those.
 */
export async function pdfA1bTwin(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const xmp = readMetadataStream(doc);
  if (xmp !== undefined) setMetadataStream(doc, claimPart1(xmp));
  const twin = await doc.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  setHeaderVersion(twin, '1.4');
  return twin;
}
