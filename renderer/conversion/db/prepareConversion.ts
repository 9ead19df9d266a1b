import type { ElectronicInputExamination } from '../../../common/contract/conversion';
import { conversionBlobId, type ConversionRecord } from '../../../common/domain/conversion';
import {
  checkConversionFields,
  needsConfirmation,
  type CheckedConversionFields,
  type ConversionFields,
} from '../../../common/domain/conversionRules';
import { officeDateString } from '../../../common/domain/time';
import { actorOf } from '../../db/actor';
import { CommandError, runCommand } from '../../db/errors';
import { enqueue } from '../../db/outbox';
import type { UradovnaDatabase } from '../../db/schema';
import { getSetting } from '../../db/settings';
import { appendTxLog } from '../../db/txlog/append';
import { requireOpenDocument } from '../../signing/commands/letterSupport';
import { pdfBlob, requirePdf } from '../../signing/commands/signedBytes';
import { conversionLogDraft, REGISTER_OUTBOX_KIND } from './conversionSupport';

export interface PaperToElectronicDraft {
  pid: string;
  /** The scan pages as PDF/A-2b, made by main (no clause yet). */
  pdf: Uint8Array;
  pages: number;
  fields: ConversionFields;
}

export interface ElectronicToPaperDraft {
  pid: string;
  /** The component converted. */
  componentId: string;
  messageId: string | null;
  pages: number;
  duplex: boolean;
  examination: ElectronicInputExamination;
  /** The clerk saw that the signature did not verify and converts anyway. */
  confirmedInvalid: boolean;
  fields: ConversionFields;
}

function checked(fields: ConversionFields, now: Date): CheckedConversionFields {
  const result = checkConversionFields(fields, officeDateString(now));
  if (!result.ok) throw new CommandError('errors.validation', result.issues);
  return result.value;
}

function baseRecord(
  id: string,
  pid: string,
  fields: CheckedConversionFields,
  person: string,
  body: string,
  at: string,
  source: { componentId: string | null; messageId: string | null },
): Omit<ConversionRecord, 'direction' | 'examination' | 'pages' | 'duplex'> {
  return {
    id,
    pid,
    input: {
      description: fields.description,
      date: fields.inputDate,
      sheets: fields.sheets,
      ...source,
    },
    state: 'waitingForNumber',
    official: fields.official,
    fee: fields.fee,
    lostElement: fields.lostElement,
    colourReason: fields.colourReason,
    confirmedInvalid: false,
    outputSheets: null,
    person,
    body,
    requestId: crypto.randomUUID(),
    number: null,
    registeredAt: null,
    attempts: 0,
    lastError: null,
    refusal: null,
    createdAt: at,
    createdBy: person,
    convertedAt: at,
    signatureBox: null,
    outputComponentId: null,
    doneAt: null,
    printedAt: null,
    cancelledAt: null,
    cancelReason: null,
  };
}

/**
 * Writes a prepared conversion and queues its request for a number, in one transaction:
 * the record, its working file, the outbox entry and the log. Nothing with a clause
 * exists yet — the clause comes only with the register's number.
 */
async function writePrepared(
  db: UradovnaDatabase,
  pid: string,
  now: Date,
  make: (person: string, body: string, at: string) => ConversionRecord,
  prepared: Blob | null,
): Promise<string> {
  const at = now.toISOString();
  return runCommand(() =>
    db.transaction(
      'rw',
      [
        db.conversions,
        db.conversionBlobs,
        db.documents,
        db.components,
        db.outbox,
        db.txlog,
        db.settings,
      ],
      async () => {
        const doc = await db.documents.get(pid);
        if (!doc) throw new CommandError('errors.documentNotFound');
        requireOpenDocument(doc);
        const person = await actorOf(db);
        const organization = await getSetting(db, 'organization');
        if (!organization?.name) throw new CommandError('errors.notConfigured');
        const record = make(person, organization.name, at);
        if (record.input.componentId) {
          const component = await db.components.get(record.input.componentId);
          if (!component || component.pid !== pid)
            throw new CommandError('errors.conversionRecord.componentGone');
        }
        await db.conversions.add(record);
        if (prepared)
          await db.conversionBlobs.add({
            id: conversionBlobId(record.id, 'prepared'),
            conversionId: record.id,
            kind: 'prepared',
            blob: prepared,
            createdAt: at,
          });
        await enqueue(
          db,
          [
            {
              kind: REGISTER_OUTBOX_KIND,
              entityId: record.id,
              payload: { pid, conversionId: record.id },
            },
          ],
          now,
        );
        await appendTxLog(
          db,
          [
            conversionLogDraft(record, doc, person, 'prepared', {
              pages: record.pages,
              sheets: record.input.sheets,
              official: record.official,
            }),
          ],
          now,
        );
        return record.id;
      },
    ),
  );
}

/** Paper → electronic: the scans are built; the conversion waits for its number. */
export async function preparePaperToElectronic(
  db: UradovnaDatabase,
  draft: PaperToElectronicDraft,
  context: { now?: Date } = {},
): Promise<string> {
  const now = context.now ?? new Date();
  requirePdf(draft.pdf);
  const fields = checked(
    {
      ...draft.fields,
      lostElement: draft.fields.lostElement ?? { lost: false, description: null },
    },
    now,
  );
  const id = crypto.randomUUID();
  return writePrepared(
    db,
    draft.pid,
    now,
    (person, body, at) => ({
      ...baseRecord(id, draft.pid, fields, person, body, at, {
        componentId: null,
        messageId: null,
      }),
      direction: 'paperToElectronic',
      examination: null,
      pages: draft.pages,
      duplex: false,
    }),
    pdfBlob(draft.pdf),
  );
}

/** Electronic → paper: the input is verified; the conversion waits for its number. */
export async function prepareElectronicToPaper(
  db: UradovnaDatabase,
  draft: ElectronicToPaperDraft,
  context: { now?: Date } = {},
): Promise<string> {
  const now = context.now ?? new Date();
  const fields = checked({ ...draft.fields, lostElement: null, needsColourReason: false }, now);
  if (needsConfirmation(draft.examination) && !draft.confirmedInvalid)
    throw new CommandError('errors.conversionRecord.confirmInvalid');
  const id = crypto.randomUUID();
  return writePrepared(
    db,
    draft.pid,
    now,
    (person, body, at) => ({
      ...baseRecord(id, draft.pid, fields, person, body, at, {
        componentId: draft.componentId,
        messageId: draft.messageId,
      }),
      direction: 'electronicToPaper',
      examination: draft.examination,
      confirmedInvalid: needsConfirmation(draft.examination) && draft.confirmedInvalid,
      pages: draft.pages,
      duplex: draft.duplex,
    }),
    null,
  );
}
