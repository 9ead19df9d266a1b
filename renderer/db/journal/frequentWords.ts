import type { DocumentRecord } from '../../../common/domain/document';
import type { UradovnaDatabase } from '../schema';

/**
 * The key sets of the journal's most frequent words, held in memory while the
 * documents do not change. Reading an index range costs about 2 µs a key in
 * Chromium, so the first keystrokes of a common word ("zad" → "žádost", a quarter of
 * a large journal) took longer than typing allows; with these sets such a prefix reads
 * only its rarer words from IndexedDB.
 */

export interface FrequentWordLimits {
  /** Below this many documents every index range is read in a few milliseconds. */
  fromDocuments: number;
  /** Frequencies are estimated on the newest documents: what is typed is mostly recent. */
  sampleDocuments: number;
  /** A word in at least this share of the sample is kept... */
  frequentShare: number;
  /** ...unless it is nearly everywhere (a year): it narrows nothing and costs most to keep. */
  ubiquitousShare: number;
  /** At most this many keys in all (a few megabytes of strings). */
  maxKeptKeys: number;
  /** Shorter words are not kept. */
  fromLength: number;
}

export const FREQUENT_WORD_LIMITS: FrequentWordLimits = {
  fromDocuments: 5_000,
  sampleDocuments: 2_000,
  frequentShare: 0.01,
  ubiquitousShare: 0.3,
  maxKeptKeys: 300_000,
  fromLength: 3,
};

const SAMPLE_SLICE = 250;

export class FrequentWords {
  private readonly ordered: string[];

  private constructor(private readonly sets: ReadonlyMap<string, Set<string>>) {
    // Plain code-unit order, which is IndexedDB's order of string keys.
    this.ordered = [...sets.keys()].sort();
  }

  static readonly none = new FrequentWords(new Map());

  get(word: string): Set<string> | undefined {
    return this.sets.get(word);
  }

  /** The kept words that begin with `prefix`, in index order. */
  withPrefix(prefix: string): string[] {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ordered[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const words: string[] = [];
    for (let i = low; i < this.ordered.length && this.ordered[i]!.startsWith(prefix); i++)
      words.push(this.ordered[i]!);
    return words;
  }

  /**
   * Finds the frequent words on a sample of the newest documents and reads their key
   * sets, one word at a time so that a registration never waits long behind them.
   * `journalOrder`: every primary key in journal order (the journal's cached order).
   * `stillWanted`: checked between reads, so a change of the documents stops the work.
   */
  static async read(
    db: UradovnaDatabase,
    journalOrder: readonly string[],
    stillWanted: () => boolean = () => true,
    limits: FrequentWordLimits = FREQUENT_WORD_LIMITS,
  ): Promise<FrequentWords> {
    if (journalOrder.length < limits.fromDocuments) return FrequentWords.none;
    const sample = journalOrder.slice(-limits.sampleDocuments);
    const rows: Array<DocumentRecord | undefined> = [];
    // In slices, as the words below: a registration waits at most for one of them.
    for (let start = 0; start < sample.length; start += SAMPLE_SLICE) {
      if (!stillWanted()) return FrequentWords.none;
      rows.push(...(await db.documents.bulkGet(sample.slice(start, start + SAMPLE_SLICE))));
    }
    const counts = new Map<string, number>();
    let sampled = 0;
    for (const row of rows) {
      if (!row) continue;
      sampled += 1;
      for (const word of row.words) {
        // Words of one or two letters ("a", "s", "za") are frequent everywhere but match
        // only whole and alone (see searchTerms); they would take the budget of the
        // words clerks type.
        if (word.length >= limits.fromLength) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    const candidates = [...counts]
      .filter(
        ([, count]) =>
          count >= sampled * limits.frequentShare && count < sampled * limits.ubiquitousShare,
      )
      .sort((a, b) => b[1] - a[1]);
    const sets = new Map<string, Set<string>>();
    let kept = 0;
    for (const [word, count] of candidates) {
      const expected = (count / sampled) * journalOrder.length;
      if (kept + expected > limits.maxKeptKeys) break;
      if (!stillWanted()) return FrequentWords.none;
      const keys = (await db.documents.where('words').equals(word).primaryKeys()) as string[];
      sets.set(word, new Set(keys));
      kept += keys.length;
    }
    return new FrequentWords(sets);
  }
}
