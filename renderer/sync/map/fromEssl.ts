import { counterpartyOf, type Channel, type DocumentRecord } from '../../../common/domain/document';
import { searchWordsOf } from '../../../common/domain/documentRecord';
import { DEFAULT_TRIGGER_EVENT, type RetentionRule } from '../../../common/domain/filePlan';
import type { LifecycleState } from '../../../common/domain/lifecycle';
import { journalOrder } from '../../../common/domain/referenceNumber';
import { sortKey } from '../../../common/domain/search';
import type { Settlement, SettlementMethod } from '../../../common/domain/settlement';
import type { EsslLink } from '../../../common/domain/sync';
import type { Delivery, DocumentProfile, SettlementProfile } from '../../../common/erms/model';
import { editableOfProfile, partyOf, withEditable } from './editable';

const channelOf: Record<NonNullable<Delivery['channel']>, Channel> = {
  Posta: 'post',
  Osobne: 'personal',
  DatovaSchranka: 'databox',
  ElektronickaPosta: 'email',
};

const methodOf: Record<NonNullable<SettlementProfile['method']>, SettlementMethod> = {
  dokumentem: 'document',
  postoupenim: 'forwarding',
  vzetimNaVedomi: 'noted',
  zaznamemNaDokumentu: 'noteOnDocument',
  jinyZpusob: 'other',
};

/** The device's life-cycle state for an eSSL StavDokumentu. */
export function stateOf(profile: DocumentProfile): LifecycleState {
  switch (profile.state) {
    case 'nevyrizen':
      return profile.caseFile?.state === 'Vlozen' ? 'inProgress' : 'registered';
    case 'vyrizen':
      return 'settled';
    case 'uzavren':
      return 'closed';
    case 'predanDoSpisovny':
      return 'inRecordsOffice';
    case 'predanDoArchivu':
    case 'prenesen':
      return 'archived';
    case 'skartovan':
    case 'znicen':
      return 'destroyed';
    case 'znepristupnen':
    case 'ztracen':
      return 'cancelled';
  }
}

export function settlementOf(profile: DocumentProfile): Settlement | null {
  const value = profile.settlement;
  if (!value) return null;
  return {
    date: value.at.slice(0, 10),
    method: value.method ? methodOf[value.method] : 'other',
    content: value.content,
    reason: value.reason ?? (value.method ? null : 'eSSL neuvedla způsob vyřízení'),
    settlingPid: null,
    settledBy: profile.owner,
    recordedAt: value.at,
  };
}

function retentionOf(profile: DocumentProfile): RetentionRule {
  const rule = profile.retention ?? profile.subjectGroup?.retention;
  if (rule) return { mark: rule.mark, period: rule.period, triggerEvent: rule.triggerEvent };
  // A document without a rule in the eSSL is kept until someone classifies it.
  return { mark: 'A', period: 0, triggerEvent: DEFAULT_TRIGGER_EVENT };
}

export function esslLinkOf(profile: DocumentProfile, keptHere: boolean): EsslLink {
  return {
    id: profile.id,
    changedAt: null,
    base: { ...editableOfProfile(profile) },
    keptHere,
  };
}

export interface ProfileContext {
  /** Shown as the handler when the eSSL owner is the device's own user. */
  ownUser: string;
  ownName: string;
  changedAt: string | null;
}

/**
 * A document the device learns of from the eSSL (registered there or on another
 * device): a whole journal row built from its profile. The number is the eSSL's, so
 * confirmed; what the profile does not carry (custody, settles) starts empty.
 */
export function recordFromProfile(
  profile: DocumentProfile,
  context: ProfileContext,
): DocumentRecord {
  const year = profile.numbers?.year ?? Number(profile.createdAt.slice(0, 4));
  const sequence = profile.numbers?.sequence ?? profile.evidence?.order ?? 0;
  const editable = editableOfProfile(profile);
  const handler = profile.owner === context.ownUser ? context.ownName : profile.owner;
  const shell: DocumentRecord = {
    pid: profile.id.value,
    direction: profile.delivery ? 'incoming' : 'own',
    year,
    sequence,
    journalOrder: journalOrder(year, sequence),
    referenceNumber: profile.numbers?.referenceNumber ?? '',
    registeredAt: profile.createdAt,
    documentDate: profile.delivery?.deliveredAt ?? profile.createdAt,
    channel: profile.delivery?.channel
      ? channelOf[profile.delivery.channel]
      : profile.delivery
        ? 'other'
        : null,
    sender: null,
    addressees: [],
    counterparty: '',
    counterpartySort: '',
    subject: '',
    subjectSort: '',
    senderReference: null,
    sheets: 0,
    attachments: {
      count: 0,
      kind: profile.attachmentKind === 'nelistinné' ? 'nonpaper' : 'paper',
      description:
        profile.attachmentKind && !['listinné', 'nelistinné'].includes(profile.attachmentKind)
          ? profile.attachmentKind
          : null,
    },
    fileMark: editable.fileMark,
    retention: retentionOf(profile),
    handler,
    author: profile.delivery ? null : handler,
    note: null,
    state: stateOf(profile),
    caseFileId: profile.caseFile?.state === 'Vlozen' ? profile.caseFile.id.value : null,
    caseFileOrder: profile.caseFile?.state === 'Vlozen' ? profile.caseFile.order : null,
    settlement: settlementOf(profile),
    settles: [],
    triggerYear: null,
    disposalYear: null,
    custody: null,
    componentCount: profile.files.length,
    words: [],
    createdBy: profile.owner,
    revision: 1,
    numberStatus: 'confirmed',
    essl: { ...esslLinkOf(profile, profile.keptBy === 'URADOVNA'), changedAt: context.changedAt },
  };
  return withSearchFields(withEditable(shell, editable));
}

/** Recomputes the derived columns (counterparty, sort keys, search words) after a change. */
export function withSearchFields(doc: DocumentRecord): DocumentRecord {
  const counterparty = counterpartyOf(doc);
  const next = {
    ...doc,
    counterparty,
    counterpartySort: sortKey(counterparty),
    subjectSort: sortKey(doc.subject),
  };
  const { words: _words, ...rest } = next;
  return { ...next, words: searchWordsOf(rest) };
}

/** Phases the eSSL interface does not report (custody, disposal): they happen on the device. */
const localPhases: ReadonlySet<LifecycleState> = new Set([
  'handedOver',
  'inRecordsOffice',
  'onLoan',
  'inDisposal',
  'archived',
  'destroyed',
]);

/**
 * The fields the eSSL decides (its events move them): state, settlement, numbers,
 * case file — merged with what only the device knows: a state of the records office
 * stays (the interface has no event for it), and a settlement the device recorded
 * keeps its link to the settling document when the eSSL reports the same one.
 */
export function authoritativeOf(
  profile: DocumentProfile,
  doc?: DocumentRecord,
): Partial<DocumentRecord> {
  const serverState = stateOf(profile);
  const serverSettlement = settlementOf(profile);
  const local = doc?.settlement ?? null;
  const fields: Partial<DocumentRecord> = {
    state:
      doc && localPhases.has(doc.state) && !localPhases.has(serverState) ? doc.state : serverState,
    settlement:
      serverSettlement &&
      local &&
      local.date === serverSettlement.date &&
      local.method === serverSettlement.method
        ? local
        : serverSettlement,
    caseFileId: profile.caseFile?.state === 'Vlozen' ? profile.caseFile.id.value : null,
    caseFileOrder: profile.caseFile?.state === 'Vlozen' ? profile.caseFile.order : null,
  };
  if (profile.numbers) {
    fields.year = profile.numbers.year;
    fields.sequence = profile.numbers.sequence;
    fields.referenceNumber = profile.numbers.referenceNumber;
    // A sběrný arch member keeps its place right after its initiator.
    const sameNumber = doc && doc.referenceNumber === profile.numbers.referenceNumber;
    fields.journalOrder = sameNumber
      ? doc.journalOrder
      : journalOrder(profile.numbers.year, profile.numbers.sequence);
  }
  return fields;
}

export { partyOf };
