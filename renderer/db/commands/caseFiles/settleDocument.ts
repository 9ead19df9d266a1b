import { settleRefusal } from '../../../../common/domain/caseFileGuards';
import { documentTransition } from '../../../../common/domain/lifecycle';
import { disposalYear } from '../../../../common/domain/retention';
import {
  settlementInputSchema,
  type Settlement,
  type SettlementInput,
} from '../../../../common/domain/settlement';
import { officeDateString } from '../../../../common/domain/time';
import { issuesFromZod } from '../../../../common/domain/validation';
import { CommandError, runCommand } from '../../errors';
import { enqueue } from '../../outbox';
import type { UradovnaDatabase } from '../../schema';
import { appendTxLog } from '../../txlog/append';
import { actorOf, allowed, refuse, requireDocument } from '../lifecycleSupport';

/**
 * Settles (vyřídí) a document: how, when, by whom, and with which document where one
 * settled it — that document gets the link back. A stand-alone document's retention
 * starts with its settlement; a document in a case file follows the file's closing.
 */
export async function settleDocument(
  db: UradovnaDatabase,
  pid: string,
  input: SettlementInput,
  now = new Date(),
): Promise<void> {
  const parsed = settlementInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new CommandError('errors.validation', issuesFromZod(parsed.error));
  const value = parsed.data;
  if (value.date > officeDateString(now)) {
    throw new CommandError('errors.validation', [
      { path: 'date', message: 'validation.settlement.future' },
    ]);
  }

  await runCommand(() =>
    db.transaction('rw', [db.documents, db.settings, db.outbox, db.txlog], async () => {
      const actor = await actorOf(db);
      const doc = await requireDocument(db, pid);
      refuse(settleRefusal(doc));
      if (value.date < officeDateString(new Date(doc.registeredAt))) {
        throw new CommandError('errors.validation', [
          { path: 'date', message: 'validation.settlement.beforeRegistration' },
        ]);
      }
      const settling = value.settlingPid ? await db.documents.get(value.settlingPid) : null;
      if (
        value.settlingPid &&
        (!settling || settling.pid === pid || settling.state === 'cancelled')
      ) {
        throw new CommandError('errors.validation', [
          { path: 'settlingPid', message: 'validation.settlement.settlingDocumentInvalid' },
        ]);
      }
      const settlement: Settlement = {
        date: value.date,
        method: value.method,
        content: value.content,
        reason: value.reason,
        settlingPid: value.settlingPid,
        settledBy: actor,
        recordedAt: now.toISOString(),
      };
      const standAlone = doc.caseFileId === null;
      const triggerYear = standAlone ? Number(value.date.slice(0, 4)) : null;
      await db.documents.update(pid, {
        state: allowed(documentTransition('settle', doc.state)).to,
        settlement,
        triggerYear,
        disposalYear: triggerYear === null ? null : disposalYear(triggerYear, doc.retention),
        revision: doc.revision + 1,
      });
      if (settling) {
        await db.documents.update(settling.pid, {
          settles: [...new Set([...settling.settles, pid])],
          revision: settling.revision + 1,
        });
      }
      await enqueue(
        db,
        [{ kind: 'document.settle', entityId: pid, payload: { pid, settlement } }],
        now,
      );
      await appendTxLog(
        db,
        [
          {
            event: 'Vyrizeni',
            entityType: 'document',
            entityId: pid,
            actor,
            detail: {
              method: value.method,
              date: value.date,
              settlingPid: value.settlingPid,
              reason: value.reason,
            },
          },
        ],
        now,
      );
    }),
  );
}
