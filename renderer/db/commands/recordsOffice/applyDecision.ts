import type { ParsedDecisionList, ProposalItem } from '../../../../common/domain/disposal';
import { CommandError, runCommand } from '../../errors';
import { enqueue } from '../../outbox';
import type { UradovnaDatabase } from '../../schema';
import { getSetting } from '../../settings';
import { appendTxLog, type TxLogDraft } from '../../txlog/append';
import { actorOf } from '../lifecycleSupport';
import { loadHolding, moveHolding } from '../holdings';

export interface DecisionOutcome {
  archived: number;
  destroyed: number;
  excluded: number;
  inspect: number;
}

const FINAL = new Set(['archive', 'destroy', 'exclude']);

/**
 * Carries out the archive's decision (nsesss-DA `Seznam`) on a disposal proposal:
 * selected records go to the archive, the rest are destroyed (their files deleted —
 * irreversibly, which is what the decision orders; the metadata and the log stay),
 * excluded ones return to the records office. Every identifier must be an item of
 * this proposal; one that is not refuses the whole list, with nothing changed.
 */
export async function applyDisposalDecision(
  db: UradovnaDatabase,
  proposalId: string,
  list: ParsedDecisionList,
  now = new Date(),
): Promise<DecisionOutcome> {
  return runCommand(() =>
    db.transaction(
      'rw',
      [
        db.disposalProposals,
        db.caseFiles,
        db.documents,
        db.components,
        db.settings,
        db.outbox,
        db.txlog,
      ],
      async () => {
        const actor = await actorOf(db);
        const organization = await getSetting(db, 'organization');
        const proposal = await db.disposalProposals.get(proposalId);
        if (!proposal) throw new CommandError('errors.disposal.proposalNotFound');
        if (proposal.state === 'decided') throw new CommandError('errors.disposal.alreadyDecided');
        if (
          organization &&
          list.originatorId !== organization.ico &&
          list.originatorId !== organization.pidPrefix
        ) {
          throw new CommandError('errors.disposal.otherOriginator', [], 'other originator', {
            originator: list.originatorId,
          });
        }

        const byId = new Map(proposal.items.map((item) => [item.id, item]));
        const unknown: string[] = [];
        const elsewhere: string[] = [];
        for (const entry of list.entries) {
          if (byId.has(entry.identifier)) continue;
          const known =
            (await db.caseFiles.get(entry.identifier)) ??
            (await db.documents.get(entry.identifier));
          (known ? elsewhere : unknown).push(entry.identifier);
        }
        if (unknown.length > 0) {
          throw new CommandError('errors.disposal.unknownEntities', [], 'unknown entities', {
            count: unknown.length,
            identifiers: unknown.slice(0, 10).join(', '),
          });
        }
        if (elsewhere.length > 0) {
          throw new CommandError('errors.disposal.notInProposal', [], 'not in proposal', {
            count: elsewhere.length,
            identifiers: elsewhere.slice(0, 10).join(', '),
          });
        }

        const outcome: DecisionOutcome = { archived: 0, destroyed: 0, excluded: 0, inspect: 0 };
        const drafts: TxLogDraft[] = [];
        const items: ProposalItem[] = proposal.items.map((item) => ({ ...item }));
        const itemById = new Map(items.map((item) => [item.id, item]));
        for (const entry of list.entries) {
          const item = itemById.get(entry.identifier)!;
          // A takeover confirmation (IdentifikatorDA) names what the archive now holds.
          const decision = entry.operation ?? 'archive';
          if (item.decision !== null && FINAL.has(item.decision)) {
            if (entry.archiveIdentifier && item.decision === 'archive') {
              drafts.push({
                event: 'Uprava',
                entityType: item.type,
                entityId: item.id,
                actor,
                detail: { archiveIdentifier: entry.archiveIdentifier },
              });
            }
            continue;
          }
          const holding = await loadHolding(db, item);
          const extra = { proposalId, archiveIdentifier: entry.archiveIdentifier };
          if (decision === 'archive') {
            drafts.push(...(await moveHolding(db, holding, 'archive', null, actor, extra)).drafts);
            outcome.archived += 1;
          } else if (decision === 'destroy') {
            drafts.push(...(await moveHolding(db, holding, 'destroy', null, actor, extra)).drafts);
            const pids =
              holding.type === 'caseFile'
                ? holding.documents.map((doc) => doc.pid)
                : [holding.record.pid];
            const deleted = await db.components.where('pid').anyOf(pids).delete();
            for (const pid of pids) await db.documents.update(pid, { componentCount: 0 });
            drafts.push({
              event: 'Zniceni',
              entityType: 'component',
              entityId: item.id,
              actor,
              detail: { proposalId, components: deleted },
            });
            outcome.destroyed += 1;
          } else if (decision === 'exclude') {
            drafts.push(
              ...(
                await moveHolding(
                  db,
                  holding,
                  'withdrawDisposal',
                  (custody) => ({ ...custody, disposalProposalId: null }),
                  actor,
                  extra,
                )
              ).drafts,
            );
            outcome.excluded += 1;
          } else {
            outcome.inspect += 1;
          }
          item.decision = decision;
        }
        const decided = items.every((item) => item.decision !== null && FINAL.has(item.decision));
        await db.disposalProposals.update(proposalId, {
          items,
          state: decided ? 'decided' : 'open',
          decidedAt: decided ? now.toISOString() : null,
          archiveId: list.archiveId,
          procedureId: list.procedureId,
        });
        drafts.push({
          event: 'Uprava',
          entityType: 'disposalProposal',
          entityId: proposalId,
          actor,
          detail: { listId: list.listId, archiveId: list.archiveId, ...outcome },
        });
        await enqueue(
          db,
          [{ kind: 'disposal.decision', entityId: proposalId, payload: { proposalId, list } }],
          now,
        );
        await appendTxLog(db, drafts, now);
        return outcome;
      },
    ),
  );
}
