import { officeDateString } from '../../../../common/domain/time';
import {
  buildProposalSipPackage,
  type SipPackage,
} from '../../../recordsOffice/sip/buildSipPackage';
import { CommandError, runCommand } from '../../errors';
import type { UradovnaDatabase } from '../../schema';
import { getSetting } from '../../settings';
import { appendTxLog, type TxLogDraft } from '../../txlog/append';
import { actorOf } from '../lifecycleSupport';

export interface ExportedSip extends SipPackage {
  fileName: string;
}

/**
 * Packs a disposal proposal as SIP packages for the archive (one ZIP) and records
 * that each of its records left the application (NSESSS `Export`). The package is
 * built first, reading only; the log is written once it exists.
 */
export async function exportSip(
  db: UradovnaDatabase,
  proposalId: string,
  now = new Date(),
  onProgress?: (progress: { bytes: number; totalBytes: number }) => void,
): Promise<ExportedSip> {
  const proposal = await db.disposalProposals.get(proposalId);
  if (!proposal) throw new CommandError('errors.disposal.proposalNotFound');
  const sip = await buildProposalSipPackage(db, proposalId, { now, onProgress });
  const organization = await getSetting(db, 'organization');
  const fileName = `SIP-${organization?.abbreviation ?? 'spisovna'}-skartacni-navrh-${proposal.year}-${officeDateString(now)}.zip`;
  await runCommand(() =>
    db.transaction('rw', [db.txlog, db.settings], async () => {
      const actor = await actorOf(db);
      const drafts: TxLogDraft[] = [
        {
          event: 'Export',
          entityType: 'disposalProposal',
          entityId: proposalId,
          actor,
          detail: {
            format: 'SIP',
            fileName,
            entities: sip.entities,
            files: sip.files,
            bytes: sip.bytes,
          },
        },
        ...proposal.items.map((item): TxLogDraft => ({
          event: 'Export',
          entityType: item.type,
          entityId: item.id,
          actor,
          detail: { format: 'SIP', proposalId, fileName },
        })),
      ];
      await appendTxLog(db, drafts, now);
    }),
  );
  return { ...sip, fileName };
}
