/**
 * Which objects refer to which: for every object a revision defines, the object
 * numbers it names. Built once per revision (every object read) and remembered, so that
 * the revisions of one file ask it as often as they need.
 */
import type { Revision } from './revision';
import { dictOf, PdfRef, type PdfValue } from './values';

/** Every object number `value` names, at any depth (a stream: in its dictionary). */
export function referencedNumbers(
  value: PdfValue | undefined,
  into = new Set<number>(),
): Set<number> {
  if (value instanceof PdfRef) {
    into.add(value.num);
  } else if (Array.isArray(value)) {
    for (const item of value) referencedNumbers(item, into);
  } else {
    const dict = dictOf(value);
    if (dict) for (const item of dict.entries.values()) referencedNumbers(item, into);
  }
  return into;
}

const indexes = new WeakMap<Revision, Map<number, number[]>>();

/**
 * For each object number, the objects of `revision` that name it. Throws
 * PdfSyntaxError when an object does not read (what it names is then unknown).
 */
export function referrers(revision: Revision): Map<number, number[]> {
  let index = indexes.get(revision);
  if (index) return index;
  index = new Map();
  for (const num of revision.definedNumbers()) {
    for (const target of referencedNumbers(revision.object(num))) {
      const list = index.get(target);
      if (list) list.push(num);
      else index.set(target, [num]);
    }
  }
  indexes.set(revision, index);
  return index;
}
