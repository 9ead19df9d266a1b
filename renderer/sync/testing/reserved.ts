import type { ReservedNumberRecord } from '../../../common/domain/sync';
import type { UradovnaDatabase } from '../../db/schema';

/** Puts numbers the eSSL "reserved" into a test database (sequence → reference). */
export async function reserveForTest(
  db: UradovnaDatabase,
  register: ReservedNumberRecord['register'],
  year: number,
  numbers: ReadonlyArray<[sequence: number, reference: string]>,
  journal = 'HLAVNI',
): Promise<void> {
  await db.reservedNumbers.bulkAdd(
    numbers.map(([sequence, reference]) => ({
      id: `${register}/${year}/${sequence}`,
      register,
      year,
      sequence,
      reference,
      journal,
      usedBy: null,
      state: 'free' as const,
      reservedAt: '2026-01-01T00:00:00.000Z',
    })),
  );
}
