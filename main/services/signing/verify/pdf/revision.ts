/**
 * A revision of a PDF: its objects as the cross-reference sections of that revision
 * (and those before it) define them, objects in object streams included (ISO 32000-2
 * §7.5.7). Objects are read when asked for and remembered; a shared budget bounds what
 * one verification may parse and inflate, whatever the file claims.
 */
import { decodeStream } from './filters';
import { PdfLexer } from './lexer';
import { readIndirectObject } from './objects';
import type { XrefEntry, XrefSection } from './xref';
import {
  isIndex,
  isName,
  PdfRef,
  PdfStream,
  PdfSyntaxError,
  type PdfDict,
  type PdfValue,
} from './values';

/**
 * What one verification may spend on a file, across all its revisions — objects read,
 * bytes inflated, bytes lexed — and the cross-reference sections they share.
 */
export interface Budget {
  objects: number;
  decodedBytes: number;
  lexedBytes: number;
  sections: Map<number, XrefSection>;
}

export function newBudget(fileLength: number): Budget {
  return {
    objects: 200_000,
    decodedBytes: 256 * 1024 * 1024,
    // Each revision reads an object at most once, within its own bytes; sixteen
    // passes over the whole file is far beyond what signed files need.
    lexedBytes: 16 * fileLength + 64 * 1024 * 1024,
    sections: new Map(),
  };
}

interface Member {
  num: number;
  /** Offset from /First. */
  offset: number;
  /** Where the next member starts (or the data ends): the member cannot reach past it. */
  end: number;
}

interface ObjectStreamIndex {
  data: Uint8Array;
  first: number;
  /** In the order of the header: an xref entry names a member by its index. */
  members: Member[];
  byNum: Map<number, Member>;
}

/** More than any object stream holds; writers put ~100–200 objects in one. */
const MAX_OBJECT_STREAM_MEMBERS = 100_000;

export class Revision {
  readonly trailer: PdfDict;
  private readonly merged = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, ObjectStreamIndex>();
  private readonly inProgress = new Set<number>();
  /** Every offset the sections name, sorted: where each object's bytes must end at the latest. */
  private boundaries: Float64Array | null = null;

  /**
   * `sections` newest first, as readXrefChain returns them; only bytes before `end`
   * belong to the revision.
   */
  constructor(
    readonly bytes: Uint8Array,
    readonly sections: readonly XrefSection[],
    readonly end: number,
    private readonly budget: Budget,
  ) {
    const newest = sections[0];
    if (!newest) throw new PdfSyntaxError('no cross-reference section');
    this.trailer = newest.trailer;
    for (let i = sections.length - 1; i >= 0; i--)
      for (const [num, entry] of sections[i]!.entries) this.merged.set(num, entry);
  }

  entry(num: number): XrefEntry | undefined {
    return this.merged.get(num);
  }

  /** The numbers of the objects the revision defines. */
  definedNumbers(): number[] {
    return [...this.merged].filter(([, entry]) => entry.kind !== 'free').map(([num]) => num);
  }

  /** Whether the revision defines object `num` (in use, not free). */
  defines(num: number): boolean {
    const entry = this.merged.get(num);
    return entry !== undefined && entry.kind !== 'free';
  }

  /** The object `num`; null when the revision does not define it. Throws PdfSyntaxError when it does not read. */
  object(num: number): PdfValue {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    const entry = this.merged.get(num);
    if (!entry || entry.kind === 'free') return null;
    if (this.inProgress.has(num)) throw new PdfSyntaxError('object refers to itself');
    if (--this.budget.objects < 0) throw new PdfSyntaxError('too many objects');
    this.inProgress.add(num);
    try {
      const value =
        entry.kind === 'offset' ? this.direct(num, entry.offset) : this.compressed(num, entry);
      this.cache.set(num, value);
      return value;
    } finally {
      this.inProgress.delete(num);
    }
  }

  /** A reference followed (once); anything unreadable reads as null, as PDF readers take it. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (!(value instanceof PdfRef)) return value;
    try {
      return this.object(value.num);
    } catch (error) {
      if (error instanceof PdfSyntaxError) return null;
      throw error;
    }
  }

  private charge(bytes: number): void {
    this.budget.lexedBytes -= bytes;
    if (this.budget.lexedBytes < 0) throw new PdfSyntaxError('too much to read');
  }

  /**
   * The next offset a section names after `offset` (or the revision's end): objects do
   * not overlap, so however broken an object is, reading it stops there.
   */
  private objectEnd(offset: number): number {
    if (!this.boundaries) {
      const offsets: number[] = [];
      for (const section of this.sections) {
        offsets.push(section.offset);
        for (const entry of section.entries.values())
          if (entry.kind === 'offset') offsets.push(entry.offset);
      }
      this.boundaries = Float64Array.from(offsets).sort();
    }
    const bounds = this.boundaries;
    let low = 0;
    let high = bounds.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (bounds[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return Math.min(bounds[low] ?? this.end, this.end);
  }

  private direct(num: number, offset: number): PdfValue {
    const object = readIndirectObject(this.bytes, offset, this.objectEnd(offset), (ref) => {
      const length = this.resolve(ref);
      return isIndex(length) ? length : null;
    });
    this.charge(object.end - offset);
    if (object.num !== num) throw new PdfSyntaxError(`object ${num} is not at its offset`);
    return object.value;
  }

  /** The object numbers an object stream holds (for a file whose cross-references are rebuilt). */
  objectStreamMembers(num: number): number[] {
    return this.objectStream(num).members.map((member) => member.num);
  }

  private compressed(num: number, entry: { stream: number; index: number }): PdfValue {
    const container = this.objectStream(entry.stream);
    let member = container.members[entry.index];
    if (member?.num !== num) member = container.byNum.get(num);
    if (!member) throw new PdfSyntaxError(`object ${num} is not in its object stream`);
    const start = container.first + member.offset;
    const lexer = new PdfLexer(container.data, start, container.first + member.end, false);
    const value = lexer.value();
    this.charge(lexer.pos - start);
    return value;
  }

  private objectStream(num: number): ObjectStreamIndex {
    const known = this.objectStreams.get(num);
    if (known) return known;
    // §7.5.7: an object stream is never itself inside an object stream.
    if (this.merged.get(num)?.kind !== 'offset')
      throw new PdfSyntaxError('object stream not found');
    const stream = this.object(num);
    if (!(stream instanceof PdfStream) || !isName(stream.dict.get('Type'), 'ObjStm'))
      throw new PdfSyntaxError('not an object stream');
    const count = stream.dict.get('N');
    const first = stream.dict.get('First');
    if (!isIndex(count) || !isIndex(first) || count > MAX_OBJECT_STREAM_MEMBERS)
      throw new PdfSyntaxError('bad object stream header');
    const data = decodeStream(stream, this.budget.decodedBytes);
    this.budget.decodedBytes -= data.byteLength;
    if (this.budget.decodedBytes < 0) throw new PdfSyntaxError('too much data to decode');
    const header = new PdfLexer(data, 0, Math.min(first, data.byteLength), false);
    const members: Member[] = [];
    for (let i = 0; i < count; i++) {
      const memberNum = header.unsignedInt();
      const offset = header.unsignedInt();
      if (memberNum === null || offset === null)
        throw new PdfSyntaxError('bad object stream header');
      members.push({ num: memberNum, offset, end: data.byteLength - first });
    }
    const byOffset = [...members].sort((x, y) => x.offset - y.offset);
    byOffset.forEach((member, i) => {
      member.end = Math.max(member.offset, byOffset[i + 1]?.offset ?? member.end);
    });
    const byNum = new Map<number, Member>();
    for (const member of members) if (!byNum.has(member.num)) byNum.set(member.num, member);
    const index = { data, first, members, byNum };
    this.objectStreams.set(num, index);
    return index;
  }
}
