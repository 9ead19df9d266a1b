import { PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';
import type { Refusal } from './refusals';

const FLAG = { invisible: 1, hidden: 2, print: 4, noView: 32 } as const;

export interface AnnotationFixes {
  /** Annotations that got the Print flag PDF/A requires. */
  printFlagSet: number;
  /** Appearance dictionaries cut down to the normal appearance (/N). */
  appearancesTrimmed: number;
  /** /NeedAppearances removed from the form. */
  needAppearancesRemoved: boolean;
  refusals: Refusal[];
}

function isZeroSized(annotation: PDFDict): boolean {
  const rect = annotation.lookup(PDFName.of('Rect'));
  if (!(rect instanceof PDFArray) || rect.size() !== 4) return false;
  const [x1, y1, x2, y2] = rect.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : 0));
  return x1 === x2 && y1 === y2;
}

/**
 * Brings annotations to what PDF/A requires (ISO 19005-2, 6.3.2–6.3.3): printable,
 * not hidden, with only a normal appearance. What can be set without changing what
 * the page shows is set; a hidden annotation, or one with no appearance at all, is
 * refused, because showing or drawing it would change the document.
 */
export function fixAnnotations(doc: PDFDocument): AnnotationFixes {
  const fixes: AnnotationFixes = {
    printFlagSet: 0,
    appearancesTrimmed: 0,
    needAppearancesRemoved: false,
    refusals: [],
  };
  for (const page of doc.getPages()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (const entry of annots.asArray()) {
      const annotation = doc.context.lookup(entry);
      if (!(annotation instanceof PDFDict)) continue;
      const subtype = annotation.lookup(PDFName.of('Subtype'));
      const flagsObject = annotation.lookup(PDFName.of('F'));
      const flags = flagsObject instanceof PDFNumber ? flagsObject.asNumber() : 0;
      if (flags & (FLAG.invisible | FLAG.hidden | FLAG.noView)) {
        fixes.refusals.push({ kind: 'unsupported', feature: 'skryté anotace' });
        continue;
      }
      if (!(flags & FLAG.print)) {
        annotation.set(PDFName.of('F'), PDFNumber.of(flags | FLAG.print));
        fixes.printFlagSet++;
      }
      const appearance = annotation.lookup(PDFName.of('AP'));
      const needsAppearance =
        subtype !== PDFName.of('Link') &&
        subtype !== PDFName.of('Popup') &&
        !isZeroSized(annotation);
      if (appearance instanceof PDFDict && appearance.has(PDFName.of('N'))) {
        const extra = appearance.keys().filter((key) => key !== PDFName.of('N'));
        for (const key of extra) appearance.delete(key);
        if (extra.length > 0) fixes.appearancesTrimmed++;
      } else if (needsAppearance) {
        fixes.refusals.push({
          kind: 'unsupported',
          feature: 'anotace nebo pole formuláře bez vzhledu',
        });
      }
    }
  }
  const form = doc.catalog.lookup(PDFName.of('AcroForm'));
  if (form instanceof PDFDict && form.lookup(PDFName.of('NeedAppearances')) === PDFBool.True) {
    form.delete(PDFName.of('NeedAppearances'));
    fixes.needAppearancesRemoved = true;
  }
  return fixes;
}
