import type { ComponentRecord } from '../../db/schema';

/**
 * Whether a component is already in an output data format (výstupní datový formát,
 * § 23 vyhlášky 259/2012 Sb.) or needs the format change of § 69a zákona 499/2004 Sb.
 * before its case file is closed. The vyhláška names PDF/A for text documents and PNG,
 * TIFF, JPEG/JFIF and GIF for still images; signed originals (a data message's ZFO, a
 * signed letter or conversion output) are kept as they are — changing them would lose
 * the signature the record rests on.
 */
export type OutputFormatVerdict = 'output' | 'needsChange' | 'kept';

const IMAGE_OUTPUT = new Set(['image/png', 'image/tiff', 'image/jpeg', 'image/gif']);
const KEPT_ROLES = new Set<ComponentRecord['role']>([
  'signedOriginal',
  'signedLetter',
  'conversionOutput',
  'conversionPrint',
  'formatChanged',
]);

const NEEDLE = new TextEncoder().encode('pdfaid:part');
const CLAIM_AFTER_NEEDLE = /^\s*(=\s*["']|>)\s*[1-4]/;

/**
 * PDF/A declares itself in its XMP (`pdfaid:part`), which PDF/A keeps unfiltered, so a
 * byte search finds it. The bytes are searched as they are (a PDF can be tens of MB;
 * decoding it all to a string for a regular expression took as long as reading it).
 */
export function claimsPdfA(bytes: Uint8Array): boolean {
  const first = NEEDLE[0] as number;
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (!NEEDLE.every((byte, index) => bytes[at + index] === byte)) continue;
    const after = new TextDecoder('latin1').decode(
      bytes.subarray(at + NEEDLE.length, at + NEEDLE.length + 32),
    );
    if (CLAIM_AFTER_NEEDLE.test(after)) return true;
  }
  return false;
}

/** Verdicts of PDFs by content hash: a component's bytes never change, and the journal
 * detail asks again each time a document is opened. */
const pdfClaims = new Map<string, boolean>();

async function pdfClaimOf(component: ComponentRecord): Promise<boolean> {
  const known = pdfClaims.get(component.sha256);
  if (known !== undefined) return known;
  const claim = claimsPdfA(new Uint8Array(await component.blob.arrayBuffer()));
  pdfClaims.set(component.sha256, claim);
  return claim;
}

export async function outputFormatOf(component: ComponentRecord): Promise<OutputFormatVerdict> {
  if (component.role && KEPT_ROLES.has(component.role)) return 'kept';
  const mime = component.mime.toLowerCase();
  if (IMAGE_OUTPUT.has(mime)) return 'output';
  if (mime === 'application/pdf') {
    return (await pdfClaimOf(component)) ? 'output' : 'needsChange';
  }
  return 'needsChange';
}

/**
 * The components of these documents that still need a format change: not kept as signed,
 * not in an output format, and not converted yet (no `formatChanged` made from them).
 */
export async function componentsNeedingFormatChange(
  components: ComponentRecord[],
): Promise<ComponentRecord[]> {
  const converted = new Set(
    components
      .filter((component) => component.role === 'formatChanged' && component.derivedFrom)
      .map((component) => component.derivedFrom),
  );
  const needing: ComponentRecord[] = [];
  for (const component of components) {
    if (converted.has(component.id)) continue;
    if ((await outputFormatOf(component)) === 'needsChange') needing.push(component);
  }
  return needing;
}
