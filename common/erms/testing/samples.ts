import type {
  CaseFileProfile,
  DocumentProfile,
  EsslEvent,
  EsslId,
  FileContent,
  NewCaseFileProfile,
  NewDocumentProfile,
  SubjectGroup,
} from '../model';
import { eventIdFor } from '../eventIds';

/**
 * Realistic models of the eSSL interface for tests: Czech text with diacritics, a
 * received document with its sender and delivery, an own document with addressees,
 * a case file and one event of every type. Instants are in `toISOString` form, which is
 * what the codec reads back. Each call returns fresh objects (tests may change them).
 */

export const SAMPLE_SOURCE = 'URADOVNA';

export function sampleId(value: string, source = SAMPLE_SOURCE): EsslId {
  return { value, source };
}

export function sampleSubjectGroup(): SubjectGroup {
  return {
    plan: 'Spisový a skartační plán obce Horní Dolní 2026',
    fileMark: '101.2',
    simpleMark: '2',
    title: 'Žádosti o informace podle zákona č. 106/1999 Sb.',
    validFrom: '2026-01-01',
    validTo: null,
    retention: { mark: 'V', period: 5, triggerEvent: 'uzavření spisu' },
  };
}

/** A letter received by post from a citizen, in no case file yet. */
export function sampleNewDocument(): NewDocumentProfile {
  return {
    id: sampleId('uradx7k2m9'),
    createdAt: '2026-03-02T08:15:00.000Z',
    form: 'analog',
    title: 'Žádost o poskytnutí informace – oprava místní komunikace v části Údolí',
    description: 'Žadatel se ptá na náklady opravy a harmonogram prací.',
    numbers: { referenceNumber: 'OÚHD-123/2026', sequence: 123, year: 2026, journal: 'OUHD' },
    senderReference: 'ŽÁD-2026/07',
    subjectGroup: sampleSubjectGroup(),
    retention: { mark: 'V', period: 5, triggerEvent: 'vyřízení dokumentu' },
    note: 'Předáno starostovi k vyřízení.',
    addressees: [],
    sheets: 2,
    attachmentCount: 1,
    attachmentKind: 'fotokopie plánku',
    attachmentSheets: 1,
    caseFileId: null,
    delivery: {
      sender: {
        kind: 'person',
        name: 'Jiří Šťastný Dvořák',
        ico: null,
        address: {
          street: 'Náměstí Míru 12',
          city: 'Horní Dolní',
          postalCode: '123 45',
          country: null,
        },
        dataBoxId: null,
      },
      channel: 'Posta',
      deliveredAt: '2026-03-02T08:10:27.000Z',
    },
    files: [
      { id: sampleId('uradf00001'), role: 'main', name: 'žádost-sken.pdf' },
      { id: sampleId('uradf00002'), role: 'enclosure', name: 'plánek.jpg' },
    ],
  };
}

/** The eSSL's profile of an own outgoing document in a case file, settled. */
export function sampleDocumentProfile(): DocumentProfile {
  return {
    id: sampleId('uradq4w8e1'),
    createdAt: '2026-03-05T13:42:09.125Z',
    form: 'digital',
    title: 'Odpověď na žádost o informace – oprava místní komunikace',
    description: null,
    numbers: { referenceNumber: 'OÚHD-130/2026', sequence: 130, year: 2026, journal: 'OUHD' },
    evidence: { period: '2026', order: 130 },
    senderReference: null,
    subjectGroup: sampleSubjectGroup(),
    retention: { mark: 'V', period: 5, triggerEvent: 'uzavření spisu' },
    note: null,
    addressees: [
      {
        kind: 'person',
        name: 'Jiří Šťastný Dvořák',
        ico: null,
        address: {
          street: 'Náměstí Míru 12',
          city: 'Horní Dolní',
          postalCode: '123 45',
          country: null,
        },
        dataBoxId: null,
      },
      {
        kind: 'authority',
        name: 'Krajský úřad Středočeského kraje',
        ico: '70891095',
        address: null,
        dataBoxId: 'keebyyf',
      },
      {
        kind: 'organization',
        name: 'Silnice Čechy s.r.o.',
        ico: '27082440',
        address: { street: 'Průmyslová 1', city: 'Kolín', postalCode: '280 02', country: 'SK' },
        dataBoxId: 'abc1234',
      },
    ],
    sheets: 1,
    attachmentCount: 0,
    attachmentKind: '',
    attachmentSheets: 0,
    caseFile: {
      id: sampleId('spis000042'),
      order: 2,
      state: 'Vlozen',
      insertedAt: '2026-03-05T13:45:00.000Z',
    },
    delivery: null,
    files: [{ id: sampleId('uradf00010'), role: 'main', name: 'odpověď.pdf' }],
    owner: 'novakova',
    keptBy: SAMPLE_SOURCE,
    state: 'vyrizen',
    settlement: {
      method: 'dokumentem',
      at: '2026-03-06T09:00:00.000Z',
      content: 'Informace poskytnuta dopisem.',
      reason: null,
    },
    closedAt: null,
  };
}

export function sampleNewCaseFile(): NewCaseFileProfile {
  return {
    id: sampleId('spis000042'),
    mode: 'SbernyArch',
    createdAt: '2026-03-02T08:20:00.000Z',
    title: 'Oprava místní komunikace v části Údolí – žádosti a stížnosti občanů',
    description: 'Sběrný arch k opravě komunikace č. 12c.',
    numbers: { referenceNumber: 'OÚHD-123/2026', sequence: 7, year: 2026, journal: 'SPISY' },
    subjectGroup: sampleSubjectGroup(),
    retention: { mark: 'V', period: 5, triggerEvent: 'uzavření spisu' },
    note: 'Založeno na podatelně.',
    documents: [
      { id: sampleId('uradx7k2m9'), order: 1 },
      { id: sampleId('uradq4w8e1'), order: 2 },
    ],
  };
}

export function sampleCaseFileProfile(): CaseFileProfile {
  return {
    ...sampleNewCaseFile(),
    documents: [
      {
        id: sampleId('uradx7k2m9'),
        order: 1,
        state: 'Vlozen',
        insertedAt: '2026-03-02T08:20:00.000Z',
      },
      {
        id: sampleId('uradq4w8e1'),
        order: 2,
        state: 'Vyjmut',
        insertedAt: '2026-03-05T13:45:00.000Z',
      },
    ],
    owner: 'novakova',
    keptBy: null,
    state: 'uzavren',
    settlement: {
      method: 'vzetimNaVedomi',
      at: '2026-03-10T10:30:00.000Z',
      content: null,
      reason: 'Bez dalšího úkonu.',
    },
    closedAt: '2026-03-11T07:00:00.000Z',
  };
}

export function sampleFileContent(): FileContent {
  return {
    id: sampleId('uradf00010'),
    mime: 'application/pdf',
    name: 'odpověď – podepsaná.pdf',
    // "%PDF-1.7\n%âãÏÓ\n" and a little more: a few bytes are enough for the codec.
    base64: 'JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PD4+CmVuZG9iagp0cmFpbGVyCjw8Pj4KJSVFT0YK',
  };
}

/** One event of every EsslEvent type, with ids made from UUIDs as the outbox makes them. */
export function sampleEvents(): EsslEvent[] {
  const document = sampleNewDocument();
  return [
    {
      type: 'DokumentUprava',
      eventId: eventIdFor('6513270e-269e-4d37-b2a7-4de452e6b438'),
      // What an update carries (see codec/documentProfile.ts): no case file, delivery or files.
      document: { ...document, caseFileId: null, delivery: null, files: [] },
    },
    {
      type: 'DokumentVlozeniDoSpisu',
      eventId: eventIdFor('d23f0824-128b-4f33-8c5c-7fd0a6a3a450'),
      caseFileId: sampleId('spis000042'),
      documentId: sampleId('uradx7k2m9'),
      order: 1,
    },
    {
      type: 'DokumentVyjmutiZeSpisu',
      eventId: eventIdFor('9531985d-5d9d-49f8-9818-e811892f902b'),
      caseFileId: sampleId('spis000042'),
      documentId: sampleId('uradq4w8e1'),
    },
    {
      type: 'DokumentVyrizeni',
      eventId: eventIdFor('36f675cc-81e7-4ef5-a8e2-5d940ed90475'),
      documentId: sampleId('uradx7k2m9'),
      settlement: {
        method: 'dokumentem',
        at: '2026-03-06T09:00:00.000Z',
        content: 'Vyřízeno odpovědí č. j. OÚHD-130/2026.',
        reason: 'Žádost byla úplná.',
      },
    },
    {
      type: 'DokumentZruseni',
      eventId: eventIdFor('6b0d549b-6f03-475a-9600-a35a099950d8'),
      documentId: sampleId('uradzzz001'),
    },
    {
      type: 'SpisUzavreni',
      eventId: eventIdFor('8d116ece-1738-47d9-bd9c-172411e20b8f'),
      caseFileId: sampleId('spis000042'),
      closedAt: '2026-03-11T07:00:00.000Z',
    },
    {
      type: 'SpisOtevreni',
      eventId: eventIdFor('90c192cf-d3ac-44af-8f21-ddb66cad4a26'),
      caseFileId: sampleId('spis000042'),
      reason: 'Doplnění odvolání občana',
    },
    {
      type: 'SouborZalozeni',
      eventId: eventIdFor('a170b338-3926-4059-b28c-105d1fb17c23'),
      file: sampleFileContent(),
    },
    {
      type: 'SouborNovaVerze',
      eventId: eventIdFor('0fd630f1-f29d-4da9-953f-48f1a09f76b5'),
      file: { ...sampleFileContent(), name: 'odpověď – oprava.pdf' },
      reason: 'Oprava překlepu v adrese',
    },
    {
      type: 'SouborVlozitKDokumentu',
      eventId: eventIdFor('0cb1e29c-658c-4a14-95e6-0af593bd04cf'),
      documentId: sampleId('uradq4w8e1'),
      file: { id: sampleId('uradf00010'), role: 'signature', name: 'odpověď.pdf.p7s' },
    },
  ];
}
