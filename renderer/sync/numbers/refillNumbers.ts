import { officeYear } from '../../../common/domain/time';
import type { ReservedNumberRecord } from '../../../common/domain/sync';
import type { UradovnaDatabase } from '../../db/schema';
import type { NumberRegister } from '../../db/numbering';
import { SyncStop, syncErrorOf, type EsslPort } from '../esslPort';
import { getSyncMeta, putSyncMeta } from '../syncMeta';
import { appendSyncLog } from '../syncLog';

/**
 * How many numbers the device keeps in reserve, and when it asks for more: enough for
 * a few days of a small municipality's mail offline (docs/sync.md), few enough that
 * a device that never comes back leaves only a short gap in the central journal.
 */
export const POOL = {
  documents: { low: 10, size: 30 },
  caseFiles: { low: 3, size: 10 },
} as const satisfies Record<NumberRegister, { low: number; size: number }>;

export interface RefillReport {
  /** False when the eSSL does not offer reservations (then offline numbers are provisional). */
  offered: boolean;
  added: number;
}

export async function freeCount(
  db: UradovnaDatabase,
  register: NumberRegister,
  year: number,
): Promise<number> {
  return db.reservedNumbers.where('[register+year+state]').equals([register, year, 'free']).count();
}

/**
 * Tops up the reserved numbers of this year while the eSSL is reachable. The request
 * id is stored before asking, so an answer lost on the way is asked for again with
 * the same id and the eSSL hands out the same block instead of a second one.
 */
export async function refillNumbers(
  db: UradovnaDatabase,
  port: EsslPort,
  now: Date = new Date(),
): Promise<RefillReport> {
  const year = officeYear(now);
  const report: RefillReport = {
    offered: (await getSyncMeta(db, 'reservations')) !== false,
    added: 0,
  };
  if (!report.offered) return report;
  for (const register of ['documents', 'caseFiles'] as const) {
    const free = await freeCount(db, register, year);
    if (free >= POOL[register].low) continue;
    const requestKey = `reservation/${register}/${year}` as const;
    let requestId = await getSyncMeta(db, requestKey);
    if (!requestId) {
      requestId = crypto.randomUUID();
      await putSyncMeta(db, requestKey, requestId);
    }
    let numbers;
    try {
      numbers = (
        await port['essl.reserveNumbers']({
          requestId,
          register,
          year,
          count: POOL[register].size - free,
        })
      ).numbers;
    } catch (error) {
      throw new SyncStop(syncErrorOf(error));
    }
    if (numbers === null) {
      await putSyncMeta(db, 'reservations', false);
      return { offered: false, added: report.added };
    }
    const reservedAt = now.toISOString();
    const rows: ReservedNumberRecord[] = numbers.map((number) => ({
      id: `${number.register}/${number.year}/${number.sequence}`,
      register: number.register,
      year: number.year,
      sequence: number.sequence,
      reference: number.reference,
      journal: number.journal,
      usedBy: null,
      state: 'free',
      reservedAt,
    }));
    await db.transaction('rw', [db.reservedNumbers, db.syncMeta, db.syncLog], async () => {
      // A block already stored (the same request answered twice) must not turn used numbers free again.
      const known = new Set(
        (await db.reservedNumbers.bulkGet(rows.map((row) => row.id))).map((row) => row?.id),
      );
      const fresh = rows.filter((row) => !known.has(row.id));
      await db.reservedNumbers.bulkAdd(fresh);
      await db.syncMeta.delete(requestKey);
      await putSyncMeta(db, 'reservations', true);
      report.added += fresh.length;
      if (fresh.length > 0)
        await appendSyncLog(
          db,
          [
            {
              kind: 'numbers',
              level: 'info',
              key:
                register === 'documents'
                  ? 'sync.log.reservedDocuments'
                  : 'sync.log.reservedCaseFiles',
              params: {
                count: fresh.length,
                first: fresh[0]?.reference ?? '',
                last: fresh.at(-1)?.reference ?? '',
              },
              entityId: null,
            },
          ],
          now,
        );
    });
  }
  return report;
}
