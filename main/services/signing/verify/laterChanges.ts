/**
 * What follows a signed revision: nothing, only later signatures and timestamps, or
 * other changes.
 *
 * The rule. The bytes after the signed revision must be incremental updates: their
 * cross-reference sections chain by /Prev back to exactly the signed revision's, and
 * the trailer keeps its /Root. Then the objects those updates define are compared with
 * the signed revision's:
 *  - an object the signed revision had may be rewritten unchanged; it may change only
 *    in one of these roles — the catalog (only /AcroForm, /DSS, /Perms), the AcroForm
 *    dictionary (only /Fields, /SigFlags, and /DR gaining entries), the AcroForm's
 *    /Fields array and a page's /Annots array (only gaining signature fields /
 *    signature widgets, nothing removed), a page (only its /Annots, as above), a
 *    signature field that had no value (gaining /V and /AP) or its widget (gaining
 *    /AP), and the DSS with its arrays and VRI entries (validation data); it may not
 *    be freed;
 *  - an object the signed revision did not have must be reached from what those
 *    allowed changes added — a signature dictionary (no streams, nothing that renders),
 *    a signature field or widget with its appearance, DSS data — or be a later
 *    cross-reference or object stream; and no object of the signed revision may name
 *    it. Otherwise it fills a reference the signed revision left dangling (a page's
 *    resource, say) and so changes what the signed revision shows.
 * A signature widget's appearance may draw anything: that is how signatures look, and
 * how every reader allows them. Anything else, anything unreadable, and anything
 * beyond the limits is 'modified'.
 */
import type { PdfSignatureReport } from '../../../../common/contract/signing';
import { openRevision } from './pdf/document';
import { changedKeys, samePdfValue } from './pdf/equality';
import { referencedNumbers, referrers } from './pdf/references';
import type { Budget, Revision } from './pdf/revision';
import {
  dictOf,
  isName,
  PdfDict,
  PdfRef,
  PdfStream,
  PdfSyntaxError,
  type PdfValue,
} from './pdf/values';
import type { XrefEntry } from './pdf/xref';

export type LaterChanges = PdfSignatureReport['laterChanges'];

/** More objects than a run of signature updates touches. */
const MAX_CHANGED_OBJECTS = 100_000;
const MAX_REACHED_OBJECTS = 100_000;
const MAX_PAGE_TREE_NODES = 200_000;
const MAX_VALUE_DEPTH = 64;

/** Why an object the updates brought in may be there; limits what it may be. */
type Origin = 'signature' | 'field' | 'validation';

/** Thrown inside the review: the updates do something the rule does not allow. */
class NotAllowed extends Error {}

function isBlank(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.byteLength; i++) {
    const code = bytes[i]!;
    if (code !== 0x0a && code !== 0x0d && code !== 0x20 && code !== 0x09 && code !== 0x00)
      return false;
  }
  return true;
}

function sameEntry(a: XrefEntry | undefined, b: XrefEntry | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'offset' && b.kind === 'offset') return a.offset === b.offset && a.gen === b.gen;
  if (a.kind === 'compressed' && b.kind === 'compressed')
    return a.stream === b.stream && a.index === b.index;
  return a.kind === 'free';
}

function refNum(value: PdfValue | undefined): number | null {
  return value instanceof PdfRef ? value.num : null;
}

function allow(condition: boolean): asserts condition {
  if (!condition) throw new NotAllowed();
}

class ChangeReview {
  private readonly reached = new Set<number>();
  /** Object numbers the signed revision's versions of the changed objects name. */
  private readonly namedBefore = new Set<number>();
  private readonly changedEntries = new Set<number>();
  private annotsArrays: Set<number> | null = null;
  private readonly oldCatalog: PdfDict | null;
  private readonly oldForm: PdfDict | null;

  constructor(
    private readonly old: Revision,
    private readonly current: Revision,
    private readonly end: number,
  ) {
    this.oldCatalog = dictOf(old.resolve(old.trailer.get('Root')));
    this.oldForm = dictOf(old.resolve(this.oldCatalog?.get('AcroForm')));
  }

  verdict(): void {
    const later = this.laterSections();
    allow(samePdfValue(this.current.trailer.get('Root'), this.old.trailer.get('Root')));
    const changed = new Set<number>();
    const containers = new Set<number>();
    for (const section of later) {
      if (section.streamNum !== null) containers.add(section.streamNum);
      for (const [num, entry] of section.entries) {
        if (num !== 0) changed.add(num);
        if (entry.kind === 'compressed') containers.add(entry.stream);
      }
      allow(changed.size <= MAX_CHANGED_OBJECTS);
    }
    const added: number[] = [];
    for (const num of changed) {
      if (this.old.defines(num)) {
        allow(this.current.defines(num));
        if (!sameEntry(this.old.entry(num), this.current.entry(num))) {
          this.changedEntries.add(num);
          this.reviewChange(num);
        }
      } else if (this.current.defines(num)) {
        added.push(num);
      }
    }
    for (const num of added) {
      if (!this.reached.has(num)) allow(containers.has(num) && this.isContainer(num));
      allow(!this.namedBySignedRevision(num));
    }
  }

  /**
   * Whether an object of the signed revision names `num`: a changed one as it was then,
   * or one unchanged since (as it is now, which is as it was).
   */
  private namedBySignedRevision(num: number): boolean {
    if (this.namedBefore.has(num)) return true;
    return (referrers(this.current).get(num) ?? []).some(
      (referrer) => this.old.defines(referrer) && !this.changedEntries.has(referrer),
    );
  }

  /** The updates' sections: newest first, all after the signed revision, then exactly its chain. */
  private laterSections() {
    const sections = this.current.sections;
    const count = sections.findIndex((section) => section.offset < this.end);
    allow(count > 0);
    const rest = sections.slice(count);
    allow(
      rest.length === this.old.sections.length &&
        rest.every((section, i) => section.offset === this.old.sections[i]!.offset),
    );
    return sections.slice(0, count);
  }

  private isContainer(num: number): boolean {
    const value = this.current.object(num);
    return (
      value instanceof PdfStream &&
      (isName(value.dict.get('Type'), 'ObjStm') || isName(value.dict.get('Type'), 'XRef')) &&
      value.dict.get('Subtype') === undefined
    );
  }

  private reviewChange(num: number): void {
    const before = this.old.object(num);
    const after = this.current.object(num);
    referencedNumbers(before, this.namedBefore);
    if (samePdfValue(before, after)) return;
    if (num === refNum(this.old.trailer.get('Root'))) return this.catalog(before, after);
    if (num === refNum(this.oldCatalog?.get('AcroForm')))
      return this.form(dictOf(before), dictOf(after));
    if (num === refNum(this.oldForm?.get('Fields')))
      return this.grows(before, after, (item) => this.isSignatureField(item));
    if (this.isDssPart(num)) return this.reach(after, 'validation');
    const beforeDict = dictOf(before);
    if (beforeDict && !(before instanceof PdfStream)) {
      if (isName(beforeDict.get('Type'), 'Page')) return this.page(beforeDict, dictOf(after));
      if (isName(beforeDict.get('FT'), 'Sig'))
        return this.signatureField(beforeDict, dictOf(after));
      if (isName(beforeDict.get('Subtype'), 'Widget'))
        return this.signatureWidget(beforeDict, dictOf(after));
    }
    if (Array.isArray(before) && this.annotsArrayNums().has(num))
      return this.grows(before, after, (item) => this.isSignatureWidget(item));
    throw new NotAllowed();
  }

  private catalog(before: PdfValue, after: PdfValue): void {
    const old = dictOf(before);
    const now = dictOf(after);
    allow(old !== null && now !== null);
    for (const key of changedKeys(old, now)) {
      if (key === 'AcroForm') {
        this.form(
          dictOf(this.old.resolve(old.get(key))),
          dictOf(this.current.resolve(now.get(key))),
        );
        this.reachRef(now.get(key), 'field');
      } else if (key === 'DSS') {
        this.reach(now.get(key), 'validation');
      } else if (key === 'Perms') {
        this.reach(now.get(key), 'signature');
      } else {
        throw new NotAllowed();
      }
    }
  }

  private form(before: PdfDict | null, after: PdfDict | null): void {
    allow(after !== null);
    const old = before ?? new PdfDict(new Map());
    for (const key of changedKeys(old, after)) {
      if (key === 'Fields') {
        this.grows(
          this.old.resolve(old.get(key)) ?? [],
          this.current.resolve(after.get(key)) ?? null,
          (item) => this.isSignatureField(item),
        );
        this.reachRef(after.get(key), 'field');
      } else if (key === 'SigFlags') {
        allow(typeof after.get(key) === 'number');
      } else if (key === 'DR') {
        this.dictGrows(this.old.resolve(old.get(key)), this.current.resolve(after.get(key)));
        this.reachRef(after.get(key), 'field');
      } else {
        throw new NotAllowed();
      }
    }
  }

  private page(before: PdfDict, after: PdfDict | null): void {
    allow(after !== null);
    for (const key of changedKeys(before, after)) {
      allow(key === 'Annots');
      this.grows(
        this.old.resolve(before.get(key)) ?? [],
        this.current.resolve(after.get(key)) ?? null,
        (item) => this.isSignatureWidget(item),
      );
      this.reachRef(after.get(key), 'field');
    }
  }

  /** An empty signature field being signed: it gains /V (and its appearance). */
  private signatureField(before: PdfDict, after: PdfDict | null): void {
    allow(after !== null && before.get('V') === undefined);
    for (const key of changedKeys(before, after)) {
      allow(key === 'V' || key === 'AP');
      this.reach(after.get(key), key === 'V' ? 'signature' : 'field');
    }
    allow(this.isSignatureDictionary(after.get('V')));
  }

  /** The widget of an empty signature field gaining its appearance. */
  private signatureWidget(before: PdfDict, after: PdfDict | null): void {
    const parent = dictOf(this.old.resolve(before.get('Parent')));
    allow(after !== null && isName(parent?.get('FT'), 'Sig') && parent?.get('V') === undefined);
    for (const key of changedKeys(before, after)) {
      allow(key === 'AP');
      this.reach(after.get(key), 'field');
    }
  }

  /** An array that only gains entries, each of which `acceptable` admits. */
  private grows(
    before: PdfValue,
    after: PdfValue | null,
    acceptable: (item: PdfValue) => boolean,
  ): void {
    allow(Array.isArray(before) && Array.isArray(after));
    const remaining = [...(after as PdfValue[])];
    for (const item of before as PdfValue[]) {
      const index = remaining.findIndex((candidate) => samePdfValue(candidate, item));
      allow(index !== -1);
      remaining.splice(index, 1);
    }
    for (const item of remaining) {
      allow(acceptable(item));
      this.reach(item, 'field');
    }
  }

  /** A dictionary that only gains entries (the form's default resources). */
  private dictGrows(before: PdfValue | undefined, after: PdfValue | undefined): void {
    const old = before === undefined || before === null ? new PdfDict(new Map()) : dictOf(before);
    const now = dictOf(after);
    allow(old !== null && now !== null && !(after instanceof PdfStream));
    for (const key of changedKeys(old, now)) {
      if (old.get(key) !== undefined)
        this.dictGrows(this.old.resolve(old.get(key)), this.current.resolve(now.get(key)));
      else this.reach(now.get(key), 'field');
    }
  }

  private isSignatureDictionary(value: PdfValue | undefined): boolean {
    const dict = dictOf(this.current.resolve(value));
    return (
      dict !== null &&
      (isName(dict.get('Type'), 'Sig') ||
        isName(dict.get('Type'), 'DocTimeStamp') ||
        dict.get('ByteRange') !== undefined)
    );
  }

  private isSignatureField(value: PdfValue): boolean {
    const dict = dictOf(this.current.resolve(value));
    if (!dict) return false;
    if (isName(dict.get('FT'), 'Sig')) return true;
    return isName(dict.get('Subtype'), 'Widget') && this.parentIsSignatureField(dict);
  }

  private isSignatureWidget(value: PdfValue): boolean {
    const dict = dictOf(this.current.resolve(value));
    if (!dict || !isName(dict.get('Subtype'), 'Widget')) return false;
    return isName(dict.get('FT'), 'Sig') || this.parentIsSignatureField(dict);
  }

  private parentIsSignatureField(dict: PdfDict): boolean {
    return isName(dictOf(this.current.resolve(dict.get('Parent')))?.get('FT'), 'Sig');
  }

  private isDssPart(num: number): boolean {
    const dssRef = this.oldCatalog?.get('DSS');
    if (num === refNum(dssRef)) return true;
    const dss = dictOf(this.old.resolve(dssRef));
    if (!dss) return false;
    for (const key of ['Certs', 'OCSPs', 'CRLs', 'VRI'])
      if (num === refNum(dss.get(key))) return true;
    const vri = dictOf(this.old.resolve(dss.get('VRI')));
    return vri !== null && [...vri.entries.values()].some((entry) => refNum(entry) === num);
  }

  /** The object numbers of the pages' indirect /Annots arrays in the signed revision. */
  private annotsArrayNums(): Set<number> {
    if (this.annotsArrays) return this.annotsArrays;
    const found = new Set<number>();
    const visited = new Set<number>();
    const pending: PdfValue[] = [this.oldCatalog?.get('Pages') ?? null];
    while (pending.length > 0) {
      allow(visited.size < MAX_PAGE_TREE_NODES);
      const node = pending.pop()!;
      if (node instanceof PdfRef) {
        if (visited.has(node.num)) continue;
        visited.add(node.num);
      }
      const dict = dictOf(this.old.resolve(node));
      if (!dict) continue;
      const annots = refNum(dict.get('Annots'));
      if (annots !== null) found.add(annots);
      const kids = this.old.resolve(dict.get('Kids'));
      if (Array.isArray(kids)) pending.push(...kids);
    }
    this.annotsArrays = found;
    return found;
  }

  private reachRef(value: PdfValue | undefined, origin: Origin): void {
    if (value instanceof PdfRef) this.reach(value, origin);
  }

  /**
   * Accounts for the objects the updates added that `value` refers to, and what they
   * refer to in turn. Objects the signed revision had are not followed: each of those
   * that changed is reviewed on its own.
   */
  private reach(value: PdfValue | undefined, origin: Origin, depth = 0): void {
    allow(depth <= MAX_VALUE_DEPTH);
    if (value instanceof PdfRef) {
      if (
        this.old.defines(value.num) ||
        !this.current.defines(value.num) ||
        this.reached.has(value.num)
      )
        return;
      allow(this.reached.size < MAX_REACHED_OBJECTS);
      this.reached.add(value.num);
      const object = this.current.object(value.num);
      allow(this.fits(object, origin));
      this.reach(object, origin, depth + 1);
    } else if (Array.isArray(value)) {
      for (const item of value) this.reach(item, origin, depth + 1);
    } else {
      const dict = dictOf(value);
      if (dict) for (const item of dict.entries.values()) this.reach(item, origin, depth + 1);
    }
  }

  /** Signature dictionaries and validation data are never drawn: nothing in them may be drawable. */
  private fits(object: PdfValue, origin: Origin): boolean {
    if (origin === 'field') return true;
    const dict = dictOf(object);
    if (!dict) return true;
    if (dict.get('Subtype') !== undefined) return false;
    const type = dict.get('Type');
    if (origin === 'signature')
      return (
        !(object instanceof PdfStream) &&
        (type === undefined ||
          ['Sig', 'DocTimeStamp', 'SigRef', 'TransformParams'].some((name) => isName(type, name)))
      );
    return type === undefined || isName(type, 'DSS') || isName(type, 'VRI');
  }
}

/**
 * Whether the bytes after `end` (where a signature's byte range ends) are only later
 * signatures. `current` is the file's newest revision.
 */
export function laterChangesAfter(
  bytes: Uint8Array,
  end: number,
  current: Revision | null,
  budget: Budget,
): LaterChanges {
  if (isBlank(bytes, end)) return 'none';
  if (!current) return 'modified';
  try {
    new ChangeReview(openRevision(bytes, end, budget), current, end).verdict();
    return 'signaturesOnly';
  } catch (error) {
    if (error instanceof NotAllowed || error instanceof PdfSyntaxError) return 'modified';
    throw error;
  }
}
