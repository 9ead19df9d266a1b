import type { OrganizationProfile } from '../../../common/contract/types';
import { DEFAULT_REFERENCE_MASK } from '../../../common/domain/referenceNumber';
import {
  sampleFilePlan,
  sampleFilePlanVersion,
} from '../../../common/domain/testing/sampleDocuments';
import { UradovnaDatabase } from '../schema';
import { putSetting } from '../settings';

/** Test helpers for the Dexie layer: a private database each, a configured office. */

export const testOrganization: OrganizationProfile = {
  name: 'Obec Horní Lhota',
  abbreviation: 'OUHL',
  pidPrefix: 'OUHL',
  referenceMask: DEFAULT_REFERENCE_MASK,
  ico: '00064581',
  dataBoxId: 'abc1234',
  address: 'Horní Lhota 1, 111 11 Horní Lhota',
};

export const testUser = 'Marie Dvořáková';

/** A database of its own, so that tests never see each other's rows. */
export function openTestDatabase(): UradovnaDatabase {
  return new UradovnaDatabase(`t-${crypto.randomUUID()}`);
}

/** The settings and the file plan a registration needs. */
export async function configureOffice(
  db: UradovnaDatabase,
  organization: OrganizationProfile = testOrganization,
): Promise<void> {
  await db.transaction('rw', [db.settings, db.planGroups, db.filePlanVersions], async () => {
    await putSetting(db, 'organization', organization);
    await putSetting(db, 'currentUser', testUser);
    await putSetting(db, 'handlers', [testUser]);
    await db.filePlanVersions.put(sampleFilePlanVersion);
    await db.planGroups.bulkPut(sampleFilePlan);
  });
}

/** Everything stored, table by table (Blobs by size), to prove a failed command wrote nothing. */
export async function snapshot(db: UradovnaDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Array<Record<string, unknown>>;
    out[table.name] = rows.map((row) =>
      row.blob instanceof Blob ? { ...row, blob: undefined, blobSize: row.blob.size } : row,
    );
  }
  return out;
}
