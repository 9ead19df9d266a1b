import type { SealCheck, TimestampCheck, ZfoReport } from '../../../common/contract/isds';
import type {
  DeliveryInfo,
  Envelope,
  MessageFile,
  ReturnedMessage,
} from '../../../common/isds/model';
import {
  sampleEnvelope as isdsSampleEnvelope,
  sampleFile as isdsSampleFile,
} from '../../../common/isds/testing/samples';
import { sha256Hex } from '../model/messageFiles';

/** Data messages for the engines' tests (no ISDS, no ZFO codec: the report is the fake's). */

export const OUR_BOX = 'abc1234';
export const CITIZEN_BOX = 'cit7777';

export const validSeal: SealCheck = {
  valid: true,
  trusted: true,
  problem: null,
  certificate: null,
  signingTime: '2026-03-02T09:00:00Z',
};

export const validTimestamp: TimestampCheck = {
  present: true,
  valid: true,
  trusted: true,
  time: '2026-03-02T09:00:00Z',
  authority: 'Test TSA',
  hashMatches: true,
  problem: null,
};

/** The ISDS samples with this suite's own people and boxes (its tests read these values). */
export function sampleEnvelope(overrides: Partial<Envelope> = {}): Envelope {
  return isdsSampleEnvelope({
    dmID: '1000001',
    dbIDSender: CITIZEN_BOX,
    dmSender: 'Jan Novák',
    dmSenderAddress: 'Dlouhá 5, 111 11 Horní Lhota',
    dmRecipientAddress: 'Horní Lhota 1, 111 11 Horní Lhota',
    dbIDRecipient: OUR_BOX,
    dmRecipientOrgUnit: null,
    dmRecipientOrgUnitNum: null,
    dmToHands: null,
    dmAnnotation: 'Žádost o stavební povolení',
    dmSenderRefNumber: 'JN-7/2026',
    dmSenderIdent: null,
    dmLegalTitleLaw: null,
    dmLegalTitleYear: null,
    dmLegalTitleSect: null,
    dmLegalTitlePar: null,
    ...overrides,
  });
}

export const pdfBytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');

export function sampleFile(overrides: Partial<MessageFile> = {}): MessageFile {
  return isdsSampleFile({ content: pdfBytes, ...overrides });
}

export type MessageOverrides = Omit<Partial<ReturnedMessage>, 'envelope'> & {
  envelope?: Partial<Envelope>;
};

export function sampleMessage(overrides: MessageOverrides = {}): ReturnedMessage {
  const { envelope, ...rest } = overrides;
  return {
    envelope: sampleEnvelope(envelope),
    files: [sampleFile()],
    dmHash: { algorithm: 'SHA-256', value: 'AAAA' },
    dmQTimestamp: null,
    dmAttachmentSize: 1,
    dmDeliveryTime: '2026-03-02T08:00:00Z',
    dmAcceptanceTime: '2026-03-02T09:30:00Z',
    dmMessageStatus: 6,
    dmType: null,
    dmVODZ: false,
    attsNum: null,
    ...rest,
  };
}

/** Bytes standing for a ZFO: distinct per message, hashed as main would. */
export function fakeZfoBytes(dmID: string, kind = 'message'): Uint8Array {
  return new TextEncoder().encode(`ZFO ${kind} ${dmID} ${'x'.repeat(64)}`);
}

export function reportFor(
  zfo: Uint8Array,
  content: ZfoReport['content'],
  checks: { seal?: Partial<SealCheck>; timestamp?: Partial<TimestampCheck> } = {},
): ZfoReport {
  return {
    seal: { ...validSeal, ...checks.seal },
    timestamp: { ...validTimestamp, ...checks.timestamp },
    content,
    sha256: sha256Hex(zfo),
  };
}

export function receivedZfo(
  message: ReturnedMessage = sampleMessage(),
  checks: Parameters<typeof reportFor>[2] = {},
): { zfo: Uint8Array; report: ZfoReport } {
  const zfo = fakeZfoBytes(message.envelope.dmID);
  return { zfo, report: reportFor(zfo, { kind: 'received', message }, checks) };
}

export function sampleDelivery(
  envelope: Envelope,
  overrides: Partial<DeliveryInfo> = {},
): DeliveryInfo {
  return {
    envelope,
    dmHash: { algorithm: 'SHA-256', value: 'AAAA' },
    dmQTimestamp: null,
    dmDeliveryTime: '2026-03-02T08:00:00Z',
    dmAcceptanceTime: '2026-03-12T08:00:00Z',
    dmMessageStatus: 5,
    dmEvents: [
      { dmEventTime: '2026-03-02T08:00:00Z', dmEventDescr: 'EV0: Zpráva byla podána.' },
      {
        dmEventTime: '2026-03-12T08:00:00Z',
        dmEventDescr: 'EV4: Zpráva byla doručena fikcí.',
      },
    ],
    ...overrides,
  };
}
