import {
  PDFDict,
  PDFHexString,
  PDFName,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { xmlSafe } from './xmp';

/** The document information dictionary's entries that XMP mirrors. */
export interface InfoEntries {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  createdAt?: Date;
  modifiedAt?: Date;
}

const TEXT_KEYS = {
  title: 'Title',
  author: 'Author',
  subject: 'Subject',
  keywords: 'Keywords',
  creator: 'Creator',
  producer: 'Producer',
} as const;

const DATE_KEYS = { createdAt: 'CreationDate', modifiedAt: 'ModDate' } as const;

/** The trailer's /Info dictionary, created when the file has none. */
export function infoDictOf(doc: PDFDocument): PDFDict {
  const { context } = doc;
  const existing = context.trailerInfo.Info && context.lookup(context.trailerInfo.Info);
  if (existing instanceof PDFDict) return existing;
  const info = context.obj({});
  context.trailerInfo.Info = context.register(info);
  return info;
}

function decodedText(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString
    ? value.decodeText()
    : undefined;
}

function decodedDate(value: PDFObject | undefined): Date | undefined {
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return undefined;
  try {
    const date = value.decodeDate();
    return Number.isNaN(date.getTime()) ? undefined : date;
  } catch {
    return undefined;
  }
}

/**
 * Rewrites the Info entries into the one form XMP can repeat exactly: text without
 * characters XML cannot hold, dates in UTC to the second (pdf-lib's own format).
 * Entries that are not text, or dates that do not parse, are removed. Returns the
 * entries as they now stand and the keys that had to change.
 */
export function normalizeInfo(doc: PDFDocument): { entries: InfoEntries; changed: string[] } {
  const info = infoDictOf(doc);
  const entries: InfoEntries = {};
  const changed: string[] = [];
  for (const [field, key] of Object.entries(TEXT_KEYS) as [keyof typeof TEXT_KEYS, string][]) {
    const name = PDFName.of(key);
    const raw = info.lookup(name);
    if (raw === undefined) continue;
    const text = decodedText(raw);
    if (text === undefined) {
      info.delete(name);
      changed.push(key);
      continue;
    }
    const safe = xmlSafe(text);
    if (safe !== text) {
      info.set(name, PDFHexString.fromText(safe));
      changed.push(key);
    }
    entries[field] = safe;
  }
  for (const [field, key] of Object.entries(DATE_KEYS) as [keyof typeof DATE_KEYS, string][]) {
    const name = PDFName.of(key);
    const raw = info.lookup(name);
    if (raw === undefined) continue;
    const date = decodedDate(raw);
    if (date === undefined) {
      info.delete(name);
      changed.push(key);
      continue;
    }
    const normal = PDFString.fromDate(date);
    if (!(raw instanceof PDFString) || raw.asString() !== normal.asString()) {
      info.set(name, normal);
      changed.push(key);
    }
    // The stored form has whole seconds; XMP must name the same second.
    entries[field] = new Date(Math.floor(date.getTime() / 1000) * 1000);
  }
  return { entries, changed };
}
