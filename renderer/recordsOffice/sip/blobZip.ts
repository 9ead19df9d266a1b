import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * A ZIP archive assembled as a Blob with fflate, built for exports of a gigabyte and
 * more. Component files are STORED: they are mostly PDF and images that do not
 * compress, and deflating a gigabyte in the renderer would take minutes.
 *
 * fflate needs every byte to compute the CRC, so each file is read in slices — but
 * the archive keeps the slice of the original Blob, not the bytes read: fflate's
 * pass-through hands each chunk on unchanged, and the chunk is recognised and
 * replaced. The bytes are then dropped, so memory stays at one slice however large
 * the export, and the browser assembles the result from the stored files. Should a
 * chunk ever come back as a copy, the copy is kept instead — larger, still correct.
 */

/** Large enough to keep per-read overhead low, small enough to hold two at once. */
export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;

/** ZIP (DOS) timestamps begin in 1980; fflate refuses anything earlier. */
const DOS_EPOCH = Date.UTC(1980, 0, 2);

function zipTime(value: Date): Date {
  return value.getTime() >= DOS_EPOCH && !Number.isNaN(value.getTime())
    ? value
    : new Date(DOS_EPOCH);
}

export class BlobZipWriter {
  private readonly parts: BlobPart[] = [];
  private readonly slices = new WeakMap<Uint8Array, Blob>();
  private readonly zip: Zip;
  private failure: Error | null = null;
  private ended = false;

  constructor(private readonly chunkBytes = DEFAULT_CHUNK_BYTES) {
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        return;
      }
      this.parts.push(this.slices.get(chunk) ?? chunk);
      if (final) this.ended = true;
    });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  /** A small text file (mets.xml), deflated. */
  addText(path: string, text: string, modified: Date): void {
    const file = new ZipDeflate(path, { level: 6 });
    file.mtime = zipTime(modified);
    this.zip.add(file);
    file.push(strToU8(text), true);
    this.check();
  }

  /**
   * A file's bytes, stored, read slice by slice; the next slice is read while the
   * current one is checksummed. `onBytes` reports progress.
   */
  async addBlob(
    path: string,
    blob: Blob,
    modified: Date,
    onBytes?: (bytes: number) => void,
  ): Promise<void> {
    const file = new ZipPassThrough(path);
    file.mtime = zipTime(modified);
    this.zip.add(file);
    if (blob.size === 0) {
      file.push(new Uint8Array(0), true);
      this.check();
      return;
    }
    const read = async (start: number) => {
      const slice = blob.slice(start, Math.min(start + this.chunkBytes, blob.size));
      return { slice, bytes: new Uint8Array(await slice.arrayBuffer()) };
    };
    let next = read(0);
    for (let offset = 0; offset < blob.size;) {
      const { slice, bytes } = await next;
      if (bytes.length === 0) throw new Error(`${path}: the file ended early`);
      offset += bytes.length;
      if (offset < blob.size) {
        next = read(offset);
        // Awaited on the next turn; this only keeps a failed read-ahead from being
        // reported as unhandled when an earlier step throws first.
        next.catch(() => undefined);
      }
      if (bytes.length === slice.size) this.slices.set(bytes, slice);
      file.push(bytes, offset >= blob.size);
      this.check();
      onBytes?.(bytes.length);
    }
  }

  /** Closes the archive; call once, after the last file. */
  finish(): Blob {
    this.zip.end();
    this.check();
    if (!this.ended) throw new Error('the ZIP archive did not end');
    return new Blob(this.parts, { type: 'application/zip' });
  }
}
