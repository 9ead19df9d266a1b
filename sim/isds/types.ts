import type {
  BoxId,
  EnvelopeSub,
  MessageFile,
  MessageId,
  MessageState,
} from '../../common/isds/model';

/** What a seeded box is in the demo (the tests and the demo app pick boxes by it). */
export type BoxRole =
  'municipality' | 'school' | 'kindergarten' | 'citizen' | 'firm' | 'authority' | 'closed';

/** A data box as the simulated ISDS keeps it. */
export interface SimBox {
  dbID: BoxId;
  role: BoxRole;
  /** dbType as searches name it: OVM, PO, PFO, FO. */
  dbType: string;
  /** dmSenderType: 10 OVM, 20 PO, 30 PFO, 40 FO. */
  senderType: number;
  /** firmName for organisations, "first last" for people. */
  name: string;
  firmName: string | null;
  pnFirstName: string | null;
  pnLastName: string | null;
  ic: string | null;
  /** Birth date of a person (dbBiDate), YYYY-MM-DD. */
  biDate: string | null;
  adStreet: string | null;
  adNumberInStreet: string | null;
  adNumberInMunicipality: string | null;
  adCity: string;
  adZipCode: string;
  /** 1 accessible; 2–7 inaccessible for a reason. */
  dbState: number;
  effectiveOVM: boolean;
  openAddressing: boolean;
}

/** One message as the simulated ISDS keeps it; times are epoch ms. */
export interface SimMessage {
  dmID: MessageId;
  sender: BoxId;
  recipient: BoxId;
  envelope: EnvelopeSub & { dbIDRecipient: BoxId };
  dmType: string | null;
  files: MessageFile[];
  /** 1 → 2 → 4 happen at once in the sim; then 5/6, 7. */
  state: MessageState;
  submittedAt: number;
  deliveredAt: number | null;
  acceptedAt: number | null;
  readAt: number | null;
  /** MarkMessageAsDownloaded was called (the recipient's flag). */
  downloaded: boolean;
  /** Every state the message went through, in order (GetMessageStateChanges). */
  changes: Array<{ state: MessageState; at: number }>;
  /** The base64 SHA-256 over the message as the sim hashes it (dmHash). */
  hash: string;
}
