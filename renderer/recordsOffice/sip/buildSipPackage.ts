import type { DisposalProposal } from '../../../common/domain/disposal';
import type { TxLogEntry } from '../../../common/domain/transactionLog';
import { writeSipMets } from '../../../common/nsesss/sip/metsXml';
import { packageFolderName } from '../../../common/nsesss/sip/packageNames';
import type { SipContext, SipPurpose } from '../../../common/nsesss/sip/types';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { getSetting } from '../../db/settings';
import { BlobZipWriter, DEFAULT_CHUNK_BYTES } from './blobZip';
import { loadSipEntity, type LoadedSipEntity, type SipTarget } from './loadSipEntity';

/**
 * SIP packages for the archive, in one ZIP: a folder per case file or stand-alone
 * document holding its `mets.xml` and `komponenty/`. Reading only — the export
 * changes no record; the command that logs the Export event is the caller's.
 */

export interface SipPackage {
  blob: Blob;
  /** Case files and stand-alone documents packed. */
  entities: number;
  /** Component files packed (mets.xml files not counted). */
  files: number;
  /** Size of the ZIP. */
  bytes: number;
}

export interface SipPackageOptions {
  now?: Date;
  /** Disposal procedure (default) or transfer to the archive; METS LABEL says which. */
  purpose?: SipPurpose;
  /** Bytes of component files packed so far, of all. */
  onProgress?: (progress: { bytes: number; totalBytes: number }) => void;
  chunkBytes?: number;
}

const SYSTEM_NAME = 'Úřadovna';

interface Loaded {
  context: SipContext;
  entities: LoadedSipEntity[];
  logs: Map<string, TxLogEntry[]>;
}

/** Everything the package describes, read in one transaction: one consistent moment. */
async function load(db: UradovnaDatabase, targets: SipTarget[], now: Date): Promise<Loaded> {
  return db.transaction(
    'r',
    [
      db.settings,
      db.caseFiles,
      db.documents,
      db.components,
      db.planGroups,
      db.filePlanVersions,
      db.txlog,
    ],
    async () => {
      const organization = await getSetting(db, 'organization');
      if (!organization) throw new CommandError('errors.notConfigured');
      const createdBy = (await getSetting(db, 'currentUser')) ?? '';
      const entities: LoadedSipEntity[] = [];
      for (const target of targets) entities.push(await loadSipEntity(db, target, organization));
      const ids = [...new Set(entities.flatMap((entity) => entity.logIds))];
      const logs = new Map<string, TxLogEntry[]>();
      for (const entry of await db.txlog.where('entityId').anyOf(ids).toArray()) {
        const entries = logs.get(entry.entityId);
        if (entries) entries.push(entry);
        else logs.set(entry.entityId, [entry]);
      }
      return {
        context: { organization, systemName: SYSTEM_NAME, createdAt: now, createdBy },
        entities,
        logs,
      };
    },
  );
}

/** The same record asked for twice is packed once. */
function distinct(targets: SipTarget[]): SipTarget[] {
  const seen = new Set<string>();
  return targets.filter((target) => {
    const key = `${target.type}:${target.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function buildSipPackage(
  db: UradovnaDatabase,
  targets: SipTarget[],
  options: SipPackageOptions = {},
): Promise<SipPackage> {
  const now = options.now ?? new Date();
  const { context, entities, logs } = await load(db, distinct(targets), now);
  const zip = new BlobZipWriter(options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  const totalBytes = entities.reduce(
    (sum, { blobs }) => sum + [...blobs.values()].reduce((size, blob) => size + blob.size, 0),
    0,
  );
  let doneBytes = 0;
  const progress = (bytes: number) => {
    doneBytes += bytes;
    options.onProgress?.({ bytes: doneBytes, totalBytes });
  };

  const folders = new Set<string>();
  let files = 0;
  for (const { entity, blobs, logIds } of entities) {
    const log = logIds.flatMap((id) => logs.get(id) ?? []);
    const mets = writeSipMets(entity, log, context, options.purpose ?? 'disposal');
    const folder = packageFolderName(mets.identifier, folders);
    zip.addText(`${folder}/mets.xml`, mets.xml, now);
    for (const { component, path } of mets.files) {
      const blob = blobs.get(component.id);
      if (!blob) throw new Error(`component ${component.id} has no content`);
      await zip.addBlob(`${folder}/${path}`, blob, new Date(component.addedAt), progress);
      files += 1;
    }
  }
  const blob = zip.finish();
  return { blob, entities: entities.length, files, bytes: blob.size };
}

/** What a disposal proposal lists. */
export function proposalTargets(proposal: Pick<DisposalProposal, 'items'>): SipTarget[] {
  return proposal.items.map(({ type, id }) => ({ type, id }));
}

export async function buildProposalSipPackage(
  db: UradovnaDatabase,
  proposalId: string,
  options: SipPackageOptions = {},
): Promise<SipPackage> {
  const proposal = await db.disposalProposals.get(proposalId);
  if (!proposal)
    throw new CommandError('recordsOffice.sip.notFound', [], 'notFound', { id: proposalId });
  return buildSipPackage(db, proposalTargets(proposal), options);
}
