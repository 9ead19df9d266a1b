import { PDFStream } from 'pdf-lib';

/**
 * pdf-lib writes each stream's contents into the output one byte at a time in a JS loop
 * (PDFStream.copyBytesInto); for scans (tens of MB of JPEG data passed through) that
 * loop was most of a conversion's time. This does the same with one typed-array copy.
 * pdf-lib is not released any more, so the fix lives here: the bytes written are the
 * same — the dictionary, "\nstream\n", the contents, "\nendstream" — which the PDF/A
 * tests compare against qpdf and Preflight.
 */
const STREAM = new TextEncoder().encode('\nstream\n');
const ENDSTREAM = new TextEncoder().encode('\nendstream');

let installed = false;

/** pdf-lib's own loop, kept for the test that compares the two. */
export const pdfLibCopyBytesInto = PDFStream.prototype.copyBytesInto;

export function installFastStreamCopy(): void {
  if (installed) return;
  installed = true;
  PDFStream.prototype.copyBytesInto = function copyBytesInto(
    this: PDFStream,
    buffer: Uint8Array,
    offset: number,
  ): number {
    this.updateDict();
    const initialOffset = offset;
    offset += this.dict.copyBytesInto(buffer, offset);
    buffer.set(STREAM, offset);
    offset += STREAM.length;
    const contents = this.getContents();
    buffer.set(contents, offset);
    offset += contents.length;
    buffer.set(ENDSTREAM, offset);
    offset += ENDSTREAM.length;
    return offset - initialOffset;
  };
}
