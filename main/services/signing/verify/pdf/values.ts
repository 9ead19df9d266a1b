/**
 * PDF objects (ISO 32000-2 §7.3) as the signature verifier reads them. Strings keep
 * where they stood in the file, because a signature's /Contents must sit exactly in
 * the gap its /ByteRange leaves.
 */

/** The file is not the PDF syntax it claims to be, or a limit was reached. */
export class PdfSyntaxError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'PdfSyntaxError';
  }
}

export class PdfName {
  constructor(readonly value: string) {}
}

/** Byte offsets [start, end) of a token in the file; null for tokens read from a decoded stream. */
export interface Span {
  start: number;
  end: number;
}

export class PdfString {
  constructor(
    readonly bytes: Uint8Array,
    readonly hex: boolean,
    readonly span: Span | null,
  ) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfDict {
  constructor(readonly entries: ReadonlyMap<string, PdfValue>) {}

  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }
}

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** The raw (still encoded) data: a view into the bytes it was read from. */
    readonly data: Uint8Array,
  ) {}
}

export type PdfValue =
  null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfStream | PdfValue[];

export function isName(value: PdfValue | undefined, name?: string): value is PdfName {
  return value instanceof PdfName && (name === undefined || value.value === name);
}

/** A non-negative integer that JavaScript holds exactly. */
export function isIndex(value: PdfValue | undefined): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The dictionary of a dictionary or of a stream. */
export function dictOf(value: PdfValue | undefined): PdfDict | null {
  if (value instanceof PdfDict) return value;
  if (value instanceof PdfStream) return value.dict;
  return null;
}
