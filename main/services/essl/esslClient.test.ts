import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeFault, encodeResponse, soapBodyXml } from '../../../common/erms/codec';
import type { AssignedEntry, ReservedNumber } from '../../../common/erms/model';
import {
  operationNames,
  RESERVATION_CODE_LIST,
  type OperationName,
} from '../../../common/erms/operations';
import {
  sampleCaseFileProfile,
  sampleDocumentProfile,
  sampleEvents,
  sampleFileContent,
  sampleId,
  sampleNewCaseFile,
  sampleNewDocument,
} from '../../../common/erms/testing/samples';
import { validateXml } from '../../../scripts/testing/xmllint';
import { EsslError } from './errors';
import { EsslClient } from './esslClient';
import { OK, scriptedEssl } from './testing/fakeEssl';
import { soapAnswer, startSoapServer, type TestServer } from './testing/soapServer';
import { SoapTransport } from './transport';

interface Exchange {
  op: OperationName;
  requestXml: string;
  responseXml: string | null;
  httpStatus: number | null;
}

const NOW = new Date('2026-03-03T09:00:00.000Z');
let essl: TestServer;
let exchanges: Exchange[];
const clients: EsslClient[] = [];

beforeAll(async () => {
  essl = await startSoapServer();
});
afterAll(() => essl.close());
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

function client(systemCode = 'ESSL'): EsslClient {
  exchanges = [];
  const created = new EsslClient({
    transport: new SoapTransport({ url: essl.url, user: 'novakova', password: 'heslo', env: {} }),
    user: 'novakova',
    systemCode,
    now: () => NOW,
    onExchange: (op, requestXml, responseXml, httpStatus) =>
      exchanges.push({ op, requestXml, responseXml, httpStatus }),
  });
  clients.push(created);
  return created;
}

async function failure(promise: Promise<unknown>): Promise<EsslError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EsslError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function expectSchemaValid(xml: string | null): Promise<void> {
  expect(xml).not.toBeNull();
  const result = await validateXml(soapBodyXml(xml ?? ''), 'ermsAPI-all.xsd');
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

const assignedEntry: AssignedEntry = {
  kind: 'document',
  id: sampleId('uradx7k2m9'),
  title: 'Žádost o poskytnutí informace',
  reference: 'OÚHD-123/2026',
  createdAt: '2026-03-02T08:15:00.000Z',
  fileMark: '101.2',
  changedAt: '2026-03-02T08:16:00.000Z',
};

const reserved: ReservedNumber[] = [
  {
    register: 'documents',
    year: 2026,
    sequence: 124,
    reference: 'OÚHD-124/2026',
    journal: 'HLAVNI',
  },
  {
    register: 'documents',
    year: 2026,
    sequence: 125,
    reference: 'OÚHD-125/2026',
    journal: 'HLAVNI',
  },
];

describe('EsslClient: every operation, every message valid against ermsAPI', () => {
  it('calls each operation with the login in Autorizace and Zdroj/Cil, and reads the answers', async () => {
    const profile = sampleDocumentProfile();
    const caseFile = sampleCaseFileProfile();
    const file = sampleFileContent();
    const events = sampleEvents();
    essl.answer(
      scriptedEssl(
        {
          WsTest: (request) => ({ testId: request.testId, status: OK }),
          CiselnikySeznam: () => ({
            lists: [
              { id: 'SpisovyPlan', name: 'Spisový plán', itemCount: 60, changedAt: null },
              {
                id: RESERVATION_CODE_LIST,
                name: 'Rezervace čísel',
                itemCount: null,
                changedAt: null,
              },
            ],
          }),
          CiselnikZadost: (request) =>
            request.reservation
              ? { listId: request.listId, items: [], reserved, status: OK }
              : {
                  listId: request.listId,
                  items: [
                    {
                      id: '101.2',
                      text: 'Žádosti o informace',
                      description: null,
                      active: true,
                      validFrom: '2026-01-01',
                      validTo: null,
                    },
                  ],
                  reserved: [],
                  status: OK,
                },
          DokumentZalozeni: () => ({ document: profile, status: OK }),
          SpisZalozeni: () => ({ caseFile, status: OK }),
          Udalosti: (request) => ({
            outcomes: request.events.map((event, index) => ({
              eventId: event.eventId,
              order: index + 1,
              status: index === 1 ? { code: '0005', description: 'Spis je uzavřen.' } : OK,
            })),
          }),
          PrideleneSeznam: () => ({ entries: [assignedEntry], status: OK }),
          ProfilDokumentuZadost: () => ({ document: profile, status: OK }),
          ProfilSpisuZadost: () => ({ caseFile, status: OK }),
          SouborZadost: () => ({ file, status: OK }),
          DokumentPostoupeniZadost: () => ({
            document: { ...profile, keptBy: 'URADOVNA' },
            status: OK,
          }),
          DokumentVraceniZadost: () => ({ document: { ...profile, keptBy: null }, status: OK }),
        },
        { Date: 'Tue, 03 Mar 2026 09:00:05 GMT' },
      ),
    );
    const c = client();

    const test = await c.test();
    expect(test.serverDate).toBe('2026-03-03T09:00:05.000Z');
    expect(test.roundTripMs).toBeGreaterThanOrEqual(0);
    expect((await c.codeLists()).map((list) => list.id)).toEqual([
      'SpisovyPlan',
      RESERVATION_CODE_LIST,
    ]);
    expect(await c.codeList('SpisovyPlan')).toHaveLength(1);
    expect(
      await c.reserveNumbers({ requestId: 'r-1', register: 'documents', year: 2026, count: 2 }),
    ).toEqual(reserved);
    expect(await c.createDocument(sampleNewDocument(), events.slice(1, 3))).toEqual(profile);
    expect(await c.createCaseFile(sampleNewCaseFile())).toEqual(caseFile);
    const outcomes = await c.sendEvents(events);
    expect(outcomes).toHaveLength(events.length);
    expect(outcomes[1]?.status).toEqual({ code: '0005', description: 'Spis je uzavřen.' });
    expect(
      await c.listAssigned({
        kind: null,
        changedSince: '2026-03-01T00:00:00.000Z',
        from: 1,
        count: 100,
      }),
    ).toEqual({ entries: [assignedEntry], serverDate: '2026-03-03T09:00:05.000Z' });
    expect(await c.documentProfile(profile.id)).toEqual(profile);
    expect(await c.caseFileProfile(caseFile.id)).toEqual(caseFile);
    expect(await c.file(file.id)).toEqual(file);
    expect((await c.takeDocument(profile.id)).keptBy).toBe('URADOVNA');
    expect((await c.returnDocument(profile.id)).keptBy).toBeNull();

    const ops = exchanges.map((exchange) => exchange.op);
    expect(new Set(ops)).toEqual(new Set<OperationName>(operationNames));
    const received = essl.requests.slice(-exchanges.length);
    expect(received.map((request) => request.headers.soapaction)).toEqual(
      ops.map((op) => `"${op}"`),
    );
    received.forEach((request, index) => {
      expect(request.body).toContain(`<${ops[index]}Request`);
      expect(request.body).toMatch(/Zdroj="URADOVNA"/);
      expect(request.body).toMatch(/Cil="ESSL"/);
      expect(request.body).toContain('<provedlKdo>novakova</provedlKdo>');
    });
    for (const exchange of exchanges) {
      expect(exchange.httpStatus).toBe(200);
      await expectSchemaValid(exchange.requestXml);
      await expectSchemaValid(exchange.responseXml);
    }
  });

  it('uses the configured system code as Cil', async () => {
    essl.answer(scriptedEssl({ WsTest: (request) => ({ testId: request.testId, status: OK }) }));
    await client('ORPESSL').test();
    expect(essl.requests.at(-1)?.body).toMatch(/Cil="ORPESSL"/);
  });
});

describe('EsslClient: the number-reservation extension', () => {
  it('answers null when the eSSL does not list it, and asks only once per client', async () => {
    let listCalls = 0;
    essl.answer(
      scriptedEssl({
        CiselnikySeznam: () => {
          listCalls++;
          return {
            lists: [{ id: 'SpisovyPlan', name: 'Spisový plán', itemCount: null, changedAt: null }],
          };
        },
      }),
    );
    const c = client();
    const request = { requestId: 'r-2', register: 'caseFiles', year: 2026, count: 3 } as const;
    expect(await c.reserveNumbers(request)).toBeNull();
    expect(await c.reserveNumbers(request)).toBeNull();
    expect(listCalls).toBe(1);
    expect(exchanges.map((exchange) => exchange.op)).toEqual(['CiselnikySeznam']);
  });

  it('asks again after the question itself failed', async () => {
    essl.answer(soapAnswer('<html><body>Bad gateway</body></html>', 502));
    const c = client();
    const request = { requestId: 'r-3', register: 'documents', year: 2026, count: 2 } as const;
    expect((await failure(c.reserveNumbers(request))).kind).toBe('transport');
    essl.answer(
      scriptedEssl({
        CiselnikySeznam: () => ({
          lists: [
            { id: RESERVATION_CODE_LIST, name: 'Rezervace', itemCount: null, changedAt: null },
          ],
        }),
        CiselnikZadost: (asked) => ({ listId: asked.listId, items: [], reserved, status: OK }),
      }),
    );
    expect(await c.reserveNumbers(request)).toEqual(reserved);
  });

  it('refuses a block of another size than asked for', async () => {
    essl.answer(
      scriptedEssl({
        CiselnikySeznam: () => ({
          lists: [
            { id: RESERVATION_CODE_LIST, name: 'Rezervace', itemCount: null, changedAt: null },
          ],
        }),
        CiselnikZadost: (asked) => ({
          listId: asked.listId,
          items: [],
          reserved: reserved.slice(0, 1),
          status: OK,
        }),
      }),
    );
    const error = await failure(
      client().reserveNumbers({ requestId: 'r-4', register: 'documents', year: 2026, count: 2 }),
    );
    expect(error).toMatchObject({ kind: 'invalid', retryable: false });
  });
});

describe('EsslClient: failures', () => {
  it('OperaceStatus other than 0000 is a status error with the eSSL’s Popis', async () => {
    essl.answer(
      scriptedEssl({
        ProfilDokumentuZadost: () => ({
          document: null,
          status: { code: '0002', description: 'Dokument uradx7k2m9 nebyl nalezen.' },
        }),
      }),
    );
    const error = await failure(client().documentProfile(sampleId('uradx7k2m9')));
    expect(error).toMatchObject({
      kind: 'status',
      retryable: false,
      statusCode: '0002',
      description: 'Dokument uradx7k2m9 nebyl nalezen.',
      operation: 'ProfilDokumentuZadost',
    });
    expect(error.message).toContain('Dokument uradx7k2m9 nebyl nalezen.');
    expect(error.toBody()).toEqual({
      code: 'errors.essl.status',
      message: error.message,
      params: {
        kind: 'status',
        retryable: 'no',
        operation: 'ProfilDokumentuZadost',
        statusCode: '0002',
        description: 'Dokument uradx7k2m9 nebyl nalezen.',
      },
    });
  });

  it('status 0000 without the entity is invalid', async () => {
    essl.answer(scriptedEssl({ DokumentZalozeni: () => ({ document: null, status: OK }) }));
    expect(await failure(client().createDocument(sampleNewDocument()))).toMatchObject({
      kind: 'invalid',
      retryable: false,
    });
  });

  it.each([
    ['soap:Server', 500, true],
    ['soap:Client', 500, false],
    ['soap:Server', 200, true],
  ] as const)('a SOAP Fault %s (HTTP %i): retryable %s', async (faultCode, status, retryable) => {
    essl.answer(soapAnswer(encodeFault(faultCode, 'Databáze eSSL není dostupná'), status));
    const error = await failure(client().codeLists());
    expect(error).toMatchObject({
      kind: 'fault',
      retryable,
      statusCode: faultCode,
      description: 'Databáze eSSL není dostupná',
      httpStatus: status,
    });
    expect(error.message).toContain('Databáze eSSL není dostupná');
    expect(exchanges).toEqual([
      expect.objectContaining({
        op: 'CiselnikySeznam',
        httpStatus: status,
        responseXml: expect.stringContaining('Fault'),
      }),
    ]);
  });

  it('HTTP 500 without a Fault is a retryable transport failure', async () => {
    essl.answer(soapAnswer('Internal Server Error', 500));
    expect(await failure(client().codeLists())).toMatchObject({
      kind: 'transport',
      retryable: true,
      httpStatus: 500,
    });
  });

  it('an answer that is not XML is malformed (retryable)', async () => {
    essl.answer(soapAnswer('{"error":"this is JSON"}'));
    expect(await failure(client().codeLists())).toMatchObject({
      kind: 'malformed',
      retryable: true,
    });
  });

  it('a DOCTYPE with entities (a billion laughs) is refused without expanding anything', async () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, level) => {
        const previous = level === 0 ? 'lol' : `lol${level}`;
        return ` <!ENTITY lol${level + 1} "${`&${previous};`.repeat(10)}">`;
      }),
      ']>',
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><x>&lol9;</x></soap:Body></soap:Envelope>',
    ].join('\n');
    essl.answer(soapAnswer(laughs));
    const started = Date.now();
    const error = await failure(client().codeLists());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toMatchObject({ kind: 'malformed', retryable: true });
    expect(error.detail).toMatch(/DTD/);
  });

  it('well-formed XML the interface does not allow is invalid (not retryable)', async () => {
    // A WsTest answer where a profile was asked for.
    essl.answer(soapAnswer(encodeResponse('WsTest', { testId: 'x', status: OK })));
    const wrongBody = await failure(client().documentProfile(sampleId('uradx7k2m9')));
    expect(wrongBody).toMatchObject({ kind: 'invalid', retryable: false });

    // The right element, with an element the schema does not have.
    const good = encodeResponse('ProfilDokumentuZadost', { document: null, status: OK });
    essl.answer(soapAnswer(good.replace('<OperaceStatus>', '<Neznamy>1</Neznamy><OperaceStatus>')));
    expect(await failure(client().documentProfile(sampleId('uradx7k2m9')))).toMatchObject({
      kind: 'invalid',
      retryable: false,
    });
  });

  it('WsTest that echoes another id is invalid', async () => {
    essl.answer(scriptedEssl({ WsTest: () => ({ testId: 'someone-else', status: OK }) }));
    expect(await failure(client().test())).toMatchObject({ kind: 'invalid' });
  });

  it('Udalosti answering for an event that was not sent is invalid', async () => {
    essl.answer(
      scriptedEssl({
        Udalosti: () => ({ outcomes: [{ eventId: '12345', order: 1, status: OK }] }),
      }),
    );
    expect(await failure(client().sendEvents(sampleEvents().slice(0, 1)))).toMatchObject({
      kind: 'invalid',
    });
  });

  it('a transport failure reaches the hook with no answer and names the operation', async () => {
    essl.answer((_request, response) => {
      response.writeHead(401);
      response.end();
    });
    const error = await failure(client().file(sampleId('uradf00010')));
    expect(error).toMatchObject({ kind: 'auth', operation: 'SouborZadost' });
    expect(exchanges).toEqual([
      expect.objectContaining({ op: 'SouborZadost', responseXml: null, httpStatus: 401 }),
    ]);
  });
});
