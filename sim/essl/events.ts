import type {
  EsslEvent,
  EventOutcome,
  FileContent,
  FileExtension,
  OperationStatus,
} from '../../common/erms/model';
import { MAX_FILE_BYTES } from './constants';
import { saveCaseFile, saveDocument } from './mutations';
import { nextOrder } from './numbering';
import {
  OK,
  caseFileLabel,
  caseFileNotFound,
  documentLabel,
  documentNotFound,
  documentStateText,
  fileNotFound,
  findCaseFile,
  findDocument,
  invalid,
  isFinalDocumentState,
  isOpenCaseFile,
  iso,
  lockRefusal,
  wrongState,
  type CallContext,
  type EsslCore,
} from './rules';
import { entityKey } from './store';
import type { StoredCaseFile, StoredDocument } from './types';

/**
 * Applies each event once: the first outcome of an UdalostId — applied or refused —
 * is kept and returned for every replay of it.
 */
export function applyEvents(
  core: EsslCore,
  ctx: CallContext,
  events: ReadonlyArray<EsslEvent>,
): EventOutcome[] {
  return events.map((event, index) => ({
    eventId: event.eventId,
    order: index + 1,
    status: applyOnce(core, ctx, event),
  }));
}

export function applyOnce(core: EsslCore, ctx: CallContext, event: EsslEvent): OperationStatus {
  const first = core.store.events.get(event.eventId);
  if (first) return first;
  const outcome = applyEvent(core, ctx, event);
  core.store.record({ k: 'event', eventId: event.eventId, status: outcome });
  return outcome;
}

function applyEvent(core: EsslCore, ctx: CallContext, event: EsslEvent): OperationStatus {
  switch (event.type) {
    case 'DokumentUprava':
      return updateDocument(core, ctx, event);
    case 'DokumentVlozeniDoSpisu':
      return insertIntoCaseFile(core, ctx, event);
    case 'DokumentVyjmutiZeSpisu':
      return removeFromCaseFile(core, ctx, event);
    case 'DokumentVyrizeni':
      return settleDocument(core, ctx, event);
    case 'DokumentZruseni':
      return cancelDocument(core, ctx, event);
    case 'SpisUzavreni':
      return closeCaseFile(core, ctx, event);
    case 'SpisOtevreni':
      return reopenCaseFile(core, ctx, event);
    case 'SouborZalozeni':
      return createFile(core, event.file, event.extension);
    case 'SouborNovaVerze':
      return newFileVersion(core, event.file);
    case 'SouborVlozitKDokumentu':
      return attachFile(core, ctx, event);
  }
}

type EventOf<T extends EsslEvent['type']> = Extract<EsslEvent, { type: T }>;

/** The document, or the status that refuses touching it (unknown, kept by another). */
function editableDocument(
  core: EsslCore,
  ctx: CallContext,
  id: EventOf<'DokumentUprava'>['document']['id'],
): StoredDocument | OperationStatus {
  const doc = findDocument(core, id);
  if (!doc) return documentNotFound(id);
  return lockRefusal(doc, ctx) ?? doc;
}

function isStatus(
  value: StoredDocument | StoredCaseFile | OperationStatus,
): value is OperationStatus {
  return 'code' in value;
}

function updateDocument(
  core: EsslCore,
  ctx: CallContext,
  event: EventOf<'DokumentUprava'>,
): OperationStatus {
  const doc = editableDocument(core, ctx, event.document.id);
  if (isStatus(doc)) return doc;
  if (isFinalDocumentState(doc.profile.state)) {
    return wrongState(
      `Dokument ${documentLabel(doc)} je ${documentStateText(doc)}; upravit ho už nelze.`,
    );
  }
  const next = event.document;
  // An update carries Forma and the basic group (gDokumentZakladniProfil) only; numbers,
  // the identifier, delivery, files and placement change by their own events, if at all.
  saveDocument(core, doc, {
    form: next.form,
    title: next.title,
    description: next.description,
    senderReference: next.senderReference,
    subjectGroup: next.subjectGroup,
    retention: next.retention,
    note: next.note,
    addressees: next.addressees,
    sheets: next.sheets,
    attachmentCount: next.attachmentCount,
    attachmentKind: next.attachmentKind,
    attachmentSheets: next.attachmentSheets,
  });
  return OK;
}

function insertIntoCaseFile(
  core: EsslCore,
  ctx: CallContext,
  event: EventOf<'DokumentVlozeniDoSpisu'>,
): OperationStatus {
  const file = findCaseFile(core, event.caseFileId);
  if (!file) return caseFileNotFound(event.caseFileId);
  const doc = editableDocument(core, ctx, event.documentId);
  if (isStatus(doc)) return doc;
  const placed = doc.profile.caseFile;
  if (placed && placed.state === 'Vlozen') {
    if (entityKey(placed.id) === entityKey(file.profile.id)) return OK;
    const other = findCaseFile(core, placed.id);
    return wrongState(
      `Dokument ${documentLabel(doc)} je už vložen ve spisu ${other ? caseFileLabel(other) : placed.id.value}.`,
    );
  }
  if (!isOpenCaseFile(file)) {
    return wrongState(`Spis ${caseFileLabel(file)} není otevřený; vložit do něj nelze.`);
  }
  if (isFinalDocumentState(doc.profile.state)) {
    return wrongState(
      `Dokument ${documentLabel(doc)} je ${documentStateText(doc)}; do spisu ho vložit nelze.`,
    );
  }
  const taken = file.profile.documents.some((entry) => entry.order === event.order);
  const order = event.order > 0 && !taken ? event.order : nextOrder(file);
  const at = iso(core.clock.now());
  saveCaseFile(core, file, {
    documents: [
      ...file.profile.documents,
      { id: doc.profile.id, order, state: 'Vlozen', insertedAt: at },
    ],
  });
  saveDocument(core, doc, {
    caseFile: { id: file.profile.id, order, state: 'Vlozen', insertedAt: at },
  });
  return OK;
}

function removeFromCaseFile(
  core: EsslCore,
  ctx: CallContext,
  event: EventOf<'DokumentVyjmutiZeSpisu'>,
): OperationStatus {
  const file = findCaseFile(core, event.caseFileId);
  if (!file) return caseFileNotFound(event.caseFileId);
  const doc = editableDocument(core, ctx, event.documentId);
  if (isStatus(doc)) return doc;
  const docKey = entityKey(doc.profile.id);
  const entry = file.profile.documents.find(
    (candidate) => candidate.state === 'Vlozen' && entityKey(candidate.id) === docKey,
  );
  if (!entry) {
    return wrongState(
      `Dokument ${documentLabel(doc)} není vložen ve spisu ${caseFileLabel(file)}.`,
    );
  }
  if (!isOpenCaseFile(file)) {
    return wrongState(`Spis ${caseFileLabel(file)} není otevřený; vyjmout z něj nelze.`);
  }
  const followers = file.profile.documents.filter(
    (candidate) => candidate.state === 'Vlozen' && entityKey(candidate.id) !== docKey,
  );
  if (entry.order === 1 && followers.length > 0) {
    return wrongState(
      `Dokument ${documentLabel(doc)} spis ${caseFileLabel(file)} zahájil a jsou v něm další dokumenty; vyjmout ho nelze.`,
    );
  }
  saveCaseFile(core, file, {
    documents: file.profile.documents.map((candidate) =>
      candidate === entry ? { ...candidate, state: 'Vyjmut' as const } : candidate,
    ),
  });
  saveDocument(core, doc, {
    caseFile: doc.profile.caseFile ? { ...doc.profile.caseFile, state: 'Vyjmut' } : null,
  });
  return OK;
}

function settleDocument(
  core: EsslCore,
  ctx: CallContext,
  event: EventOf<'DokumentVyrizeni'>,
): OperationStatus {
  const doc = editableDocument(core, ctx, event.documentId);
  if (isStatus(doc)) return doc;
  if (doc.profile.state !== 'nevyrizen') {
    return wrongState(
      `Dokument ${documentLabel(doc)} je ${documentStateText(doc)}; vyřídit ho nelze.`,
    );
  }
  saveDocument(core, doc, { state: 'vyrizen', settlement: event.settlement });
  return OK;
}

function cancelDocument(
  core: EsslCore,
  ctx: CallContext,
  event: EventOf<'DokumentZruseni'>,
): OperationStatus {
  const doc = editableDocument(core, ctx, event.documentId);
  if (isStatus(doc)) return doc;
  if (doc.profile.state !== 'nevyrizen') {
    return wrongState(
      `Dokument ${documentLabel(doc)} je ${documentStateText(doc)}; zrušit ho nelze.`,
    );
  }
  saveDocument(core, doc, { state: 'znepristupnen' });
  return OK;
}

/** The inserted documents of a case file that still count (a cancelled one does not). */
function liveDocuments(core: EsslCore, file: StoredCaseFile): StoredDocument[] {
  const docs: StoredDocument[] = [];
  for (const entry of file.profile.documents) {
    if (entry.state !== 'Vlozen') continue;
    const doc = findDocument(core, entry.id);
    if (doc && doc.profile.state !== 'znepristupnen') docs.push(doc);
  }
  return docs;
}

function lockedAmong(
  docs: ReadonlyArray<StoredDocument>,
  ctx: CallContext,
): OperationStatus | null {
  for (const doc of docs) {
    const refusal = lockRefusal(doc, ctx);
    if (refusal) return refusal;
  }
  return null;
}

function closeCaseFile(
  core: EsslCore,
  ctx: CallContext,
  event: EventOf<'SpisUzavreni'>,
): OperationStatus {
  const file = findCaseFile(core, event.caseFileId);
  if (!file) return caseFileNotFound(event.caseFileId);
  if (!isOpenCaseFile(file) && file.profile.state !== 'vyrizen') {
    return wrongState(`Spis ${caseFileLabel(file)} není otevřený; uzavřít ho nelze.`);
  }
  const docs = liveDocuments(core, file);
  if (docs.length === 0) {
    return wrongState(`Spis ${caseFileLabel(file)} neobsahuje žádný dokument; uzavřít ho nelze.`);
  }
  const unsettled = docs.filter((doc) => doc.profile.state === 'nevyrizen');
  if (unsettled.length > 0) {
    const names = unsettled.map(documentLabel).join(', ');
    return wrongState(
      `Spis ${caseFileLabel(file)} nelze uzavřít, nevyřízené dokumenty: ${names}.`.slice(0, 255),
    );
  }
  const locked = lockedAmong(docs, ctx);
  if (locked) return locked;
  const closedAt = event.closedAt;
  saveCaseFile(core, file, { state: 'uzavren', closedAt });
  for (const doc of docs) {
    if (doc.profile.state === 'vyrizen') saveDocument(core, doc, { state: 'uzavren', closedAt });
  }
  return OK;
}

function reopenCaseFile(
  core: EsslCore,
  ctx: CallContext,
  event: EventOf<'SpisOtevreni'>,
): OperationStatus {
  const file = findCaseFile(core, event.caseFileId);
  if (!file) return caseFileNotFound(event.caseFileId);
  if (file.profile.state !== 'uzavren') {
    return wrongState(`Spis ${caseFileLabel(file)} není uzavřený; otevřít ho nelze.`);
  }
  const docs = liveDocuments(core, file);
  const locked = lockedAmong(docs, ctx);
  if (locked) return locked;
  saveCaseFile(core, file, { state: 'otevren', closedAt: null });
  for (const doc of docs) {
    if (doc.profile.state === 'uzavren')
      saveDocument(core, doc, { state: 'vyrizen', closedAt: null });
  }
  return OK;
}

/** Decoded size of base64 text, or null when it is not base64. */
function decodedSize(base64: string): number | null {
  const text = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

function checkFileContent(file: FileContent): OperationStatus | null {
  const size = decodedSize(file.base64);
  if (size === null) return invalid(`Obsah souboru ${file.name} není platné base64.`);
  if (size > MAX_FILE_BYTES) {
    const limit = Math.round(MAX_FILE_BYTES / 1024 / 1024);
    return invalid(`Soubor ${file.name} je větší než ${limit} MB; eSSL ho nepřijme.`);
  }
  return null;
}

function createFile(
  core: EsslCore,
  file: FileContent,
  extension: FileExtension | undefined,
): OperationStatus {
  if (core.store.files.has(entityKey(file.id))) {
    return wrongState(
      `Soubor ${file.id.value} v eSSL už existuje; novou verzi pošlete jako SouborNovaVerze.`,
    );
  }
  const problem = checkFileContent(file);
  if (problem) return problem;
  core.store.record(extension ? { k: 'file', file, extension } : { k: 'file', file });
  return OK;
}

function newFileVersion(core: EsslCore, file: FileContent): OperationStatus {
  if (!core.store.files.has(entityKey(file.id))) return fileNotFound(file.id);
  const problem = checkFileContent(file);
  if (problem) return problem;
  core.store.record({ k: 'file', file });
  return OK;
}

function attachFile(
  core: EsslCore,
  ctx: CallContext,
  event: EventOf<'SouborVlozitKDokumentu'>,
): OperationStatus {
  const doc = editableDocument(core, ctx, event.documentId);
  if (isStatus(doc)) return doc;
  if (!core.store.files.has(entityKey(event.file.id))) return fileNotFound(event.file.id);
  if (isFinalDocumentState(doc.profile.state)) {
    return wrongState(
      `Dokument ${documentLabel(doc)} je ${documentStateText(doc)}; soubor k němu vložit nelze.`,
    );
  }
  const key = entityKey(event.file.id);
  const files = doc.profile.files.filter((link) => entityKey(link.id) !== key);
  saveDocument(core, doc, { files: [...files, event.file] });
  return OK;
}
