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

/** PDF/A declares itself in its XMP (`pdfaid:part`), which PDF/A keeps unfiltered, so a byte search finds it. */
export function claimsPdfA(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  return /pdfaid:part\s*(=\s*["']|>)\s*[1-4]/.test(text);
}

export async function outputFormatOf(component: ComponentRecord): Promise<OutputFormatVerdict> {
  if (component.role && KEPT_ROLES.has(component.role)) return 'kept';
  const mime = component.mime.toLowerCase();
  if (IMAGE_OUTPUT.has(mime)) return 'output';
  if (mime === 'application/pdf') {
    const bytes = new Uint8Array(await component.blob.arrayBuffer());
    return claimsPdfA(bytes) ? 'output' : 'needsChange';
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
