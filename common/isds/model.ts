/**
 * The ISDS web-service model (WSDL/XSD 3.11, `../shared/specs/isds/v3.11/`) as the
 * client and the gateway simulator exchange it. Field names are the protocol's own
 * (dmAnnotation, dbIDRecipient, …) so that a reader of the ISDS documentation finds
 * them; the app's records use English names and map at the edge (`renderer/databox`).
 *
 * Times are ISO 8601 strings as ISDS writes them (xs:dateTime, with an offset or Z),
 * bytes are Uint8Array, absent or xsi:nil values are null.
 */

/** tIdDb: a data-box ID, exactly 7 characters. */
export type BoxId = string;
/** tIdDm: a message ID, a decimal string of at most 20 digits. */
export type MessageId = string;

/** dmStatus (messages, dm*) or dbStatus (boxes, db*): a code and the server's text. */
export interface IsdsStatus {
  code: string;
  message: string;
  /** dbStatus only: dbStatusRefNumber. */
  refNumber?: string | null;
}

/** dmMessageStatus. */
export const messageStates = {
  submitted: 1,
  timestamped: 2,
  infected: 3,
  deliveredToBox: 4,
  deliveredByFiction: 5,
  deliveredByLogin: 6,
  read: 7,
  undeliverable: 8,
  contentDeleted: 9,
  inVault: 10,
} as const;
export type MessageState = number;

/** dmStatusFilter: the bitmask of states (state N = 1 << N); -1 = all. */
export function statusFilter(states: ReadonlyArray<MessageState> | 'all'): number {
  if (states === 'all') return -1;
  return states.reduce((mask, state) => mask | (1 << state), 0);
}

/** Status codes that a client must tell apart. */
export const isdsCodes = {
  ok: '0000',
  nothingFound: '0002',
  truncated: '0003',
  notYourMessage: '1211',
  notYetDelivered: '1222',
  boxDoesNotExist: '5001',
  busy: '3009',
} as const;

/** dmLegalTitle*: the law (number/year § paragraph letter) that entitles the sender. */
export interface LegalTitle {
  dmLegalTitleLaw: number | null;
  dmLegalTitleYear: number | null;
  dmLegalTitleSect: string | null;
  dmLegalTitlePar: string | null;
  dmLegalTitlePoint: string | null;
}

/** gMessageEnvelopeSub: what the sender fills in (also part of every returned envelope). */
export interface EnvelopeSub extends LegalTitle {
  dmSenderOrgUnit: string | null;
  dmSenderOrgUnitNum: number | null;
  /** Nillable in a returned envelope only; CreateMessage requires it. */
  dbIDRecipient: BoxId | null;
  dmRecipientOrgUnit: string | null;
  dmRecipientOrgUnitNum: number | null;
  dmToHands: string | null;
  /** The subject; at most 255 characters. */
  dmAnnotation: string | null;
  dmRecipientRefNumber: string | null;
  dmSenderRefNumber: string | null;
  dmRecipientIdent: string | null;
  dmSenderIdent: string | null;
  dmPersonalDelivery: boolean | null;
  dmAllowSubstDelivery: boolean | null;
}

/** An envelope with nothing filled in: every field nil (the base the others are built on). */
export const emptyEnvelopeSub: Readonly<EnvelopeSub> = Object.freeze({
  dmSenderOrgUnit: null,
  dmSenderOrgUnitNum: null,
  dbIDRecipient: null,
  dmRecipientOrgUnit: null,
  dmRecipientOrgUnitNum: null,
  dmToHands: null,
  dmAnnotation: null,
  dmRecipientRefNumber: null,
  dmSenderRefNumber: null,
  dmRecipientIdent: null,
  dmSenderIdent: null,
  dmLegalTitleLaw: null,
  dmLegalTitleYear: null,
  dmLegalTitleSect: null,
  dmLegalTitlePar: null,
  dmLegalTitlePoint: null,
  dmPersonalDelivery: null,
  dmAllowSubstDelivery: null,
});

/** gMessageEnvelope: the whole envelope of an existing message. */
export interface Envelope extends EnvelopeSub {
  dmID: MessageId;
  dbIDSender: BoxId | null;
  dmSender: string | null;
  dmSenderAddress: string | null;
  /** dmSenderType: the sender's box type as a number (10 OVM, 20 PO, 30 PFO, 40 FO, …). */
  dmSenderType: number;
  dmRecipient: string | null;
  dmRecipientAddress: string | null;
  dmAmbiguousRecipient: boolean | null;
}

export type FileMetaType = 'main' | 'enclosure' | 'signature' | 'meta';

/** dmFile: one document of a message. */
export interface MessageFile {
  dmMimeType: string;
  dmFileMetaType: FileMetaType;
  /** The file's name as the sender gave it (untrusted: never a path on disk). */
  dmFileDescr: string;
  dmFileGuid: string | null;
  dmUpFileGuid: string | null;
  dmFormat: string | null;
  /**
   * dmEncodedContent decoded, or for dmXMLContent the serialised XML of its one child
   * (UTF-8), with `xml: true`.
   */
  content: Uint8Array;
  xml: boolean;
}

/** tHash: the hash of dmDm as ISDS computed it, and the algorithm it names (SHA-1, SHA-256, …). */
export interface MessageHash {
  algorithm: string;
  /** The value as transmitted: base64. */
  value: string;
}

/** Delivery data that comes with a message, its envelope and a list record. */
export interface DeliveryState {
  /** dmDeliveryTime: when it was delivered to the recipient's box (state 4). */
  dmDeliveryTime: string | null;
  /** dmAcceptanceTime: when it was delivered by login or by fiction (states 5/6). */
  dmAcceptanceTime: string | null;
  dmMessageStatus: MessageState;
}

/** Attributes of tReturnedMessage / tRecord etc. */
export interface MessageAttributes {
  /** dmType: V (commercial), K, I, O, … or null for a public-authority message. */
  dmType: string | null;
  dmVODZ: boolean | null;
  attsNum: number | null;
}

/** tReturnedMessage: a whole message with its files (MessageDownload, in a ZFO). */
export interface ReturnedMessage extends DeliveryState, MessageAttributes {
  envelope: Envelope;
  files: MessageFile[];
  dmHash: MessageHash;
  /** dmQTimestamp: the RFC 3161 TimeStampToken (DER) over dmHash; null when nil. */
  dmQTimestamp: Uint8Array | null;
  /** dmAttachmentSize in kB. */
  dmAttachmentSize: number | null;
}

/** tReturnedMessageEnvelope: the same without files (MessageEnvelopeDownload). */
export interface ReturnedEnvelope extends DeliveryState, MessageAttributes {
  envelope: Envelope;
  dmHash: MessageHash;
  dmQTimestamp: Uint8Array | null;
  dmAttachmentSize: number | null;
}

/** tRecord: one entry of GetListOfReceivedMessages / GetListOfSentMessages. */
export interface MessageRecord extends DeliveryState, MessageAttributes {
  dmOrdinal: number;
  envelope: Envelope;
  dmAttachmentSize: number | null;
}

/** tEvent: one delivery event (dmEventDescr starts with EV0: … EV5: …). */
export interface DeliveryEvent {
  dmEventTime: string | null;
  dmEventDescr: string | null;
}

/** tDelivery: the delivery info (doručenka). */
export interface DeliveryInfo extends DeliveryState {
  envelope: Envelope;
  dmHash: MessageHash;
  dmQTimestamp: Uint8Array | null;
  dmEvents: DeliveryEvent[];
}

/** tStateChangesRecord. */
export interface StateChange {
  dmID: MessageId;
  dmEventTime: string;
  dmMessageStatus: MessageState;
}

/** A message to send: tMessageEnvelopeSub + dmOVM / dmPublishOwnID + dmFiles. */
export interface OutgoingMessage {
  envelope: EnvelopeSub & { dbIDRecipient: BoxId; dmAnnotation: string };
  /** dmOVM: send as a public authority (our municipality does; default true). */
  dmOVM: boolean | null;
  dmPublishOwnID: boolean | null;
  /** dmType attribute (null: a public-authority message). */
  dmType: string | null;
  files: Array<Omit<MessageFile, 'dmFileGuid' | 'dmUpFileGuid' | 'dmFormat' | 'xml'>>;
}

/** Types of data boxes (dbType) in the forms ISDS uses in searches. */
export type BoxType = string;

/** The part of tDbOwnerInfo the app uses (GetOwnerInfoFromLogin, FindDataBox). */
export interface OwnerInfo {
  dbID: BoxId | null;
  dbType: BoxType | null;
  ic: string | null;
  /** pnFirstName + pnLastName for a person. */
  pnFirstName: string | null;
  pnLastName: string | null;
  firmName: string | null;
  adCity: string | null;
  adStreet: string | null;
  adNumberInStreet: string | null;
  adNumberInMunicipality: string | null;
  adZipCode: string | null;
  adState: string | null;
  /** dbState: 1 accessible, others inaccessible (see `boxStateText`). */
  dbState: number | null;
  dbEffectiveOVM: boolean | null;
  dbOpenAddressing: boolean | null;
}

/** One hit of ISDSSearch2 (tdbResult2). */
export interface SearchHit {
  dbID: BoxId;
  dbType: BoxType;
  dbName: string;
  dbAddress: string | null;
  dbBiDate: string | null;
  dbICO: string | null;
  dbEffectiveOVM: boolean | null;
  /** dbSendOptions: DZ, ALL, PDZ, NONE. */
  dbSendOptions: string | null;
}

/** ISDSSearch2 input (tISDSSearchInput). */
export interface SearchQuery {
  searchText: string;
  /** GENERAL, ADDRESS, ICO, DBID. */
  searchType: 'GENERAL' | 'ADDRESS' | 'ICO' | 'DBID' | null;
  /** ALL, OVM, OVM_MAIN, … */
  searchScope: string | null;
  /** 0-based. */
  pageNumber: number;
  pageSize: number;
  highlighting: boolean | null;
}

export interface SearchResult {
  totalCount: number;
  currentCount: number;
  position: number;
  lastPage: boolean;
  hits: SearchHit[];
}

/** The three kinds of content a ZFO (or a dmSignature) can carry. */
export type SignedContent =
  | { kind: 'received'; message: ReturnedMessage }
  | { kind: 'sent'; message: ReturnedMessage }
  | { kind: 'delivery'; delivery: DeliveryInfo };
