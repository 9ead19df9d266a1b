import type { UradovnaDatabase } from '../db/schema';

/**
 * The data boxes' small values in `syncMeta`, one set per box (its settings key):
 * when messages were last received, and how far the state changes were read.
 */
export interface DataboxMetaShape {
  /** Start of the last complete receive, ISO (our clock). */
  lastReceive: string;
  /** Latest state-change time read (ISDS's clock), ISO. */
  stateCursor: string;
}

export type DataboxMetaKey = keyof DataboxMetaShape;

function keyOf(name: DataboxMetaKey, boxKey: string): string {
  return `databox/${name}/${boxKey}`;
}

export async function getDataboxMeta<K extends DataboxMetaKey>(
  db: UradovnaDatabase,
  name: K,
  boxKey: string,
): Promise<DataboxMetaShape[K] | undefined> {
  const row = await db.syncMeta.get(keyOf(name, boxKey));
  return row?.value as DataboxMetaShape[K] | undefined;
}

export async function putDataboxMeta<K extends DataboxMetaKey>(
  db: UradovnaDatabase,
  name: K,
  boxKey: string,
  value: DataboxMetaShape[K],
): Promise<void> {
  await db.syncMeta.put({ key: keyOf(name, boxKey), value });
}
