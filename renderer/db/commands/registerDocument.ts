import { makePid } from '../../../common/domain/pid';
import { buildDocumentRecord } from '../../../common/domain/documentRecord';
import type { NewDocumentInput } from '../../../common/domain/document';
import { findClassifiable } from '../../../common/domain/filePlan';
import { validateNewDocument } from '../../../common/domain/documentRules';
import { officeYear } from '../../../common/domain/time';
import { CommandError, runCommand } from '../errors';
import { allocateNumber } from '../numbering';
import { enqueue } from '../outbox';
import type { ComponentRecord, UradovnaDatabase } from '../schema';
import { getSetting } from '../settings';
import { appendTxLog, type TxLogDraft } from '../txlog/append';
import { prepareFiles, type IncomingFile } from './prepareFiles';

export interface RegisterResult {
  pid: string;
  referenceNumber: string;
  /** Files whose names were made safe, as [original, stored]. */
  renamedFiles: Array<[string, string]>;
}

export interface CommandContext {
  now?: Date;
}

const PID_ATTEMPTS = 5;

/**
 * Registers an incoming or own document: validates it, gives it a PID and the next
 * reference number, stores it with its files, queues it for the eSSL and logs
 * `Zalozeni` — all in one transaction, so either everything is saved or nothing.
 */
export async function registerDocument(
  db: UradovnaDatabase,
  input: NewDocumentInput,
  files: IncomingFile[] = [],
  context: CommandContext = {},
): Promise<RegisterResult> {
  const now = context.now ?? new Date();
  const prepared = await prepareFiles(files);
  if (prepared.issues.length > 0) throw new CommandError('errors.validation', prepared.issues);

  return runCommand(() =>
    db.transaction(
      'rw',
      [db.documents, db.components, db.sequences, db.outbox, db.txlog, db.settings, db.planGroups],
      async () => {
        const [organization, actor, plan] = await Promise.all([
          getSetting(db, 'organization'),
          getSetting(db, 'currentUser'),
          db.planGroups.toArray(),
        ]);
        if (!organization || !actor) throw new CommandError('errors.notConfigured');

        const validated = validateNewDocument(input, { now, filePlan: plan });
        if (!validated.ok) throw new CommandError('errors.validation', validated.issues);
        const doc = validated.value;
        const group = findClassifiable(plan, doc.fileMark);
        if (!group?.retention)
          throw new CommandError('errors.validation', [
            { path: 'fileMark', message: 'validation.fileMark.unknown' },
          ]);

        const pid = await uniquePid(db, organization.pidPrefix);
        // The evidence period is the year of registration: the journal runs in the order
        // documents were entered, whatever date the letter itself bears.
        const year = officeYear(now);
        const numbers = await allocateNumber(db, organization, year);
        const registeredAt = now.toISOString();
        const record = buildDocumentRecord(
          doc,
          { pid, ...numbers },
          {
            registeredAt,
            retention: group.retention,
            createdBy: actor,
            componentCount: prepared.files.length,
          },
        );

        const components: ComponentRecord[] = prepared.files.map((file) => ({
          id: crypto.randomUUID(),
          pid,
          name: file.name,
          originalName: file.originalName,
          mime: file.mime,
          size: file.size,
          sha256: file.sha256,
          addedAt: registeredAt,
          blob: file.blob,
        }));

        await db.documents.add(record);
        if (components.length > 0) await db.components.bulkAdd(components);

        const { words: _words, ...payload } = record;
        await enqueue(
          db,
          [
            { kind: 'document.register', entityId: pid, payload },
            ...components.map((component) => ({
              kind: 'component.add',
              entityId: component.id,
              payload: {
                pid,
                componentId: component.id,
                name: component.name,
                sha256: component.sha256,
              },
            })),
          ],
          now,
        );

        const logDrafts: TxLogDraft[] = [
          {
            event: 'Zalozeni',
            entityType: 'document',
            entityId: pid,
            actor,
            detail: { referenceNumber: record.referenceNumber, direction: record.direction },
          },
          ...components.map((component): TxLogDraft => ({
            event: 'Zalozeni',
            entityType: 'component',
            entityId: component.id,
            actor,
            detail: { pid, name: component.name, sha256: component.sha256, size: component.size },
          })),
        ];
        await appendTxLog(db, logDrafts, now);

        return {
          pid,
          referenceNumber: record.referenceNumber,
          renamedFiles: prepared.files
            .filter((file) => file.renamed)
            .map((file): [string, string] => [file.originalName, file.name]),
        };
      },
    ),
  );
}

async function uniquePid(db: UradovnaDatabase, prefix: string): Promise<string> {
  for (let attempt = 0; attempt < PID_ATTEMPTS; attempt++) {
    const pid = makePid(prefix, crypto.getRandomValues(new Uint8Array(7)));
    if ((await db.documents.get(pid)) === undefined) return pid;
  }
  throw new Error('Could not find a free PID');
}
