import type { CaseFileProfile } from '../../common/erms/model';
import type { RequestOf, ResponseOf } from '../../common/erms/operations';
import { applyPreceding } from './documentOps';
import { saveDocument, saveNewCaseFile } from './mutations';
import { numberCaseFile } from './numbering';
import {
  OK,
  caseFileLabel,
  caseFileNotFound,
  documentLabel,
  documentNotFound,
  documentStateText,
  findCaseFile,
  findDocument,
  isFinalDocumentState,
  invalid,
  iso,
  lockRefusal,
  wrongState,
  type CallContext,
  type EsslCore,
} from './rules';
import { entityKey } from './store';
import type { StoredDocument } from './types';

type CaseFileReply = ResponseOf<'SpisZalozeni'>;

/**
 * SpisZalozeni: idempotent by Identifikator. The documents it names are inserted in
 * their order; a sběrný arch takes its initiator's č. j. as its spisová značka.
 */
export function createCaseFile(
  core: EsslCore,
  ctx: CallContext,
  request: RequestOf<'SpisZalozeni'>,
): CaseFileReply {
  const { caseFile: proposed } = request;
  const existing = findCaseFile(core, proposed.id);
  if (existing) return { caseFile: existing.profile, status: OK };
  const refused = applyPreceding(core, ctx, request.preceding);
  if (refused) return { caseFile: null, status: refused };

  const listed = [...proposed.documents].sort((a, b) => a.order - b.order);
  const docs: StoredDocument[] = [];
  const seen = new Set<string>();
  for (const entry of listed) {
    const key = entityKey(entry.id);
    if (seen.has(key)) {
      return {
        caseFile: null,
        status: invalid(`Dokument ${entry.id.value} je ve spisu uveden dvakrát.`),
      };
    }
    seen.add(key);
    const doc = findDocument(core, entry.id);
    if (!doc) return { caseFile: null, status: documentNotFound(entry.id) };
    const locked = lockRefusal(doc, ctx);
    if (locked) return { caseFile: null, status: locked };
    const placed = doc.profile.caseFile;
    if (placed && placed.state === 'Vlozen') {
      const other = findCaseFile(core, placed.id);
      return {
        caseFile: null,
        status: wrongState(
          `Dokument ${documentLabel(doc)} je už vložen ve spisu ${other ? caseFileLabel(other) : placed.id.value}.`,
        ),
      };
    }
    if (isFinalDocumentState(doc.profile.state)) {
      return {
        caseFile: null,
        status: wrongState(
          `Dokument ${documentLabel(doc)} je ${documentStateText(doc)}; do spisu ho vložit nelze.`,
        ),
      };
    }
    docs.push(doc);
  }
  // Orders as proposed when they are distinct and positive, else 1, 2, … in the given order.
  const orders = listed.map((entry) => entry.order);
  const distinct = new Set(orders).size === orders.length && orders.every((order) => order > 0);
  const orderOf = (index: number) => (distinct ? orders[index]! : index + 1);

  const now = core.clock.next();
  const initiator = proposed.mode === 'SbernyArch' ? (docs[0] ?? null) : null;
  const numbers = numberCaseFile(
    core,
    ctx,
    proposed.numbers,
    now,
    proposed.subjectGroup?.fileMark ?? '',
    initiator,
  );
  const insertedAt = iso(now);
  const profile: CaseFileProfile = {
    ...proposed,
    numbers,
    documents: docs.map((doc, index) => ({
      id: doc.profile.id,
      order: orderOf(index),
      state: 'Vlozen' as const,
      insertedAt,
    })),
    owner: ctx.user,
    keptBy: null,
    state: 'nevyrizen',
    settlement: null,
    closedAt: null,
  };
  saveNewCaseFile(core, profile, now);
  docs.forEach((doc, index) => {
    saveDocument(core, doc, {
      caseFile: { id: profile.id, order: orderOf(index), state: 'Vlozen', insertedAt },
    });
  });
  return { caseFile: profile, status: OK };
}

export function caseFileProfile(
  core: EsslCore,
  request: RequestOf<'ProfilSpisuZadost'>,
): ResponseOf<'ProfilSpisuZadost'> {
  const file = findCaseFile(core, request.id);
  return file
    ? { caseFile: file.profile, status: OK }
    : { caseFile: null, status: caseFileNotFound(request.id) };
}
