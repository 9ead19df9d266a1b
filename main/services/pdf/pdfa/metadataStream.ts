import { PDFName, PDFRawStream, decodePDFRawStream, type PDFDocument } from 'pdf-lib';

/**
 * Puts the XMP packet into the catalog's /Metadata as a stream without filters,
 * so any tool can read it as text (ISO 19005-1, 6.7.2 forbids filters on it).
 */
export function setMetadataStream(doc: PDFDocument, xmp: string): void {
  const bytes = new TextEncoder().encode(xmp);
  const stream = doc.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** The catalog's XMP packet as text, or undefined when there is none or it cannot be decoded. */
export function readMetadataStream(doc: PDFDocument): string | undefined {
  const stream = doc.catalog.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFRawStream)) return undefined;
  try {
    return new TextDecoder().decode(decodePDFRawStream(stream).decode());
  } catch {
    return undefined;
  }
}
