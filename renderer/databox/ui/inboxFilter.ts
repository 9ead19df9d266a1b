import type { DataMessageRecord } from '../../../common/domain/databox';

/** Lowercase, without diacritics: "Řízení" and "rizeni" find the same messages. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The typed search as folded words; every one must start one of a message's words. */
export function searchWords(search: string): string[] {
  return fold(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

type Searchable = Pick<DataMessageRecord, 'words' | 'dmID' | 'envelope'>;

/**
 * Does a message match the typed words? Each word must begin a word of the message
 * (its stored `words`, the dmID, the sender's and recipient's box IDs), so "rozp 2026"
 * finds "Rozpočet 2026". No words: every message.
 */
export function matchesSearch(message: Searchable, words: ReadonlyArray<string>): boolean {
  if (words.length === 0) return true;
  const own = [
    ...message.words.map(fold),
    message.dmID ?? '',
    message.envelope.dbIDSender ?? '',
    message.envelope.dbIDRecipient ?? '',
  ];
  return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
}

export function filterMessages<T extends Searchable>(
  messages: ReadonlyArray<T>,
  search: string,
): T[] {
  const words = searchWords(search);
  if (words.length === 0) return [...messages];
  return messages.filter((message) => matchesSearch(message, words));
}

/** Newest first by the time the message reached the box (or was queued, for ours not yet sent). */
export function sortNewestFirst<
  T extends Pick<DataMessageRecord, 'deliveryTime' | 'createdAt' | 'id'>,
>(messages: ReadonlyArray<T>): T[] {
  // ISDS writes times with an offset, the app in UTC: compare instants, not strings.
  const at = (message: T) => Date.parse(message.deliveryTime ?? message.createdAt) || 0;
  return messages
    .map((message) => ({ message, at: at(message) }))
    .sort((a, b) => b.at - a.at || b.message.id.localeCompare(a.message.id))
    .map((entry) => entry.message);
}
