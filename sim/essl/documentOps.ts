import {
  statusCodes,
  type DocumentProfile,
  type EsslEvent,
  type OperationStatus,
} from '../../common/erms/model';
import type { RequestOf, ResponseOf } from '../../common/erms/operations';
import { applyOnce } from './events';
import { saveCaseFile, saveDocument, saveNewDocument } from './mutations';
import { nextOrder, numberDocument } from './numbering';
import {
  OK,
  caseFileLabel,
  caseFileNotFound,
  documentNotFound,
  fileNotFound,
  findCaseFile,
  findDocument,
  isOpenCaseFile,
  iso,
  lockRefusal,
  periodOf,
  status,
  wrongState,
  type CallContext,
  type EsslCore,
} from './rules';
import { entityKey } from './store';

/**
 * UdalostiPredchazejici: applied in order (each once, by its UdalostId); the first
 * that is refused stops the creation and is reported as its status.
 */
export function applyPreceding(
  core: EsslCore,
  ctx: CallContext,
  events: ReadonlyArray<EsslEvent>,
): OperationStatus | null {
  for (const event of events) {
    const outcome = applyOnce(core, ctx, event);
    if (outcome.code !== statusCodes.ok) {
      return status(
        outcome.code,
        `Předcházející událost ${event.type} (${event.eventId}) nebyla provedena: ${outcome.description ?? ''}`,
      );
    }
  }
  return null;
}

type DocumentReply = ResponseOf<'DokumentZalozeni'>;

/**
 * DokumentZalozeni: idempotent by Identifikator — a repeat gets the document the first
 * call made, with the same numbers.
 */
export function createDocument(
  core: EsslCore,
  ctx: CallContext,
  request: RequestOf<'DokumentZalozeni'>,
): DocumentReply {
  const { document: proposed } = request;
  const existing = findDocument(core, proposed.id);
  if (existing) return { document: existing.profile, status: OK };
  const refused = applyPreceding(core, ctx, request.preceding);
  if (refused) return { document: null, status: refused };

  const missing = proposed.files.find((link) => !core.store.files.has(entityKey(link.id)));
  if (missing) return { document: null, status: fileNotFound(missing.id) };
  let placement: { file: NonNullable<ReturnType<typeof findCaseFile>>; order: number } | null =
    null;
  if (proposed.caseFileId) {
    const file = findCaseFile(core, proposed.caseFileId);
    if (!file) return { document: null, status: caseFileNotFound(proposed.caseFileId) };
    if (!isOpenCaseFile(file)) {
      return {
        document: null,
        status: wrongState(
          `Spis ${caseFileLabel(file)} není otevřený; dokument do něj založit nelze.`,
        ),
      };
    }
    placement = { file, order: nextOrder(file) };
  }

  const now = core.clock.next();
  const numbers = numberDocument(core, ctx, proposed.numbers, now, placement);
  const period = String(periodOf(now));
  const { caseFileId: _placedIn, numbers: _proposedNumbers, ...fields } = proposed;
  const profile: DocumentProfile = {
    ...fields,
    numbers,
    evidence: { period, order: core.store.evidence.next(period) },
    caseFile: placement
      ? {
          id: placement.file.profile.id,
          order: placement.order,
          state: 'Vlozen',
          insertedAt: iso(now),
        }
      : null,
    owner: ctx.user,
    keptBy: null,
    state: 'nevyrizen',
    settlement: null,
    closedAt: null,
  };
  saveNewDocument(core, profile, now);
  if (placement) {
    saveCaseFile(core, placement.file, {
      documents: [
        ...placement.file.profile.documents,
        { id: profile.id, order: placement.order, state: 'Vlozen', insertedAt: iso(now) },
      ],
    });
  }
  return { document: profile, status: OK };
}

export function documentProfile(
  core: EsslCore,
  request: RequestOf<'ProfilDokumentuZadost'>,
): ResponseOf<'ProfilDokumentuZadost'> {
  const doc = findDocument(core, request.id);
  return doc
    ? { document: doc.profile, status: OK }
    : { document: null, status: documentNotFound(request.id) };
}

/**
 * DokumentPostoupeniZadost: the document passes into the caller's exclusive keeping
 * (SpravujeIS = its Zdroj) and the caller becomes its owner, as the schema says.
 */
export function takeIntoKeeping(
  core: EsslCore,
  ctx: CallContext,
  request: RequestOf<'DokumentPostoupeniZadost'>,
): ResponseOf<'DokumentPostoupeniZadost'> {
  const doc = findDocument(core, request.id);
  if (!doc) return { document: null, status: documentNotFound(request.id) };
  const locked = lockRefusal(doc, ctx);
  if (locked) return { document: null, status: locked };
  if (doc.profile.keptBy !== null) return { document: doc.profile, status: OK };
  const kept = saveDocument(core, doc, { keptBy: ctx.system, owner: ctx.user }, ctx.user);
  return { document: kept.profile, status: OK };
}

/** DokumentVraceniZadost: the keeper hands the document back to the eSSL. */
export function returnFromKeeping(
  core: EsslCore,
  ctx: CallContext,
  request: RequestOf<'DokumentVraceniZadost'>,
): ResponseOf<'DokumentVraceniZadost'> {
  const doc = findDocument(core, request.id);
  if (!doc) return { document: null, status: documentNotFound(request.id) };
  const locked = lockRefusal(doc, ctx);
  if (locked) return { document: null, status: locked };
  if (doc.profile.keptBy === null) return { document: doc.profile, status: OK };
  const back = saveDocument(core, doc, { keptBy: null }, null);
  return { document: back.profile, status: OK };
}
