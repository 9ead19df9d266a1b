import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../../common/domain/document';
import { useServices } from '../app/services';

export interface LinkedDocument {
  pid: string;
  referenceNumber: string;
}

export interface SettlementLinks {
  /** The document that settled this one (vyřizující dokument). */
  settledBy: LinkedDocument | null;
  /** The documents this one settles. */
  settles: LinkedDocument[];
}

/** Both ends of "vyřizuje dokument", with their reference numbers, kept live. */
export function useSettlementLinks(
  doc: Pick<DocumentRecord, 'settlement' | 'settles'>,
): SettlementLinks | undefined {
  const { db } = useServices();
  const settlingPid = doc.settlement?.settlingPid ?? null;
  const settles = doc.settles ?? [];
  // The query reads `settles`; its contents, not the array's identity, decide a re-run.
  const key = settles.join(' ');
  return useLiveQuery(async () => {
    const rows = await db.documents.bulkGet(settlingPid ? [settlingPid, ...settles] : settles);
    const linked = rows
      .filter((row): row is DocumentRecord => row !== undefined)
      .map((row) => ({ pid: row.pid, referenceNumber: row.referenceNumber }));
    return {
      settledBy: settlingPid ? (linked.find((row) => row.pid === settlingPid) ?? null) : null,
      settles: linked.filter((row) => row.pid !== settlingPid),
    };
  }, [db, settlingPid, key]);
}
