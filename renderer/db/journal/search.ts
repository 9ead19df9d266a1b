import { foldText, tokenize } from '../../../common/domain/search';
import { collectionSheetJournalOrder } from '../../../common/domain/caseFile';
import { journalOrder, parseReferenceNumber } from '../../../common/domain/referenceNumber';
import type { OrganizationProfile } from '../../../common/contract/types';
import type { UradovnaDatabase } from '../schema';
import { FrequentWords, type FrequentWordLimits } from './frequentWords';

export interface SearchTerm {
  word: string;
  /**
   * Words of one or two characters match whole words only: "12" finds č.j. 12 and
   * not every number starting with 12, and a two-letter prefix would match a third
   * of the journal without telling the clerk anything.
   */
  prefix: boolean;
}

/** More query words only narrow an already small result. */
const MAX_TERMS = 6;
/**
 * Reading a row costs far more than reading an index key (measured in Chromium: a
 * row ~40× a key), so the remaining words are checked on the candidate rows only
 * when the next word's key range is that much larger than the candidates.
 */
const ROW_COST_IN_KEYS = 40;
const PREFIX_FROM_LENGTH = 3;

/**
 * The words of a query. `ignore` (the organisation's abbreviation) is left out. A
 * short last word after a longer one is the word being typed ("krajsky ur", no space
 * after it yet), so it matches as a prefix: the list narrows as it grows instead of emptying until the
 * third letter.
 */
export function searchTerms(query: string, ignore: string | null = null): SearchTerm[] {
  const words = [...new Set(tokenize(query))].filter((word) => word !== ignore).slice(0, MAX_TERMS);
  const typing =
    !/\s$/.test(query) &&
    words.length > 1 &&
    words.some((word) => word.length >= PREFIX_FROM_LENGTH);
  return words.map((word, index) => ({
    word,
    prefix: word.length >= PREFIX_FROM_LENGTH || (typing && index === words.length - 1),
  }));
}

function matchesTerm(words: readonly string[], term: SearchTerm): boolean {
  return term.prefix ? words.some((word) => word.startsWith(term.word)) : words.includes(term.word);
}

const termKey = (term: SearchTerm) => `${term.prefix ? 'p' : 'w'}:${term.word}`;

function termClause(db: UradovnaDatabase, term: SearchTerm) {
  const clause = db.documents.where('words');
  return term.prefix ? clause.startsWith(term.word) : clause.equals(term.word);
}

/** How many words' key sets are kept between keystrokes. */
const REMEMBERED_TERMS = 12;

/**
 * The keys of recently searched words, kept until the documents change (the journal
 * clears it with its other caches). Typing "zadost kac", "zadost kace", "zadost
 * kaceni" reads the large set of "zadost" once instead of at every keystroke. Once
 * warmed, it also holds the journal's frequent words (see FrequentWords).
 */
export class SearchTermCache {
  private readonly sets = new Map<string, Promise<Set<string>>>();
  private frequent = FrequentWords.none;
  private warming: Promise<void> | null = null;
  /** Bumped by clear(), so a warm-up begun before a change is not kept. */
  private generation = 0;

  /**
   * Reads the frequent words' key sets in the background (the journal calls it once its
   * rows are painted). `journalOrder`: every primary key in journal order.
   */
  warm(
    db: UradovnaDatabase,
    journalOrder: readonly string[],
    limits?: FrequentWordLimits,
  ): Promise<void> {
    if (!this.warming) {
      const generation = this.generation;
      const stillWanted = () => generation === this.generation;
      this.warming = FrequentWords.read(db, journalOrder, stillWanted, limits).then(
        (frequent) => {
          if (stillWanted()) this.frequent = frequent;
        },
        () => {
          if (stillWanted()) this.warming = null;
        },
      );
    }
    return this.warming;
  }

  keys(db: UradovnaDatabase, term: SearchTerm): Promise<Set<string>> {
    const key = termKey(term);
    let found = this.sets.get(key);
    if (found) {
      // Most recently used last, so the oldest is dropped first.
      this.sets.delete(key);
    } else {
      found = this.read(db, term);
      found.catch(() => this.sets.delete(key));
    }
    this.sets.set(key, found);
    if (this.sets.size > REMEMBERED_TERMS) this.sets.delete(this.sets.keys().next().value!);
    return found;
  }

  /** How many documents a term matches: known, taken from its keys when cheap, or counted. */
  async size(db: UradovnaDatabase, term: SearchTerm): Promise<number> {
    const known = await this.knownSize(term);
    if (known !== null) return known;
    if (this.touchesFrequent(term)) return (await this.keys(db, term)).size;
    return termClause(db, term).count();
  }

  /** The size of a word's set when it is already known, else null. */
  async knownSize(term: SearchTerm): Promise<number | null> {
    const found = this.sets.get(termKey(term));
    return found ? (await found).size : null;
  }

  clear(): void {
    this.sets.clear();
    this.frequent = FrequentWords.none;
    this.warming = null;
    this.generation += 1;
  }

  private touchesFrequent(term: SearchTerm): boolean {
    return term.prefix
      ? this.frequent.withPrefix(term.word).length > 0
      : this.frequent.get(term.word) !== undefined;
  }

  /**
   * A term's keys: the frequent words it covers from memory, the rest of its index
   * range from IndexedDB, read as the ranges between those words.
   */
  private async read(db: UradovnaDatabase, term: SearchTerm): Promise<Set<string>> {
    const exact = term.prefix ? undefined : this.frequent.get(term.word);
    if (exact) return exact;
    const covered = term.prefix ? this.frequent.withPrefix(term.word) : [];
    if (covered.length === 0) {
      return new Set((await termClause(db, term).primaryKeys()) as string[]);
    }
    const ranges: Array<[string, string]> = [];
    let lower = term.word;
    for (const word of covered) {
      if (lower < word) ranges.push([lower, word]);
      // Nothing sorts between a word and the word followed by U+0000.
      lower = `${word}\u0000`;
    }
    ranges.push([lower, `${term.word}\uffff`]);
    const rest = await Promise.all(
      ranges.map(
        ([from, to]) =>
          db.documents.where('words').between(from, to, true, false).primaryKeys() as Promise<
            string[]
          >,
      ),
    );
    const keys = new Set<string>();
    for (const word of covered) for (const pid of this.frequent.get(word)!) keys.add(pid);
    for (const part of rest) for (const pid of part) keys.add(pid);
    return keys;
  }
}

/**
 * Documents whose words match every term. Counting an index range costs a fraction
 * of reading it, so terms are counted first and only the rarest is read; the others
 * are checked on its few rows, or intersected when it is still large.
 */
async function searchWords(
  db: UradovnaDatabase,
  terms: SearchTerm[],
  cache: SearchTermCache,
): Promise<Set<string>> {
  // One word has nothing to be ordered against: read it straight away.
  if (terms.length === 1) return new Set(await cache.keys(db, terms[0]!));
  const counted = await Promise.all(
    terms.map(async (term) => ({ term, count: await cache.size(db, term) })),
  );
  counted.sort((a, b) => a.count - b.count);
  const [rarest, ...others] = counted;
  if (!rarest || rarest.count === 0) return new Set();
  let result = new Set(await cache.keys(db, rarest.term));
  for (let i = 0; i < others.length && result.size > 0; i++) {
    const next = others[i]!;
    const known = (await cache.knownSize(next.term)) !== null;
    if (!known && result.size * ROW_COST_IN_KEYS < next.count) {
      const remaining = others.slice(i).map((entry) => entry.term);
      const rows = await db.documents.bulkGet([...result]);
      const kept = new Set<string>();
      for (const row of rows) {
        if (row && remaining.every((term) => matchesTerm(row.words, term))) kept.add(row.pid);
      }
      return kept;
    }
    const keys = await cache.keys(db, next.term);
    result = new Set([...result].filter((pid) => keys.has(pid)));
  }
  return result;
}

/**
 * PIDs of the documents a search box query finds: a reference number typed in full
 * ("OUHL 12/2026") goes straight to its row (the bare "12/2026" finds it too, with
 * the rows whose words match); otherwise every word must
 * prefix-match a word of the document (number, PID, subject, sender or addressee,
 * sender's reference), case and diacritics ignored. Null when there is nothing to
 * search for. The set is unordered; the journal orders it.
 */
export async function searchDocuments(
  db: UradovnaDatabase,
  query: string,
  organization?: Pick<OrganizationProfile, 'referenceMask' | 'abbreviation'> | null,
  cache: SearchTermCache = new SearchTermCache(),
): Promise<Set<string> | null> {
  // The organisation's abbreviation is in every reference number (and begins every
  // PID): as a whole word it matches the entire journal, so it narrows nothing and
  // would only make typing "OUHL 12/2026" slow at its first word.
  const everywhere = organization ? foldText(organization.abbreviation) : null;
  const terms = searchTerms(query, everywhere);
  if (terms.length === 0) return null;
  // "OUHL 12/2026-3": the third document of the sběrný arch opened by OUHL 12/2026.
  const suffixed = /^(.*\S)\s*-\s*(\d{1,3})\s*$/.exec(query);
  const sheetOrder = suffixed ? Number(suffixed[2]) : null;
  const reference = organization
    ? (parseReferenceNumber(organization.referenceMask, organization.abbreviation, query) ??
      (suffixed
        ? parseReferenceNumber(organization.referenceMask, organization.abbreviation, suffixed[1]!)
        : null))
    : null;
  const order =
    reference === null
      ? null
      : sheetOrder !== null &&
          !parseReferenceNumber(organization!.referenceMask, organization!.abbreviation, query)
        ? collectionSheetJournalOrder(journalOrder(reference.year, reference.sequence), sheetOrder)
        : journalOrder(reference.year, reference.sequence);
  const exact =
    order !== null
      ? ((await db.documents.where('journalOrder').equals(order).primaryKeys()) as string[])
      : [];
  // A reference number typed in full, with our abbreviation, means that one document.
  // The bare "12/2026" could as well be a sender's reference, so it also searches words.
  if (exact.length > 0 && everywhere !== null && foldText(query).includes(everywhere))
    return new Set(exact);
  const byWords = await searchWords(db, terms, cache);
  for (const pid of exact) byWords.add(pid);
  return byWords;
}
