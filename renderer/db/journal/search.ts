import { tokenize } from '../../../common/domain/search';
import type { UradovnaDatabase } from '../schema';

export interface SearchTerm {
  word: string;
  /** One character matches whole words only ("5" finds č.j. 5, not every 5…). */
  prefix: boolean;
}

/** At most this many query words are used; more only narrow an already tiny result. */
const MAX_TERMS = 6;
/** Below this many candidates the remaining words are checked on the rows themselves. */
const VERIFY_IN_MEMORY_BELOW = 800;

export function searchTerms(query: string): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const word of tokenize(query)) {
    if (seen.has(word)) continue;
    seen.add(word);
    terms.push({ word, prefix: word.length > 1 });
  }
  // Longest words first: they are the most selective.
  return terms.sort((a, b) => b.word.length - a.word.length).slice(0, MAX_TERMS);
}

function matchesTerm(words: readonly string[], term: SearchTerm): boolean {
  return term.prefix ? words.some((word) => word.startsWith(term.word)) : words.includes(term.word);
}

async function termKeys(db: UradovnaDatabase, term: SearchTerm): Promise<string[]> {
  const clause = db.documents.where('words');
  return (term.prefix ? clause.startsWith(term.word) : clause.equals(term.word)).primaryKeys();
}

/**
 * PIDs of documents whose words match every term (prefix match, case and diacritics
 * ignored). Null when the query has no words. Unordered: the journal orders them.
 */
export async function searchDocuments(db: UradovnaDatabase, query: string): Promise<Set<string> | null> {
  const terms = searchTerms(query);
  const [first, ...rest] = terms;
  if (!first) return null;
  let result = new Set(await termKeys(db, first));
  for (let i = 0; i < rest.length && result.size > 0; i++) {
    const remaining = rest.slice(i);
    if (result.size < VERIFY_IN_MEMORY_BELOW) {
      const rows = await db.documents.bulkGet([...result]);
      result = new Set(
        rows
          .filter((row) => row !== undefined && remaining.every((term) => matchesTerm(row.words, term)))
          .map((row) => row!.pid),
      );
      break;
    }
    const term = rest[i]!;
    const keys = new Set(await termKeys(db, term));
    result = new Set([...result].filter((pid) => keys.has(pid)));
  }
  return result;
}
