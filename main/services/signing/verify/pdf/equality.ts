/** Whether two PDF values are the same: references by number and generation, streams by dictionary and raw data. */
import { PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from './values';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

function sameDict(a: PdfDict, b: PdfDict): boolean {
  if (a.entries.size !== b.entries.size) return false;
  for (const [key, value] of a.entries) if (!samePdfValue(value, b.get(key))) return false;
  return true;
}

export function samePdfValue(a: PdfValue | undefined, b: PdfValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a))
    return (
      Array.isArray(b) && a.length === b.length && a.every((item, i) => samePdfValue(item, b[i]))
    );
  if (a instanceof PdfName) return b instanceof PdfName && a.value === b.value;
  if (a instanceof PdfString) return b instanceof PdfString && sameBytes(a.bytes, b.bytes);
  if (a instanceof PdfRef) return b instanceof PdfRef && a.num === b.num && a.gen === b.gen;
  if (a instanceof PdfDict) return b instanceof PdfDict && sameDict(a, b);
  if (a instanceof PdfStream)
    return b instanceof PdfStream && sameDict(a.dict, b.dict) && sameBytes(a.data, b.data);
  return false;
}

/** The keys whose values differ between two dictionaries (present in either). */
export function changedKeys(before: PdfDict, after: PdfDict): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => !samePdfValue(before.get(key), after.get(key)));
}
