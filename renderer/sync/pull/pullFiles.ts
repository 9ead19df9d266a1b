import type { DocumentProfile } from '../../../common/erms/model';
import { prepareFiles } from '../../db/commands/prepareFiles';
import type { ComponentRecord, UradovnaDatabase } from '../../db/schema';
import { SyncStop, syncErrorOf, type EsslPort } from '../esslPort';
import { entityKey } from './entityKey';

export interface PulledFiles {
  components: ComponentRecord[];
  /** Documents (entity keys) whose files could not all be fetched: left for the next run. */
  incomplete: Set<string>;
  stop: SyncStop | null;
}

/**
 * The files of pulled documents that this device does not hold yet (made in the eSSL
 * or on another device), fetched with SouborZadost before the page's transaction.
 * A file name from elsewhere is made safe the same way as one picked by the clerk
 * (prepareFiles), and a file the eSSL no longer has is skipped.
 */
export async function pullFiles(
  db: UradovnaDatabase,
  port: EsslPort,
  documents: ReadonlyArray<DocumentProfile>,
  now: Date,
): Promise<PulledFiles> {
  const result: PulledFiles = { components: [], incomplete: new Set(), stop: null };
  for (const profile of documents) {
    if (profile.files.length === 0) continue;
    const ids = profile.files.map((link) => link.id.value);
    const held = await db.components.bulkGet(ids);
    for (const [index, link] of profile.files.entries()) {
      if (held[index]) continue;
      if (result.stop) {
        result.incomplete.add(entityKey(profile));
        continue;
      }
      let file;
      try {
        file = await port['essl.file']({ id: link.id });
      } catch (error) {
        const failure = syncErrorOf(error);
        if (failure.kind === 'status') continue;
        result.stop = new SyncStop(failure);
        result.incomplete.add(entityKey(profile));
        continue;
      }
      const prepared = await prepareFiles([{ name: file.name || link.name, bytes: file.bytes }]);
      const ready = prepared.files[0];
      // A file the device refuses to keep (an empty or hostile one) stays in the eSSL only.
      if (!ready) continue;
      result.components.push({
        id: link.id.value,
        pid: profile.id.value,
        name: ready.name,
        originalName: ready.originalName,
        mime: ready.mime,
        size: ready.size,
        sha256: ready.sha256,
        addedAt: now.toISOString(),
        blob: ready.blob,
      });
    }
  }
  return result;
}
