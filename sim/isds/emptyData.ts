import type { OperationName, ResponseOf } from '../../common/isds/operations';

/** What each operation carries when its status is not OK: the data are empty or null. */
export const emptyData: { [O in OperationName]: () => ResponseOf<O> } = {
  DummyOperation: () => ({}),
  GetOwnerInfoFromLogin: () => ({ owner: null }),
  GetPasswordInfo: () => ({ pswExpDate: null }),
  GetListOfReceivedMessages: () => ({ records: [] }),
  GetListOfSentMessages: () => ({ records: [] }),
  SignedMessageDownload: () => ({ dmSignature: null }),
  SignedSentMessageDownload: () => ({ dmSignature: null }),
  MessageEnvelopeDownload: () => ({ envelope: null }),
  MarkMessageAsDownloaded: () => ({}),
  GetMessageStateChanges: () => ({ changes: [] }),
  GetDeliveryInfo: () => ({ delivery: null }),
  GetSignedDeliveryInfo: () => ({ dmSignature: null }),
  CreateMessage: () => ({ dmID: null }),
  FindDataBox: () => ({ results: [] }),
  ISDSSearch2: () => ({ result: null }),
  CheckDataBox: () => ({ dbState: null }),
  AuthenticateMessage: () => ({ dmAuthResult: null }),
};
