import type {
  BoxId,
  DeliveryInfo,
  IsdsStatus,
  MessageId,
  MessageRecord,
  OutgoingMessage,
  OwnerInfo,
  ReturnedEnvelope,
  SearchQuery,
  SearchResult,
  StateChange,
} from './model';

/**
 * The ISDS operations the app speaks, with the service each belongs to (the URL path
 * under /DS/, /cert/DS/, /certds/DS/ or /hspis/DS/) and the typed request and
 * response. Every response carries its status (dmStatus or dbStatus); the data are
 * null where the status is not OK.
 */
export type IsdsService = 'dz' | 'dx' | 'df' | 'DsManage';

export interface Operations {
  DummyOperation: {
    service: 'dz';
    request: Record<string, never>;
    response: Record<string, never>;
  };
  GetOwnerInfoFromLogin: {
    service: 'DsManage';
    request: Record<string, never>;
    response: { owner: OwnerInfo | null };
  };
  GetPasswordInfo: {
    service: 'DsManage';
    request: Record<string, never>;
    /** pswExpDate; null when the password does not expire (or the login is not by password). */
    response: { pswExpDate: string | null };
  };
  GetListOfReceivedMessages: {
    service: 'dx';
    request: ListQuery & { dmRecipientOrgUnitNum: number | null };
    response: { records: MessageRecord[] };
  };
  GetListOfSentMessages: {
    service: 'dx';
    request: ListQuery & { dmSenderOrgUnitNum: number | null };
    response: { records: MessageRecord[] };
  };
  /** dmSignature: the ZFO (CMS SignedData, DER), kept byte for byte. */
  SignedMessageDownload: {
    service: 'dz';
    request: { dmID: MessageId };
    response: { dmSignature: Uint8Array | null };
  };
  SignedSentMessageDownload: {
    service: 'dz';
    request: { dmID: MessageId };
    response: { dmSignature: Uint8Array | null };
  };
  MessageEnvelopeDownload: {
    service: 'dx';
    request: { dmID: MessageId };
    response: { envelope: ReturnedEnvelope | null };
  };
  MarkMessageAsDownloaded: {
    service: 'dx';
    request: { dmID: MessageId };
    response: Record<string, never>;
  };
  GetMessageStateChanges: {
    service: 'dx';
    request: { dmFromTime: string | null; dmToTime: string | null };
    response: { changes: StateChange[] };
  };
  GetDeliveryInfo: {
    service: 'dx';
    request: { dmID: MessageId };
    response: { delivery: DeliveryInfo | null };
  };
  GetSignedDeliveryInfo: {
    service: 'dx';
    request: { dmID: MessageId };
    response: { dmSignature: Uint8Array | null };
  };
  CreateMessage: {
    service: 'dz';
    request: OutgoingMessage;
    response: { dmID: MessageId | null };
  };
  /** Only the fields the app searches by are set; the rest are null (sent as xsi:nil / omitted). */
  FindDataBox: {
    service: 'df';
    request: { owner: Partial<OwnerInfo> };
    response: { results: OwnerInfo[] };
  };
  ISDSSearch2: { service: 'df'; request: SearchQuery; response: { result: SearchResult | null } };
  CheckDataBox: {
    service: 'df';
    request: { dbID: BoxId };
    /** dbState: 1 accessible; 0 does not exist (with status 5001), 2–7 inaccessible for a reason. */
    response: { dbState: number | null };
  };
  AuthenticateMessage: {
    service: 'dz';
    request: { dmMessage: Uint8Array };
    response: { dmAuthResult: boolean | null };
  };
}

/** tListOf…Input except the org-unit filter. */
export interface ListQuery {
  dmFromTime: string | null;
  dmToTime: string | null;
  /** The dmStatusFilter bitmask (see `statusFilter`). */
  dmStatusFilter: number;
  /** 1-based. */
  dmOffset: number | null;
  dmLimit: number | null;
}

export type OperationName = keyof Operations;
export type RequestOf<O extends OperationName> = Operations[O]['request'];
export type ResponseOf<O extends OperationName> = Operations[O]['response'];

/** A decoded answer: the operation's data and its status. */
export interface Answer<O extends OperationName> {
  status: IsdsStatus;
  data: ResponseOf<O>;
}

export const operationServices: { [O in OperationName]: Operations[O]['service'] } = {
  DummyOperation: 'dz',
  GetOwnerInfoFromLogin: 'DsManage',
  GetPasswordInfo: 'DsManage',
  GetListOfReceivedMessages: 'dx',
  GetListOfSentMessages: 'dx',
  SignedMessageDownload: 'dz',
  SignedSentMessageDownload: 'dz',
  MessageEnvelopeDownload: 'dx',
  MarkMessageAsDownloaded: 'dx',
  GetMessageStateChanges: 'dx',
  GetDeliveryInfo: 'dx',
  GetSignedDeliveryInfo: 'dx',
  CreateMessage: 'dz',
  FindDataBox: 'df',
  ISDSSearch2: 'df',
  CheckDataBox: 'df',
  AuthenticateMessage: 'dz',
};

export const operationNames = Object.keys(operationServices) as OperationName[];

/** Where a login method's services live (the path before `/dz`, `/dx`, …). */
export const loginPaths = {
  password: '/DS',
  systemCertificate: '/cert/DS',
  certificateAndPassword: '/certds/DS',
  hosted: '/hspis/DS',
} as const;
export type LoginMethod = keyof typeof loginPaths;
