import type {
  DeliveryInfo,
  Envelope,
  EnvelopeSub,
  IsdsStatus,
  MessageFile,
  MessageRecord,
  OutgoingMessage,
  OwnerInfo,
  ReturnedEnvelope,
  ReturnedMessage,
  SearchHit,
  SearchResult,
  StateChange,
} from '../model';

/**
 * Sample ISDS model values for tests (the codec's, the client's, the simulator's, the
 * renderer's). Each builder returns a fresh object; `overrides` replace fields. Values
 * look like real ones (7-character box IDs, ISDS times with an offset, Czech texts).
 */

export const SAMPLE_OUR_BOX = 'uradx7a';
export const SAMPLE_CITIZEN_BOX = 'k2m4pq9';
export const SAMPLE_DM_ID = '1234567890';

const utf8 = new TextEncoder();

export const okStatus = (message = 'Provedeno úspěšně.'): IsdsStatus => ({ code: '0000', message });
export const okDbStatus = (message = 'Provedeno úspěšně.'): IsdsStatus => ({
  code: '0000',
  message,
  refNumber: null,
});
export const errorStatus = (
  code = '1219',
  message = 'Zpráva dosud nebyla doručena.',
): IsdsStatus => ({ code, message });
export const errorDbStatus = (
  code = '0002',
  message = 'Nebyla nalezena žádná schránka.',
  refNumber: string | null = 'REF-0001',
): IsdsStatus => ({ code, message, refNumber });

export function sampleEnvelopeSub(overrides: Partial<EnvelopeSub> = {}): EnvelopeSub {
  return {
    dmSenderOrgUnit: null,
    dmSenderOrgUnitNum: null,
    dbIDRecipient: SAMPLE_OUR_BOX,
    dmRecipientOrgUnit: 'Stavební úřad',
    dmRecipientOrgUnitNum: 12,
    dmToHands: 'Ing. Jana Nováková',
    dmAnnotation: 'Žádost o vydání rozhodnutí o umístění stavby',
    dmRecipientRefNumber: null,
    dmSenderRefNumber: 'ZN-2026/0042',
    dmRecipientIdent: null,
    dmSenderIdent: 'SZ-17/2026',
    dmLegalTitleLaw: 500,
    dmLegalTitleYear: 2004,
    dmLegalTitleSect: '44',
    dmLegalTitlePar: '1',
    dmLegalTitlePoint: null,
    dmPersonalDelivery: false,
    dmAllowSubstDelivery: true,
    ...overrides,
  };
}

export function sampleEnvelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    ...sampleEnvelopeSub(),
    dmID: SAMPLE_DM_ID,
    dbIDSender: SAMPLE_CITIZEN_BOX,
    dmSender: 'Petr Svoboda',
    dmSenderAddress: 'Lipová 12, 53002 Pardubice, CZ',
    dmSenderType: 40,
    dmRecipient: 'Obec Horní Lhota',
    dmRecipientAddress: 'Náměstí 1, 53901 Horní Lhota, CZ',
    dmAmbiguousRecipient: false,
    ...overrides,
  };
}

/** A small PDF-looking file (the bytes start like a PDF; nothing reads them as one). */
export function sampleFile(overrides: Partial<MessageFile> = {}): MessageFile {
  return {
    dmMimeType: 'application/pdf',
    dmFileMetaType: 'main',
    dmFileDescr: 'zadost.pdf',
    dmFileGuid: null,
    dmUpFileGuid: null,
    dmFormat: null,
    content: utf8.encode('%PDF-1.7\n% vzorová žádost\n%%EOF\n'),
    xml: false,
    ...overrides,
  };
}

/** A file sent as XML content (dmXMLContent), with mixed content and its own namespace. */
export function sampleXmlFile(overrides: Partial<MessageFile> = {}): MessageFile {
  return {
    dmMimeType: 'text/xml',
    dmFileMetaType: 'enclosure',
    dmFileDescr: 'formular.xml',
    dmFileGuid: null,
    dmUpFileGuid: null,
    dmFormat: null,
    content: utf8.encode(
      '<f:formular xmlns:f="urn:example:formular"><f:jmeno>Petr <b>Svoboda</b> ml.</f:jmeno><f:poznamka>a &amp; b &lt; c</f:poznamka></f:formular>',
    ),
    xml: true,
    ...overrides,
  };
}

/** An RFC 3161-looking token (a DER SEQUENCE header and filler; not a real token). */
export function sampleTimestamp(): Uint8Array {
  return Uint8Array.from([0x30, 0x82, 0x00, 0x08, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d]);
}

export function sampleReturnedMessage(overrides: Partial<ReturnedMessage> = {}): ReturnedMessage {
  return {
    envelope: sampleEnvelope(),
    files: [
      sampleFile(),
      sampleFile({
        dmFileMetaType: 'enclosure',
        dmFileDescr: 'situace stavby.jpg',
        dmMimeType: 'image/jpeg',
        content: Uint8Array.from([
          0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9,
        ]),
      }),
    ],
    dmHash: { algorithm: 'SHA-256', value: 'ag6xQ35TR7eC2PZYlQIEt7p10sQufCrB2H2fB3edx0w=' },
    dmQTimestamp: sampleTimestamp(),
    dmDeliveryTime: '2026-03-02T09:15:04.123+01:00',
    dmAcceptanceTime: '2026-03-02T10:01:40.5+01:00',
    dmMessageStatus: 6,
    dmAttachmentSize: 42,
    dmType: null,
    dmVODZ: null,
    attsNum: null,
    ...overrides,
  };
}

export function sampleReturnedEnvelope(
  overrides: Partial<ReturnedEnvelope> = {},
): ReturnedEnvelope {
  const { files: _files, ...message } = sampleReturnedMessage();
  return { ...message, dmVODZ: false, attsNum: 2, ...overrides };
}

export function sampleDelivery(overrides: Partial<DeliveryInfo> = {}): DeliveryInfo {
  return {
    envelope: sampleEnvelope(),
    dmHash: { algorithm: 'SHA-1', value: 'Sz4v5rqG7UBpYTNPumJYr720nLs=' },
    dmQTimestamp: sampleTimestamp(),
    dmDeliveryTime: '2026-03-02T09:15:04.123+01:00',
    dmAcceptanceTime: '2026-03-02T10:01:40.5+01:00',
    dmMessageStatus: 6,
    dmEvents: [
      {
        dmEventTime: '2026-03-02T09:15:04.123+01:00',
        dmEventDescr: 'EV0: Zpráva byla dodána do datové schránky.',
      },
      {
        dmEventTime: '2026-03-02T10:01:40.5+01:00',
        dmEventDescr: 'EV1: Doručeno přihlášením oprávněné osoby nebo aplikace (§17 odst. 3)',
      },
    ],
    ...overrides,
  };
}

export function sampleRecord(ordinal = 1, overrides: Partial<MessageRecord> = {}): MessageRecord {
  return {
    dmOrdinal: ordinal,
    envelope: sampleEnvelope({ dmID: String(Number(SAMPLE_DM_ID) + ordinal) }),
    dmMessageStatus: 4,
    dmAttachmentSize: 120,
    dmDeliveryTime: '2026-03-02T09:15:04.123+01:00',
    dmAcceptanceTime: null,
    dmType: null,
    dmVODZ: false,
    attsNum: null,
    ...overrides,
  };
}

export function sampleStateChange(overrides: Partial<StateChange> = {}): StateChange {
  return {
    dmID: SAMPLE_DM_ID,
    dmEventTime: '2026-03-12T00:00:00.000+01:00',
    dmMessageStatus: 5,
    ...overrides,
  };
}

export function sampleOutgoingMessage(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    envelope: {
      ...sampleEnvelopeSub({
        dbIDRecipient: SAMPLE_CITIZEN_BOX,
        dmRecipientOrgUnit: null,
        dmRecipientOrgUnitNum: null,
        dmToHands: null,
        dmAnnotation: 'Rozhodnutí o umístění stavby',
        dmSenderRefNumber: 'MUHL-123/2026',
        dmRecipientRefNumber: 'ZN-2026/0042',
      }),
      dbIDRecipient: SAMPLE_CITIZEN_BOX,
      dmAnnotation: 'Rozhodnutí o umístění stavby',
    },
    dmOVM: true,
    dmPublishOwnID: null,
    dmType: null,
    files: [
      {
        dmMimeType: 'application/pdf',
        dmFileMetaType: 'main',
        dmFileDescr: 'rozhodnuti.pdf',
        content: utf8.encode('%PDF-1.7\n% rozhodnutí\n%%EOF\n'),
      },
      {
        dmMimeType: 'application/pdf',
        dmFileMetaType: 'enclosure',
        dmFileDescr: 'situace.pdf',
        content: utf8.encode('%PDF-1.7\n% situace\n%%EOF\n'),
      },
    ],
    ...overrides,
  };
}

export function sampleOwnerInfo(overrides: Partial<OwnerInfo> = {}): OwnerInfo {
  return {
    dbID: SAMPLE_OUR_BOX,
    dbType: 'OVM',
    ic: '00274046',
    pnFirstName: null,
    pnLastName: null,
    firmName: 'Obec Horní Lhota',
    adCity: 'Horní Lhota',
    adStreet: 'Náměstí',
    adNumberInStreet: '1',
    adNumberInMunicipality: '1',
    adZipCode: '53901',
    adState: 'CZ',
    dbState: 1,
    dbEffectiveOVM: true,
    dbOpenAddressing: false,
    ...overrides,
  };
}

export function sampleSearchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    dbID: SAMPLE_OUR_BOX,
    dbType: 'OVM',
    dbName: 'Obec Horní Lhota',
    dbAddress: 'Náměstí 1, 53901 Horní Lhota',
    dbBiDate: null,
    dbICO: '00274046',
    dbEffectiveOVM: true,
    dbSendOptions: 'ALL',
    ...overrides,
  };
}

export function sampleSearchResult(overrides: Partial<SearchResult> = {}): SearchResult {
  const hits = [
    sampleSearchHit(),
    sampleSearchHit({
      dbID: SAMPLE_CITIZEN_BOX,
      dbType: 'FO',
      dbName: 'Petr Svoboda',
      dbAddress: 'Lipová 12, 53002 Pardubice',
      dbBiDate: '1980-05-17',
      dbICO: null,
      dbEffectiveOVM: false,
      dbSendOptions: 'DZ',
    }),
  ];
  return { totalCount: 2, currentCount: 2, position: 0, lastPage: true, hits, ...overrides };
}
