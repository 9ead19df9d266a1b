import { emptyEnvelopeSub, statusFilter } from '../model';
import type { Answer, OperationName, RequestOf } from '../operations';
import {
  errorDbStatus,
  errorStatus,
  okDbStatus,
  okStatus,
  SAMPLE_CITIZEN_BOX,
  SAMPLE_DM_ID,
  sampleDelivery,
  sampleEnvelope,
  sampleOutgoingMessage,
  sampleOwnerInfo,
  sampleRecord,
  sampleReturnedEnvelope,
  sampleSearchResult,
  sampleStateChange,
} from './samples';

/**
 * One request and the answers (OK, error, nil-heavy variants) of every ISDS operation,
 * for the codec's round-trip and schema tests and for anyone testing the client or
 * the simulator.
 */

export type RequestCase = {
  [O in OperationName]: { op: O; label: string; request: RequestOf<O> };
}[OperationName];

export type ResponseCase = {
  [O in OperationName]: { op: O; label: string; answer: Answer<O> };
}[OperationName];

/** Stands in for a ZFO's DER bytes (never parsed as CMS here). */
const SIGNATURE = Uint8Array.from({ length: 300 }, (_, index) => (index * 31 + 7) & 255);

/** An envelope with every nillable value nil. */
function nilEnvelope() {
  return sampleEnvelope({
    ...emptyEnvelopeSub,
    dbIDSender: null,
    dmSender: null,
    dmSenderAddress: null,
    dmRecipient: null,
    dmRecipientAddress: null,
    dmAmbiguousRecipient: null,
  });
}

export function sampleRequestCases(): RequestCase[] {
  return [
    { op: 'DummyOperation', label: 'empty', request: {} },
    { op: 'GetOwnerInfoFromLogin', label: 'dummy', request: {} },
    { op: 'GetPasswordInfo', label: 'dummy', request: {} },
    {
      op: 'GetListOfReceivedMessages',
      label: 'a time window, all states',
      request: {
        dmFromTime: '2026-03-01T00:00:00.000+01:00',
        dmToTime: '2026-03-02T12:00:00Z',
        dmRecipientOrgUnitNum: null,
        dmStatusFilter: statusFilter('all'),
        dmOffset: 1,
        dmLimit: 1000,
      },
    },
    {
      op: 'GetListOfReceivedMessages',
      label: 'all nil',
      request: {
        dmFromTime: null,
        dmToTime: null,
        dmRecipientOrgUnitNum: 12,
        dmStatusFilter: statusFilter([4, 5, 6, 7]),
        dmOffset: null,
        dmLimit: null,
      },
    },
    {
      op: 'GetListOfSentMessages',
      label: 'a time window',
      request: {
        dmFromTime: '2026-03-01T00:00:00+01:00',
        dmToTime: null,
        dmSenderOrgUnitNum: null,
        dmStatusFilter: -1,
        dmOffset: 1,
        dmLimit: 500,
      },
    },
    { op: 'SignedMessageDownload', label: 'by id', request: { dmID: SAMPLE_DM_ID } },
    { op: 'SignedSentMessageDownload', label: 'by id', request: { dmID: SAMPLE_DM_ID } },
    { op: 'MessageEnvelopeDownload', label: 'by id', request: { dmID: SAMPLE_DM_ID } },
    { op: 'MarkMessageAsDownloaded', label: 'by id', request: { dmID: SAMPLE_DM_ID } },
    {
      op: 'GetMessageStateChanges',
      label: 'since',
      request: { dmFromTime: '2026-03-01T00:00:00.000+01:00', dmToTime: null },
    },
    { op: 'GetDeliveryInfo', label: 'by id', request: { dmID: SAMPLE_DM_ID } },
    { op: 'GetSignedDeliveryInfo', label: 'by id', request: { dmID: SAMPLE_DM_ID } },
    { op: 'CreateMessage', label: 'two PDFs', request: sampleOutgoingMessage() },
    {
      op: 'CreateMessage',
      label: 'commercial, nothing optional',
      request: sampleOutgoingMessage({
        dmOVM: null,
        dmPublishOwnID: true,
        dmType: 'K',
        envelope: {
          ...sampleOutgoingMessage().envelope,
          dmLegalTitleLaw: null,
          dmLegalTitleYear: null,
          dmLegalTitleSect: null,
          dmLegalTitlePar: null,
          dmSenderRefNumber: null,
          dmRecipientRefNumber: null,
          dmSenderIdent: null,
          dmPersonalDelivery: null,
          dmAllowSubstDelivery: null,
        },
      }),
    },
    {
      op: 'FindDataBox',
      label: 'by IČO',
      request: { owner: { ic: '00274046', dbType: 'OVM' } },
    },
    {
      op: 'FindDataBox',
      label: 'by name',
      request: {
        owner: { pnFirstName: 'Petr', pnLastName: 'Svoboda', adCity: 'Pardubice', dbType: 'FO' },
      },
    },
    {
      op: 'ISDSSearch2',
      label: 'general',
      request: {
        searchText: 'Horní Lhota',
        searchType: 'GENERAL',
        searchScope: 'OVM',
        pageNumber: 0,
        pageSize: 50,
        highlighting: false,
      },
    },
    {
      op: 'ISDSSearch2',
      label: 'nils',
      request: {
        searchText: '00274046',
        searchType: null,
        searchScope: null,
        pageNumber: 2,
        pageSize: 10,
        highlighting: null,
      },
    },
    { op: 'CheckDataBox', label: 'a box', request: { dbID: SAMPLE_CITIZEN_BOX } },
    { op: 'AuthenticateMessage', label: 'a ZFO', request: { dmMessage: SIGNATURE } },
  ];
}

export function sampleResponseCases(): ResponseCase[] {
  return [
    { op: 'DummyOperation', label: 'ok', answer: { status: okStatus(), data: {} } },
    {
      op: 'GetOwnerInfoFromLogin',
      label: 'ok',
      answer: { status: okDbStatus(), data: { owner: sampleOwnerInfo() } },
    },
    {
      op: 'GetOwnerInfoFromLogin',
      label: 'error (owner all nil)',
      answer: {
        status: errorDbStatus('1007', 'Přístup odepřen.', null),
        data: { owner: null },
      },
    },
    {
      op: 'GetPasswordInfo',
      label: 'expires',
      answer: { status: okDbStatus(), data: { pswExpDate: '2026-06-30T23:59:59.000+02:00' } },
    },
    {
      op: 'GetPasswordInfo',
      label: 'never expires (nil)',
      answer: { status: okDbStatus(), data: { pswExpDate: null } },
    },
    {
      op: 'GetPasswordInfo',
      label: 'error',
      answer: { status: errorDbStatus('1007', 'Přístup odepřen.'), data: { pswExpDate: null } },
    },
    {
      op: 'GetListOfReceivedMessages',
      label: 'three records',
      answer: {
        status: okStatus(),
        data: {
          records: [
            sampleRecord(1),
            sampleRecord(2, {
              dmType: 'K',
              dmVODZ: true,
              dmAcceptanceTime: '2026-03-03T00:00:00+01:00',
            }),
            sampleRecord(3, {
              envelope: { ...nilEnvelope(), dmID: '77' },
              dmAttachmentSize: null,
              dmDeliveryTime: null,
              dmVODZ: null,
            }),
          ],
        },
      },
    },
    {
      op: 'GetListOfReceivedMessages',
      label: 'empty',
      answer: { status: okStatus(), data: { records: [] } },
    },
    {
      op: 'GetListOfSentMessages',
      label: 'error',
      answer: { status: errorStatus('1025', 'Chybný formát vstupu.'), data: { records: [] } },
    },
    {
      op: 'GetListOfSentMessages',
      label: 'one record',
      answer: { status: okStatus(), data: { records: [sampleRecord(1)] } },
    },
    {
      op: 'SignedMessageDownload',
      label: 'ok',
      answer: { status: okStatus(), data: { dmSignature: SIGNATURE } },
    },
    {
      op: 'SignedMessageDownload',
      label: 'not yours',
      answer: {
        status: errorStatus('1211', 'Zpráva neexistuje nebo k ní nemáte přístup.'),
        data: { dmSignature: null },
      },
    },
    {
      op: 'SignedSentMessageDownload',
      label: 'ok',
      answer: { status: okStatus(), data: { dmSignature: SIGNATURE } },
    },
    {
      op: 'MessageEnvelopeDownload',
      label: 'ok',
      answer: { status: okStatus(), data: { envelope: sampleReturnedEnvelope() } },
    },
    {
      op: 'MessageEnvelopeDownload',
      label: 'nils, no timestamp',
      answer: {
        status: okStatus(),
        data: {
          envelope: sampleReturnedEnvelope({
            envelope: nilEnvelope(),
            dmQTimestamp: null,
            dmDeliveryTime: null,
            dmAcceptanceTime: null,
            dmAttachmentSize: null,
            dmType: 'V',
            dmVODZ: null,
            attsNum: null,
          }),
        },
      },
    },
    {
      op: 'MessageEnvelopeDownload',
      label: 'error',
      answer: { status: errorStatus('1211', 'Zpráva neexistuje.'), data: { envelope: null } },
    },
    { op: 'MarkMessageAsDownloaded', label: 'ok', answer: { status: okStatus(), data: {} } },
    {
      op: 'GetMessageStateChanges',
      label: 'two changes',
      answer: {
        status: okStatus(),
        data: {
          changes: [sampleStateChange(), sampleStateChange({ dmID: '99', dmMessageStatus: 7 })],
        },
      },
    },
    {
      op: 'GetMessageStateChanges',
      label: 'error',
      answer: { status: errorStatus('9999', 'Chyba.'), data: { changes: [] } },
    },
    {
      op: 'GetDeliveryInfo',
      label: 'ok',
      answer: { status: okStatus(), data: { delivery: sampleDelivery() } },
    },
    {
      op: 'GetDeliveryInfo',
      label: 'nils',
      answer: {
        status: okStatus(),
        data: {
          delivery: sampleDelivery({
            envelope: nilEnvelope(),
            dmQTimestamp: null,
            dmAcceptanceTime: null,
            dmEvents: [{ dmEventTime: null, dmEventDescr: null }],
          }),
        },
      },
    },
    {
      op: 'GetDeliveryInfo',
      label: 'not yet delivered',
      answer: {
        status: errorStatus('1222', 'Zpráva dosud nebyla doručena.'),
        data: { delivery: null },
      },
    },
    {
      op: 'GetSignedDeliveryInfo',
      label: 'ok',
      answer: { status: okStatus(), data: { dmSignature: SIGNATURE } },
    },
    {
      op: 'GetSignedDeliveryInfo',
      label: 'error',
      answer: {
        status: errorStatus('1222', 'Zpráva dosud nebyla doručena.'),
        data: { dmSignature: null },
      },
    },
    {
      op: 'CreateMessage',
      label: 'ok',
      answer: { status: okStatus('Zpráva byla úspěšně odeslána.'), data: { dmID: SAMPLE_DM_ID } },
    },
    {
      op: 'CreateMessage',
      label: 'refused',
      answer: {
        status: errorStatus('1214', 'Adresát nemá zpřístupněnou schránku.'),
        data: { dmID: null },
      },
    },
    {
      op: 'FindDataBox',
      label: 'two boxes',
      answer: {
        status: okDbStatus(),
        data: {
          results: [
            sampleOwnerInfo(),
            sampleOwnerInfo({
              dbID: SAMPLE_CITIZEN_BOX,
              dbType: 'FO',
              ic: null,
              pnFirstName: 'Petr',
              pnLastName: 'Svoboda',
              firmName: null,
              dbEffectiveOVM: false,
              dbOpenAddressing: null,
              dbState: null,
            }),
          ],
        },
      },
    },
    {
      op: 'FindDataBox',
      label: 'nothing found',
      answer: { status: errorDbStatus(), data: { results: [] } },
    },
    {
      op: 'ISDSSearch2',
      label: 'two hits',
      answer: { status: okDbStatus(), data: { result: sampleSearchResult() } },
    },
    {
      op: 'ISDSSearch2',
      label: 'no result',
      answer: { status: errorDbStatus('0002', 'Nic nenalezeno.', null), data: { result: null } },
    },
    {
      op: 'CheckDataBox',
      label: 'accessible',
      answer: { status: okDbStatus(), data: { dbState: 1 } },
    },
    {
      op: 'CheckDataBox',
      label: 'does not exist',
      answer: {
        status: errorDbStatus('5001', 'Schránka neexistuje.', null),
        data: { dbState: null },
      },
    },
    {
      op: 'AuthenticateMessage',
      label: 'authentic',
      answer: { status: okStatus(), data: { dmAuthResult: true } },
    },
    {
      op: 'AuthenticateMessage',
      label: 'not a ZFO',
      answer: { status: errorStatus('2010', 'Neplatná zpráva.'), data: { dmAuthResult: null } },
    },
  ];
}
