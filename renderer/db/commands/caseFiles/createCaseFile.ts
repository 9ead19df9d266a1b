import { allocateCaseFileNumber, markReservedUse } from '../../numbering';
import {
  CASE_FILE_TITLE_MAX,
  DEFAULT_CASE_FILE_MASK,
  formatCaseFileReference,
  type CaseFileRecord,
} from '../../../../common/domain/caseFile';
import { insertRefusal } from '../../../../common/domain/caseFileGuards';
import { findClassifiable } from '../../../../common/domain/filePlan';
import { makePid } from '../../../../common/domain/pid';
import { indexWords } from '../../../../common/domain/search';
import { officeDateString, officeYear } from '../../../../common/domain/time';
import { CommandError, runCommand } from '../../errors';
import { enqueue } from '../../outbox';
import type { UradovnaDatabase } from '../../schema';
import { getSetting } from '../../settings';
import { appendTxLog } from '../../txlog/append';
import { actorOf, refuse, requireDocument } from '../lifecycleSupport';
import { placeInCaseFile } from './membership';

export interface NewCaseFile {
  title: string;
  fileMark: string;
  handler: string;
  /** The initiating document; omitted for a case file created empty. */
  initiatorPid?: string | null;
}

export interface CreatedCaseFile {
  id: string;
  reference: string;
}

const ID_ATTEMPTS = 5;

/**
 * Opens a case file (založení spisu), empty or from its initiating document. The file
 * takes its mark, retention rule and way of building (sběrný arch / spojování) from
 * the plan group valid today; the initiator inherits them and becomes order 1.
 */
export async function createCaseFile(
  db: UradovnaDatabase,
  input: NewCaseFile,
  now = new Date(),
): Promise<CreatedCaseFile> {
  const title = input.title.trim();
  const handler = input.handler.trim();
  const issues = [];
  if (!title) issues.push({ path: 'title', message: 'validation.caseFileTitle.required' });
  else if (title.length > CASE_FILE_TITLE_MAX) {
    issues.push({
      path: 'title',
      message: 'validation.tooLong',
      params: { max: CASE_FILE_TITLE_MAX },
    });
  }
  if (!handler) issues.push({ path: 'handler', message: 'validation.handler.required' });
  if (issues.length > 0) throw new CommandError('errors.validation', issues);

  return runCommand(() =>
    db.transaction(
      'rw',
      [
        db.caseFiles,
        db.caseFileSequences,
        db.reservedNumbers,
        db.syncMeta,
        db.documents,
        db.planGroups,
        db.settings,
        db.outbox,
        db.txlog,
      ],
      async () => {
        const [organization, actor, mask] = await Promise.all([
          getSetting(db, 'organization'),
          actorOf(db),
          getSetting(db, 'caseFileMask'),
        ]);
        if (!organization) throw new CommandError('errors.notConfigured');
        const today = officeDateString(now);
        const versions = await db.planGroups.where('fileMark').equals(input.fileMark).toArray();
        const group = findClassifiable(versions, input.fileMark, today);
        if (!group?.retention) {
          const exists = versions.length > 0;
          throw new CommandError('errors.validation', [
            {
              path: 'fileMark',
              message: exists
                ? 'validation.fileMark.notClassifiable'
                : 'validation.fileMark.unknown',
              params: { mark: input.fileMark },
            },
          ]);
        }

        const initiator = input.initiatorPid ? await requireDocument(db, input.initiatorPid) : null;
        const year = officeYear(now);
        const mode = group.caseFileMode ?? 'linking';
        const number = await allocateCaseFileNumber(db, year, (sequence) =>
          formatCaseFileReference(mask ?? DEFAULT_CASE_FILE_MASK, {
            abbreviation: organization.abbreviation,
            sequence,
            year,
            fileMark: group.fileMark,
          }),
        );
        const sequence = number.sequence;
        // A sběrný arch is known by its initiator's number.
        const reference =
          initiator && mode === 'collectionSheet' ? initiator.referenceNumber : number.reference;
        const id = await freeId(db, organization.pidPrefix);
        const openedAt = now.toISOString();
        const caseFile: CaseFileRecord = {
          id,
          reference,
          year,
          sequence,
          title,
          fileMark: group.fileMark,
          planGroupId: group.id,
          retention: group.retention,
          mode,
          initiatorPid: null,
          handler,
          openedAt,
          state: 'inProgress',
          closedAt: null,
          triggerYear: null,
          disposalYear: null,
          documentCount: 0,
          nextOrder: 1,
          custody: null,
          words: indexWords([reference, title, group.fileMark, initiator?.referenceNumber]),
          createdBy: actor,
          revision: 1,
          numberStatus:
            initiator && mode === 'collectionSheet'
              ? (initiator.numberStatus ?? 'local')
              : number.numberStatus,
        };
        if (number.numberStatus === 'reserved')
          await markReservedUse(db, 'caseFiles', year, sequence, id);
        if (initiator) refuse(insertRefusal(caseFile, initiator));
        await db.caseFiles.add(caseFile);

        const { words: _words, ...payload } = caseFile;
        await enqueue(db, [{ kind: 'caseFile.create', entityId: id, payload }], now);
        await appendTxLog(
          db,
          [
            {
              event: 'Zalozeni',
              entityType: 'caseFile',
              entityId: id,
              actor,
              detail: {
                reference,
                fileMark: group.fileMark,
                mode,
                initiatorPid: initiator?.pid ?? null,
              },
            },
          ],
          now,
        );
        if (initiator) await placeInCaseFile(db, caseFile, initiator, actor, now);
        return { id, reference };
      },
    ),
  );
}

async function freeId(db: UradovnaDatabase, prefix: string): Promise<string> {
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
    const id = makePid(prefix, crypto.getRandomValues(new Uint8Array(7)));
    if (!(await db.caseFiles.get(id)) && !(await db.documents.get(id))) return id;
  }
  throw new Error('Could not find a free case-file identifier');
}
