import { formatReferenceNumber, journalOrder } from '../../common/domain/referenceNumber';
import type { NumberStatus } from '../../common/domain/sync';
import type { OrganizationProfile } from '../../common/contract/types';
import type { UradovnaDatabase } from './schema';
import { getSyncMeta, putSyncMeta } from '../sync/syncMeta';

export interface AllocatedNumber {
  year: number;
  sequence: number;
  journalOrder: number;
  referenceNumber: string;
  numberStatus: NumberStatus;
}

/**
 * Provisional numbers sort after every real one of their year and are never a
 * number of the central journal (sequences there stay far below this).
 */
export const PROVISIONAL_BASE = 900_000;

export type NumberRegister = 'documents' | 'caseFiles';

/**
 * Gives the next reference number of the period. Runs inside the caller's
 * transaction (which must include `sequences`, `reservedNumbers` and `syncMeta`):
 * the number and the document commit together, so a failed save never burns a
 * number and two saves never share one.
 *
 * Where the numbers come from (docs/sync.md):
 * - connected to an eSSL: the lowest free number of the block the eSSL reserved for
 *   this device; when the block is used up offline, a provisional number that the
 *   stamp shows as such and the eSSL replaces on sync;
 * - not connected (no eSSL configured yet): the device's own counter, sent to the
 *   eSSL as a proposal once one is connected.
 */
export async function allocateNumber(
  db: UradovnaDatabase,
  organization: OrganizationProfile,
  year: number,
): Promise<AllocatedNumber> {
  const connected = (await getSyncMeta(db, 'numberSource')) === 'essl';
  if (!connected) {
    const state = await db.sequences.get(year);
    const sequence = (state?.last ?? 0) + 1;
    await db.sequences.put({ year, last: sequence });
    return {
      year,
      sequence,
      journalOrder: journalOrder(year, sequence),
      referenceNumber: formatReferenceNumber(organization.referenceMask, {
        abbreviation: organization.abbreviation,
        sequence,
        year,
      }),
      numberStatus: 'local',
    };
  }
  const reserved = await takeReserved(db, 'documents', year);
  if (reserved) {
    return {
      year,
      sequence: reserved.sequence,
      journalOrder: journalOrder(year, reserved.sequence),
      referenceNumber: reserved.reference,
      numberStatus: 'reserved',
    };
  }
  const provisional = await nextProvisional(db, 'documents', year);
  return {
    year,
    sequence: PROVISIONAL_BASE + provisional,
    journalOrder: journalOrder(year, PROVISIONAL_BASE + provisional),
    referenceNumber: provisionalReference(provisional, year),
    numberStatus: 'provisional',
  };
}

/** What a provisional number looks like on the stamp and in the journal. */
export function provisionalReference(order: number, year: number): string {
  return `PROZATÍMNÍ ${order}/${year}`;
}

/** Takes the lowest free reserved number of the register and year, or null. */
export async function takeReserved(
  db: UradovnaDatabase,
  register: NumberRegister,
  year: number,
): Promise<{ sequence: number; reference: string } | null> {
  const free = await db.reservedNumbers
    .where('[register+year+state]')
    .equals([register, year, 'free'])
    .toArray();
  if (free.length === 0) return null;
  const lowest = free.reduce((a, b) => (b.sequence < a.sequence ? b : a));
  await db.reservedNumbers.update(lowest.id, { state: 'used' });
  return { sequence: lowest.sequence, reference: lowest.reference };
}

/** Records which entity used a reserved number (after its id is known). */
export async function markReservedUse(
  db: UradovnaDatabase,
  register: NumberRegister,
  year: number,
  sequence: number,
  usedBy: string,
): Promise<void> {
  await db.reservedNumbers.update(`${register}/${year}/${sequence}`, { usedBy });
}

async function nextProvisional(
  db: UradovnaDatabase,
  register: NumberRegister,
  year: number,
): Promise<number> {
  const key = `provisional/${register}/${year}` as const;
  const last = (await getSyncMeta(db, key)) ?? 0;
  await putSyncMeta(db, key, last + 1);
  return last + 1;
}

export interface AllocatedCaseFileNumber {
  sequence: number;
  reference: string;
  numberStatus: NumberStatus;
}

/**
 * The next number of the case-file register (spisová značka), by the same rules as
 * `allocateNumber`. `format` writes the device's own mask for a local number; a
 * reserved number comes formatted by the eSSL. Needs `caseFileSequences`,
 * `reservedNumbers` and `syncMeta` in the caller's transaction.
 */
export async function allocateCaseFileNumber(
  db: UradovnaDatabase,
  year: number,
  format: (sequence: number) => string,
): Promise<AllocatedCaseFileNumber> {
  const connected = (await getSyncMeta(db, 'numberSource')) === 'essl';
  if (!connected) {
    const state = await db.caseFileSequences.get(year);
    const sequence = (state?.last ?? 0) + 1;
    await db.caseFileSequences.put({ year, last: sequence });
    return { sequence, reference: format(sequence), numberStatus: 'local' };
  }
  const reserved = await takeReserved(db, 'caseFiles', year);
  if (reserved) return { ...reserved, numberStatus: 'reserved' };
  const provisional = await nextProvisional(db, 'caseFiles', year);
  return {
    sequence: PROVISIONAL_BASE + provisional,
    reference: provisionalReference(provisional, year),
    numberStatus: 'provisional',
  };
}
