import { formatReferenceNumber, journalOrder } from '../../common/domain/referenceNumber';
import type { OrganizationProfile } from '../../common/contract/types';
import type { UradovnaDatabase } from './schema';

export interface AllocatedNumber {
  year: number;
  sequence: number;
  journalOrder: number;
  referenceNumber: string;
}

/**
 * Gives the next reference number of the period. Runs inside the caller's
 * transaction (which must include `sequences`): the number and the document commit
 * together, so a failed save never burns a number and two saves never share one.
 * The sync issue replaces the local counter with numbers reserved from the eSSL.
 */
export async function allocateNumber(
  db: UradovnaDatabase,
  organization: OrganizationProfile,
  year: number,
): Promise<AllocatedNumber> {
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
  };
}
