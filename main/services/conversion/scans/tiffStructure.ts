/**
 * A reader of the TIFF structure (TIFF 6.0 §2; BigTIFF): the header and the image file
 * directories with their tag values — never the image data. Scans need what sharp's
 * metadata() does not say: every directory's compression (to refuse e.g. JPEG 2000
 * before libtiff meets it), the directory count without opening each page, and the
 * strip layout for passing CCITT G4 data through. The same structure carries a JPEG's
 * EXIF block. Every read is bounds-checked; a broken structure throws TiffStructureError.
 */

export class TiffStructureError extends Error {
  override readonly name = 'TiffStructureError';
}

export interface TiffEntry {
  tag: number;
  type: number;
  count: number;
  /** Where the values start (inline in the entry, or where its offset points). */
  at: number;
}

export interface TiffDirectory {
  /** Where the directory starts. */
  offset: number;
  entries: Map<number, TiffEntry>;
  /** The next directory's offset; 0 after the last. */
  next: number;
}

/** Bytes per value of each field type (TIFF 6.0 §2 and BigTIFF's LONG8/SLONG8/IFD8). */
const TYPE_SIZE: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
  16: 8,
  17: 8,
  18: 8,
};

/** More values than any tag of a scan holds (strip offsets of a tall image included). */
const MAX_VALUES = 1_000_000;

export class TiffStructure {
  readonly littleEndian: boolean;
  readonly big: boolean;
  readonly firstDirectory: number;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const order = this.u16raw(0);
    if (order !== 0x4949 && order !== 0x4d4d) throw new TiffStructureError('byte order');
    this.littleEndian = order === 0x4949;
    const magic = this.u16(2);
    if (magic === 42) {
      this.big = false;
      this.firstDirectory = this.u32(4);
    } else if (magic === 43) {
      this.big = true;
      if (this.u16(4) !== 8 || this.u16(6) !== 0) throw new TiffStructureError('BigTIFF header');
      this.firstDirectory = this.u64(8);
    } else {
      throw new TiffStructureError('magic');
    }
  }

  private check(offset: number, length: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset + length > this.view.byteLength) {
      throw new TiffStructureError(`read outside the file at ${offset}`);
    }
  }

  private u16raw(offset: number): number {
    this.check(offset, 2);
    return this.view.getUint16(offset, false);
  }

  u8(offset: number): number {
    this.check(offset, 1);
    return this.view.getUint8(offset);
  }

  u16(offset: number): number {
    this.check(offset, 2);
    return this.view.getUint16(offset, this.littleEndian);
  }

  u32(offset: number): number {
    this.check(offset, 4);
    return this.view.getUint32(offset, this.littleEndian);
  }

  u64(offset: number): number {
    this.check(offset, 8);
    const value = this.view.getBigUint64(offset, this.littleEndian);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new TiffStructureError('offset too large');
    return Number(value);
  }

  private offsetAt(offset: number): number {
    return this.big ? this.u64(offset) : this.u32(offset);
  }

  readDirectory(offset: number): TiffDirectory {
    const count = this.big ? this.u64(offset) : this.u16(offset);
    const entrySize = this.big ? 20 : 12;
    const start = offset + (this.big ? 8 : 2);
    this.check(start, count * entrySize + (this.big ? 8 : 4));
    const entries = new Map<number, TiffEntry>();
    for (let index = 0; index < count; index++) {
      const entry = start + index * entrySize;
      const tag = this.u16(entry);
      const type = this.u16(entry + 2);
      const values = this.big ? this.u64(entry + 4) : this.u32(entry + 4);
      const size = TYPE_SIZE[type];
      // Unknown field types must be skipped (TIFF 6.0 §2), their tags are not ours.
      if (size === undefined) continue;
      const inline = this.big ? 8 : 4;
      const valueField = entry + (this.big ? 12 : 8);
      const at = values * size <= inline ? valueField : this.offsetAt(valueField);
      entries.set(tag, { tag, type, count: values, at });
    }
    return { offset, entries, next: this.offsetAt(start + count * entrySize) };
  }

  /** The numeric values of an entry (a RATIONAL as its quotient). */
  values(entry: TiffEntry): number[] {
    if (entry.count > MAX_VALUES) throw new TiffStructureError(`tag ${entry.tag}: too many values`);
    const size = TYPE_SIZE[entry.type] ?? 1;
    this.check(entry.at, entry.count * size);
    const result: number[] = [];
    for (let index = 0; index < entry.count; index++) {
      const at = entry.at + index * size;
      switch (entry.type) {
        case 3:
        case 8:
          result.push(this.u16(at));
          break;
        case 4:
        case 9:
        case 13:
          result.push(this.u32(at));
          break;
        case 5:
        case 10: {
          const denominator = this.u32(at + 4);
          result.push(denominator === 0 ? 0 : this.u32(at) / denominator);
          break;
        }
        case 16:
        case 17:
        case 18:
          result.push(this.u64(at));
          break;
        case 11:
          result.push(this.view.getFloat32(at, this.littleEndian));
          break;
        case 12:
          result.push(this.view.getFloat64(at, this.littleEndian));
          break;
        default:
          result.push(this.u8(at));
      }
    }
    return result;
  }

  /** The first value of a tag, or undefined when the directory lacks it. */
  value(directory: TiffDirectory, tag: number): number | undefined {
    const entry = directory.entries.get(tag);
    if (!entry || entry.count === 0) return undefined;
    return this.values({ ...entry, count: 1 })[0];
  }

  /**
   * Every directory in the chain, stopping at `limit` (the caller refuses more pages
   * anyway). A chain that loops back is broken, not endless.
   */
  directories(limit: number): { directories: TiffDirectory[]; more: boolean } {
    const directories: TiffDirectory[] = [];
    const seen = new Set<number>();
    let offset = this.firstDirectory;
    while (offset !== 0) {
      if (directories.length >= limit) return { directories, more: true };
      if (seen.has(offset)) throw new TiffStructureError('directories form a loop');
      seen.add(offset);
      const directory = this.readDirectory(offset);
      directories.push(directory);
      offset = directory.next;
    }
    if (directories.length === 0) throw new TiffStructureError('no directory');
    return { directories, more: false };
  }
}
