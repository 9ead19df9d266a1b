import type { TFunction } from 'i18next';
import type { SyncLogEntry } from '../../../common/domain/sync';

/** An outbox kind in words (`document.update` → "úprava dokumentu"); an unknown kind as it is. */
export function kindText(t: TFunction, kind: string): string {
  const key = `sync.kind.${kind}`;
  const text = t(key as never) as unknown;
  return typeof text === 'string' && text !== key ? text : kind;
}

/**
 * A sync log line in the reader's language: the engine stores an i18n key and its
 * params; a `what` param is an outbox kind and is put in words first.
 */
export function logLineText(t: TFunction, entry: Pick<SyncLogEntry, 'key' | 'params'>): string {
  const params: Record<string, string | number> = { ...entry.params };
  if (typeof params.what === 'string') params.what = kindText(t, params.what);
  const text = t(entry.key as never, params as never) as unknown;
  return typeof text === 'string' ? text : entry.key;
}
