/**
 * The signature fields of a PDF (ISO 32000-2 §12.7.5.5): the interactive form's field
 * tree walked from the catalog's /AcroForm /Fields through /Kids, keeping the fields of
 * type /Sig (the type is inheritable) that hold a value — the signature dictionary.
 * The walk is bounded and visits each object once, whatever loops the file contains.
 */
import type { Revision } from './pdf/revision';
import { textOf } from './pdf/text';
import { dictOf, isName, PdfDict, PdfRef, PdfString, type PdfValue } from './pdf/values';

export interface SignatureField {
  /** The fully qualified field name (§12.7.4.2: the partial names joined by periods). */
  fieldName: string;
  signature: PdfDict;
}

/** More signatures than any real document carries; the rest are not verified. */
export const MAX_SIGNATURES = 50;
const MAX_FIELD_NODES = 20_000;
const MAX_FIELD_DEPTH = 32;

interface Pending {
  node: PdfValue;
  parentName: string;
  fieldType: PdfValue | undefined;
  depth: number;
}

function arrayOf(revision: Revision, value: PdfValue | undefined): PdfValue[] {
  const resolved = revision.resolve(value);
  return Array.isArray(resolved) ? resolved : [];
}

/** The form's root fields; none when the catalog has no /AcroForm. */
function rootFields(revision: Revision): PdfValue[] {
  const catalog = dictOf(revision.resolve(revision.trailer.get('Root')));
  const form = dictOf(revision.resolve(catalog?.get('AcroForm')));
  return arrayOf(revision, form?.get('Fields'));
}

export function findSignatureFields(revision: Revision): SignatureField[] {
  const found: SignatureField[] = [];
  const visited = new Set<number>();
  const signatures = new Set<PdfDict>();
  const pending: Pending[] = rootFields(revision)
    .map((node) => ({ node, parentName: '', fieldType: undefined, depth: 0 }))
    .reverse();
  let nodes = 0;
  while (pending.length > 0 && found.length < MAX_SIGNATURES && nodes < MAX_FIELD_NODES) {
    const { node, parentName, fieldType, depth } = pending.pop()!;
    nodes++;
    if (node instanceof PdfRef) {
      if (visited.has(node.num)) continue;
      visited.add(node.num);
    }
    const field = dictOf(revision.resolve(node));
    if (!field) continue;
    const partial = field.get('T');
    const name =
      partial instanceof PdfString
        ? parentName
          ? `${parentName}.${textOf(partial)}`
          : textOf(partial)
        : parentName;
    const type = field.get('FT') ?? fieldType;
    const value = field.get('V');
    if (isName(type, 'Sig') && value !== undefined) {
      const signature = revision.resolve(value);
      if (signature instanceof PdfDict && !signatures.has(signature)) {
        signatures.add(signature);
        found.push({ fieldName: name, signature });
      }
    }
    if (depth >= MAX_FIELD_DEPTH) continue;
    const kids = arrayOf(revision, field.get('Kids'));
    for (let i = kids.length - 1; i >= 0; i--)
      pending.push({ node: kids[i]!, parentName: name, fieldType: type, depth: depth + 1 });
  }
  return found;
}
