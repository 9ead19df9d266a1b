/**
 * Search text normalisation shared by the word index (written with every document)
 * and the query side, so both agree on what a "word" is: lower case, no diacritics
 * ("Řízení" → "rizeni"), split on anything that is not a letter or a digit.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
/** Longer words are cut: nobody types 40 characters of one word, and the index stays small. */
export const MAX_WORD_LENGTH = 24;

const ASCII = /^[ -~]*$/;
/**
 * Names and subjects recur across a journal (the same offices write every week) and
 * folding is a Unicode normalisation plus a Unicode regex, so recent short texts keep
 * their folded form.
 */
const foldedTexts = new Map<string, string>();
const REMEMBERED_TEXTS = 8192;
const REMEMBERED_UP_TO_LENGTH = 256;

export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    if (text.length <= REMEMBERED_UP_TO_LENGTH) {
      if (foldedTexts.size >= REMEMBERED_TEXTS) foldedTexts.clear();
      foldedTexts.set(text, folded);
    }
  }
  return folded;
}

export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const raw of foldText(text).split(NON_WORD)) {
    if (raw.length > 0) words.push(raw.slice(0, MAX_WORD_LENGTH));
  }
  return words;
}

/** Distinct index words for a set of searchable fields. */
export function indexWords(fields: ReadonlyArray<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const field of fields) {
    if (!field) continue;
    for (const word of tokenize(field)) out.add(word);
  }
  return [...out];
}

/** A stable sort key for text columns (subject, sender): folded and trimmed. */
export function sortKey(text: string | null | undefined): string {
  return text ? foldText(text).trim().slice(0, 64) : '';
}
