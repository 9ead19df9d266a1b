import type { OutboxEntry, UradovnaDatabase } from './schema';

export interface OutboxDraft {
  kind: string;
  entityId: string;
  payload: unknown;
}

/** Queues work for the server in the caller's transaction (which must include `outbox`). */
export async function enqueue(
  db: UradovnaDatabase,
  drafts: OutboxDraft[],
  now: Date,
): Promise<OutboxEntry[]> {
  const createdAt = now.toISOString();
  const entries: OutboxEntry[] = drafts.map((draft) => ({
    id: crypto.randomUUID(),
    kind: draft.kind,
    entityId: draft.entityId,
    payload: draft.payload,
    createdAt,
    attempts: 0,
    lastError: null,
  }));
  await db.outbox.bulkAdd(entries);
  return entries;
}

/**
 * Entries for ISDS (`isds.*`, a data message to send) go out through the data-box
 * engine, not the eSSL push: the eSSL sync leaves them in the outbox untouched.
 */
export function isDataboxOutboxKind(kind: string): boolean {
  return kind.startsWith('isds.');
}

/**
 * Entries that go to another service than the eSSL: data messages (the data-box engine)
 * and requests for a conversion number (the conversion register's queue,
 * renderer/conversion/sync). The eSSL push and its counts leave them alone.
 */
export function isOtherServiceOutboxKind(kind: string): boolean {
  return isDataboxOutboxKind(kind) || kind === 'conversion.requestNumber';
}
