import type { AssignedEntry, Authorization, OperationStatus, Route } from '../model';
import {
  FILE_PLAN_CODE_LIST,
  RESERVATION_CODE_LIST,
  type OperationName,
  type RequestOf,
  type ResponseOf,
} from '../operations';
import {
  SAMPLE_SOURCE,
  sampleCaseFileProfile,
  sampleDocumentProfile,
  sampleEvents,
  sampleFileContent,
  sampleId,
  sampleNewCaseFile,
  sampleNewDocument,
} from './samples';

/**
 * One request and response (OK and error variants) of every operation, for the codec's
 * round-trip and schema tests and for anyone testing a client or the simulator.
 * `lossy` cases carry values beyond the schema's limits: they are cut when written, so
 * they do not come back equal (their encoding must still be valid).
 */

export const SAMPLE_ROUTE: Route = { source: SAMPLE_SOURCE, target: 'ESSL' };
export const SAMPLE_AUTH: Authorization = { user: 'novakova', at: '2026-03-02T08:15:00.000Z' };
const OK: OperationStatus = { code: '0000', description: null };
const NOT_FOUND: OperationStatus = {
  code: '0002',
  description: 'Dokument nebyl nalezen. Zkontrolujte identifikátor „uradzzz001“.',
};
const FORBIDDEN: OperationStatus = { code: '0001', description: 'Nedostatečná oprávnění.' };
const LOCKED: OperationStatus = {
  code: '0003',
  description: 'Dokument spravuje jiný informační systém (výhradní správa).',
};

export type RequestCase = {
  [O in OperationName]: { op: O; label: string; request: RequestOf<O>; lossy?: boolean };
}[OperationName];

export type ResponseCase = {
  [O in OperationName]: { op: O; label: string; response: ResponseOf<O>; lossy?: boolean };
}[OperationName];

const LONG_SUBJECT =
  `Žádost o přezkoumání rozhodnutí ${'o umístění stavby „Přístavba hasičské zbrojnice“ '.repeat(6)}`.slice(
    0,
    300,
  );
const LONG_NAME = `Jan ${'Křtitel '.repeat(40)}Nepomucký-Šebestián`;

/** A received document whose every free text exceeds its limit. */
function oversizedDocument() {
  const document = sampleNewDocument();
  if (!document.delivery) throw new Error('sample has a delivery');
  return {
    ...document,
    title: LONG_SUBJECT,
    description: null,
    numbers: {
      referenceNumber: `OÚHD-${'9'.repeat(60)}/2026`,
      sequence: 9_999_999,
      year: 2026,
      journal: 'PODACÍ DENÍK OBCE',
    },
    senderReference: 'Č. j. odesílatele '.repeat(5),
    note: 'Poznámka úřednice. '.repeat(20),
    addressees: [
      {
        kind: 'organization' as const,
        name: `Společnost ${'Dlouhý název s.r.o. '.repeat(15)}`,
        ico: '123456789012345678',
        address: null,
        dataBoxId: 'příliš dlouhé id',
      },
    ],
    delivery: {
      ...document.delivery,
      sender: {
        kind: 'person' as const,
        name: LONG_NAME,
        ico: null,
        address: {
          street: 'Ulice Generála Svobody a Partyzánů z Beskyd a Jeseníků 1234/56a',
          city: 'Horní Dolní nad Vltavou a Labem, místní část Dolní Horní',
          postalCode: '123 45 67 89 012 34',
          country: 'Spolková republika Německo',
        },
        dataBoxId: null,
      },
      channel: 'DatovaSchranka' as const,
    },
  };
}

export function sampleRequestCases(): RequestCase[] {
  const auth = SAMPLE_AUTH;
  const id = sampleId('uradx7k2m9');
  return [
    { op: 'WsTest', label: 'with authorisation', request: { testId: 'test-2026-03-02-ř', auth } },
    { op: 'WsTest', label: 'anonymous', request: { testId: '1', auth: null } },
    { op: 'CiselnikySeznam', label: 'plain', request: { auth } },
    {
      op: 'CiselnikZadost',
      label: 'file plan',
      request: { listId: FILE_PLAN_CODE_LIST, auth, reservation: null },
    },
    {
      op: 'CiselnikZadost',
      label: 'reservation',
      request: {
        listId: RESERVATION_CODE_LIST,
        auth,
        reservation: {
          requestId: '6f1c1b8e-5d7a-4e0b-9f39-2b1c7e6a9d01',
          register: 'documents',
          year: 2026,
          count: 25,
        },
      },
    },
    {
      op: 'CiselnikZadost',
      label: 'case-file reservation',
      request: {
        listId: RESERVATION_CODE_LIST,
        auth,
        reservation: { requestId: 'r-2', register: 'caseFiles', year: 2027, count: 1 },
      },
    },
    {
      op: 'DokumentZalozeni',
      label: 'received document',
      request: { preceding: [], document: sampleNewDocument(), auth },
    },
    {
      op: 'DokumentZalozeni',
      label: 'with every event before it',
      request: {
        preceding: sampleEvents(),
        document: { ...sampleNewDocument(), caseFileId: sampleId('spis000042'), numbers: null },
        auth,
      },
    },
    {
      op: 'DokumentZalozeni',
      label: 'own document without numbers, sender or files',
      request: {
        preceding: [],
        document: {
          ...sampleNewDocument(),
          form: 'digital',
          numbers: null,
          delivery: null,
          files: [],
          subjectGroup: null,
          retention: null,
          note: null,
          senderReference: null,
          description: null,
          addressees: sampleDocumentProfile().addressees,
        },
        auth,
      },
    },
    {
      op: 'DokumentZalozeni',
      label: 'over the limits',
      request: { preceding: [], document: oversizedDocument(), auth },
      lossy: true,
    },
    {
      op: 'SpisZalozeni',
      label: 'sběrný arch',
      request: { preceding: [], caseFile: sampleNewCaseFile(), auth },
    },
    {
      op: 'SpisZalozeni',
      label: 'empty priorace after events',
      request: {
        preceding: sampleEvents().slice(1, 3),
        caseFile: {
          ...sampleNewCaseFile(),
          mode: 'Priorace',
          documents: [],
          numbers: null,
          subjectGroup: null,
          retention: null,
          note: null,
          description: null,
        },
        auth,
      },
    },
    {
      op: 'SpisZalozeni',
      label: 'over the limits',
      request: {
        preceding: [],
        caseFile: { ...sampleNewCaseFile(), title: LONG_SUBJECT, note: LONG_SUBJECT },
        auth,
      },
      lossy: true,
    },
    { op: 'Udalosti', label: 'every event', request: { events: sampleEvents(), auth } },
    ...sampleEvents().map((event): RequestCase => ({
      op: 'Udalosti',
      label: event.type,
      request: { events: [event], auth },
    })),
    {
      op: 'PrideleneSeznam',
      label: 'documents changed since',
      request: {
        query: {
          kind: 'document',
          changedSince: '2026-03-01T23:00:00.123Z',
          from: 101,
          count: 100,
        },
        auth,
      },
    },
    {
      op: 'PrideleneSeznam',
      label: 'everything',
      request: { query: { kind: null, changedSince: null, from: 1, count: 1 }, auth },
    },
    {
      op: 'PrideleneSeznam',
      label: 'case files',
      request: { query: { kind: 'caseFile', changedSince: null, from: 1, count: 50 }, auth },
    },
    { op: 'ProfilDokumentuZadost', label: 'by id', request: { id, auth } },
    { op: 'ProfilSpisuZadost', label: 'by id', request: { id: sampleId('spis000042'), auth } },
    { op: 'SouborZadost', label: 'by id', request: { id: sampleId('uradf00010', 'ESSL'), auth } },
    { op: 'DokumentPostoupeniZadost', label: 'by id', request: { id, auth } },
    { op: 'DokumentVraceniZadost', label: 'by id', request: { id, auth } },
  ];
}

function firstEntry(): AssignedEntry {
  const [entry] = sampleEntries();
  if (!entry) throw new Error('sampleEntries has rows');
  return entry;
}

function sampleEntries(): AssignedEntry[] {
  return [
    {
      kind: 'document',
      id: sampleId('uradx7k2m9'),
      title: 'Žádost o poskytnutí informace – oprava místní komunikace',
      reference: 'OÚHD-123/2026',
      createdAt: '2026-03-02T08:15:00.000Z',
      fileMark: '101.2',
      changedAt: '2026-03-06T09:00:00.417Z',
    },
    {
      kind: 'caseFile',
      id: sampleId('spis000042'),
      title: 'Oprava místní komunikace v části Údolí',
      reference: 'OÚHD-123/2026',
      createdAt: '2026-03-02T08:20:00.000Z',
      fileMark: '101.2',
      changedAt: '2026-03-06T09:00:00.418Z',
    },
    {
      kind: 'document',
      id: sampleId('E-4471', 'ESSL'),
      title: 'Dokument bez čísla jednacího',
      reference: null,
      createdAt: '2025-12-31T22:59:59.000Z',
      fileMark: '',
      changedAt: null,
    },
  ];
}

/** What a received document has of its creation profile (all of it but the case-file link). */
function receivedFields() {
  const {
    id,
    createdAt,
    form,
    title,
    description,
    numbers,
    senderReference,
    subjectGroup,
    retention,
    note,
  } = sampleNewDocument();
  const { addressees, sheets, attachmentCount, attachmentKind, attachmentSheets, delivery, files } =
    sampleNewDocument();
  return {
    ...{
      id,
      createdAt,
      form,
      title,
      description,
      numbers,
      senderReference,
      subjectGroup,
      retention,
      note,
    },
    ...{ addressees, sheets, attachmentCount, attachmentKind, attachmentSheets, delivery, files },
  };
}

export function sampleResponseCases(): ResponseCase[] {
  const document = sampleDocumentProfile();
  const caseFile = sampleCaseFileProfile();
  const events = sampleEvents();
  return [
    { op: 'WsTest', label: 'OK', response: { testId: 'test-2026-03-02-ř', status: OK } },
    {
      op: 'WsTest',
      label: 'error',
      response: { testId: '1', status: { code: '9999', description: 'Interní chyba eSSL.' } },
    },
    {
      op: 'CiselnikySeznam',
      label: 'OK',
      response: {
        lists: [
          {
            id: FILE_PLAN_CODE_LIST,
            name: 'Spisový a skartační plán',
            itemCount: 412,
            changedAt: '2026-01-01T00:00:00.000Z',
          },
          {
            id: RESERVATION_CODE_LIST,
            name: 'Rezervace čísel jednacích',
            itemCount: null,
            changedAt: null,
          },
        ],
      },
    },
    {
      op: 'CiselnikZadost',
      label: 'items',
      response: {
        listId: FILE_PLAN_CODE_LIST,
        items: [
          {
            id: '101.2',
            text: 'Žádosti o informace',
            description: 'Podle zákona č. 106/1999 Sb.',
            active: true,
            validFrom: '2026-01-01',
            validTo: null,
          },
          {
            id: null,
            text: 'Zrušená položka',
            description: null,
            active: false,
            validFrom: null,
            validTo: '2025-12-31',
          },
        ],
        reserved: [],
        status: OK,
      },
    },
    {
      op: 'CiselnikZadost',
      label: 'reserved numbers',
      response: {
        listId: RESERVATION_CODE_LIST,
        items: [],
        reserved: [
          {
            register: 'documents',
            year: 2026,
            sequence: 201,
            reference: 'OÚHD-201/2026',
            journal: 'OUHD',
          },
          {
            register: 'documents',
            year: 2026,
            sequence: 202,
            reference: 'OÚHD-202/2026',
            journal: 'OUHD',
          },
          {
            register: 'caseFiles',
            year: 2026,
            sequence: 8,
            reference: 'SZ-8/2026',
            journal: 'SPISY',
          },
        ],
        status: OK,
      },
    },
    {
      op: 'CiselnikZadost',
      label: 'error',
      response: { listId: 'Neznamy', items: [], reserved: [], status: NOT_FOUND },
    },
    { op: 'DokumentZalozeni', label: 'OK', response: { document, status: OK } },
    {
      op: 'DokumentZalozeni',
      label: 'received, not settled',
      response: {
        document: {
          ...document,
          ...receivedFields(),
          evidence: null,
          caseFile: null,
          owner: 'podatelna',
          keptBy: null,
          state: 'nevyrizen',
          settlement: null,
          closedAt: null,
        },
        status: OK,
      },
    },
    {
      op: 'DokumentZalozeni',
      label: 'error',
      response: { document: null, status: { code: '0004', description: 'Chybí věcná skupina.' } },
    },
    { op: 'SpisZalozeni', label: 'OK', response: { caseFile, status: OK } },
    { op: 'SpisZalozeni', label: 'error', response: { caseFile: null, status: FORBIDDEN } },
    {
      op: 'Udalosti',
      label: 'mixed outcomes',
      response: {
        outcomes: events.map((event, index) => ({
          eventId: event.eventId,
          order: index + 1,
          status:
            index === 4
              ? { code: '0005', description: 'Dokument je již vyřízen, nelze jej zrušit.' }
              : OK,
        })),
      },
    },
    { op: 'PrideleneSeznam', label: 'OK', response: { entries: sampleEntries(), status: OK } },
    { op: 'PrideleneSeznam', label: 'empty', response: { entries: [], status: OK } },
    { op: 'PrideleneSeznam', label: 'error', response: { entries: [], status: FORBIDDEN } },
    { op: 'ProfilDokumentuZadost', label: 'OK', response: { document, status: OK } },
    {
      op: 'ProfilDokumentuZadost',
      label: 'error',
      response: { document: null, status: NOT_FOUND },
    },
    { op: 'ProfilSpisuZadost', label: 'OK', response: { caseFile, status: OK } },
    { op: 'ProfilSpisuZadost', label: 'error', response: { caseFile: null, status: NOT_FOUND } },
    { op: 'SouborZadost', label: 'OK', response: { file: sampleFileContent(), status: OK } },
    { op: 'SouborZadost', label: 'error', response: { file: null, status: NOT_FOUND } },
    {
      op: 'DokumentPostoupeniZadost',
      label: 'OK',
      response: { document: { ...document, keptBy: SAMPLE_SOURCE }, status: OK },
    },
    {
      op: 'DokumentPostoupeniZadost',
      label: 'locked',
      response: { document: null, status: LOCKED },
    },
    {
      op: 'DokumentVraceniZadost',
      label: 'OK',
      response: { document: { ...document, keptBy: null }, status: OK },
    },
    {
      op: 'DokumentVraceniZadost',
      label: 'error',
      response: { document: null, status: FORBIDDEN },
    },
    {
      op: 'ProfilDokumentuZadost',
      label: 'over the limits',
      response: {
        document: {
          ...document,
          title: LONG_SUBJECT,
          note: LONG_SUBJECT,
          addressees: oversizedDocument().addressees,
        },
        status: { code: '0000', description: 'Popis '.repeat(60) },
      },
      lossy: true,
    },
    {
      op: 'PrideleneSeznam',
      label: 'over the limits',
      response: {
        entries: [
          {
            ...firstEntry(),
            title: LONG_SUBJECT,
            reference: 'Č. j. '.repeat(20),
            fileMark: '1.'.repeat(200),
          },
        ],
        status: OK,
      },
      lossy: true,
    },
  ];
}
