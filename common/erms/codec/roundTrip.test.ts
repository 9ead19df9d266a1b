import { describe, expect, it } from 'vitest';
import type { Authorization, EsslEvent } from '../model';
import { operationNames } from '../operations';
import {
  SAMPLE_AUTH,
  SAMPLE_ROUTE,
  sampleRequestCases,
  sampleResponseCases,
  type RequestCase,
  type ResponseCase,
} from '../testing/messages';
import { sampleEvents } from '../testing/samples';
import { decodeRequest, decodeResponse, encodeRequest, encodeResponse } from './index';

/**
 * What a DokumentUprava brings back: tProfilDokumentuUprava has no creation time, case
 * file, delivery or files, so those read as the event's time and as empty.
 */
function afterTransport(event: EsslEvent, auth: Authorization): EsslEvent {
  if (event.type !== 'DokumentUprava') return event;
  return {
    ...event,
    document: {
      ...event.document,
      createdAt: auth.at,
      caseFileId: null,
      delivery: null,
      files: [],
    },
  };
}

function expectedRequest(item: RequestCase): RequestCase['request'] {
  switch (item.op) {
    case 'Udalosti':
      return {
        ...item.request,
        events: item.request.events.map((event) => afterTransport(event, item.request.auth)),
      };
    case 'DokumentZalozeni':
    case 'SpisZalozeni':
      return {
        ...item.request,
        preceding: item.request.preceding.map((event) => afterTransport(event, item.request.auth)),
      };
    default:
      return item.request;
  }
}

function encodeCase(item: RequestCase): string {
  // Each member of the union is encoded with its own operation's types.
  return (encodeRequest as (op: string, route: typeof SAMPLE_ROUTE, request: unknown) => string)(
    item.op,
    SAMPLE_ROUTE,
    item.request,
  );
}

function encodeResponseCase(item: ResponseCase): string {
  return (encodeResponse as (op: string, response: unknown) => string)(item.op, item.response);
}

describe('requests come back as they were sent', () => {
  const cases = sampleRequestCases().filter((item) => !item.lossy);
  it.each(cases.map((item) => [`${item.op}: ${item.label}`, item] as const))(
    '%s',
    (_name, item) => {
      const decoded = decodeRequest(encodeCase(item));
      expect(decoded).toEqual({
        ok: true,
        value: { op: item.op, route: SAMPLE_ROUTE, request: expectedRequest(item) },
      });
    },
  );

  it('covers every operation', () => {
    expect(new Set(cases.map((item) => item.op))).toEqual(new Set(operationNames));
  });

  it('covers every event type, alone and together', () => {
    const single = cases.flatMap((item) =>
      item.op === 'Udalosti' && item.request.events.length === 1 ? item.request.events : [],
    );
    expect(single.map((event) => event.type).sort()).toEqual(
      sampleEvents()
        .map((event) => event.type)
        .sort(),
    );
  });

  it('lets the simulator narrow a decoded request by its operation', () => {
    const decoded = decodeRequest(
      encodeRequest('CiselnikZadost', SAMPLE_ROUTE, {
        listId: 'Uradovna.RezervaceCisel',
        auth: SAMPLE_AUTH,
        reservation: { requestId: 'abc', register: 'caseFiles', year: 2026, count: 3 },
      }),
    );
    if (!decoded.ok || decoded.value.op !== 'CiselnikZadost')
      throw new Error('not decoded as CiselnikZadost');
    expect(decoded.value.request.reservation?.count).toBe(3);
  });
});

describe('responses come back as they were sent', () => {
  const cases = sampleResponseCases().filter((item) => !item.lossy);
  it.each(cases.map((item) => [`${item.op}: ${item.label}`, item] as const))(
    '%s',
    (_name, item) => {
      expect(decodeResponse(item.op, encodeResponseCase(item))).toEqual({
        ok: true,
        value: item.response,
      });
    },
  );

  it('covers every operation, with an error variant wherever there is OperaceStatus', () => {
    expect(new Set(cases.map((item) => item.op))).toEqual(new Set(operationNames));
    const failing = cases.filter(
      (item) => 'status' in item.response && item.response.status.code !== '0000',
    );
    const withStatus = operationNames.filter((op) => op !== 'CiselnikySeznam' && op !== 'Udalosti');
    expect(new Set(failing.map((item) => item.op))).toEqual(new Set(withStatus));
  });
});

describe('values beyond the schema limits', () => {
  it('cuts free text and reads the cut text back stably', () => {
    for (const item of sampleRequestCases().filter((candidate) => candidate.lossy)) {
      const once = decodeRequest(encodeCase(item));
      if (!once.ok) throw new Error(JSON.stringify(once.failure));
      const again = encodeCase({ ...item, request: once.value.request } as RequestCase);
      expect(again).toBe(encodeCase(item));
    }
  });

  it('keeps a subject over 100 characters whole in Popis and reads it back from there', () => {
    const [item] = sampleRequestCases().filter(
      (candidate) => candidate.op === 'DokumentZalozeni' && candidate.lossy,
    );
    if (item?.op !== 'DokumentZalozeni') throw new Error('no oversized document case');
    const xml = encodeCase(item);
    const nazev = /<Nazev>([^<]*)<\/Nazev>/.exec(xml)?.[1] ?? '';
    expect(Array.from(nazev)).toHaveLength(100);
    const decoded = decodeRequest(xml);
    if (!decoded.ok || decoded.value.op !== 'DokumentZalozeni') throw new Error('not decoded');
    const { document } = decoded.value.request;
    expect(document.title).toBe(Array.from(item.request.document.title).slice(0, 255).join(''));
    expect(document.description).toBeNull();
    expect(document.delivery?.sender.name.startsWith('Jan Křtitel')).toBe(true);
    expect(document.delivery?.sender.address?.country).toBe('DE');
    expect(document.addressees[0]?.dataBoxId).toBeNull();
    expect(document.numbers?.referenceNumber).toHaveLength(50);
    expect(document.numbers?.journal).toBe('PODACÍ DENÍK');
  });

  it('refuses to shorten an identifier', () => {
    expect(() =>
      encodeRequest('ProfilDokumentuZadost', SAMPLE_ROUTE, {
        id: { value: 'x'.repeat(41), source: 'URADOVNA' },
        auth: SAMPLE_AUTH,
      }),
    ).toThrow(RangeError);
    expect(() =>
      encodeRequest(
        'CiselnikySeznam',
        { source: 'URADOVNA-KLIENT', target: 'ESSL' },
        { auth: SAMPLE_AUTH },
      ),
    ).toThrow(RangeError);
  });

  it('refuses an empty Udalosti, which the schema cannot carry', () => {
    expect(() =>
      encodeRequest('Udalosti', SAMPLE_ROUTE, { events: [], auth: SAMPLE_AUTH }),
    ).toThrow(RangeError);
  });
});

describe('the wire form', () => {
  it('writes instants in office time with their offset and milliseconds only when there are any', () => {
    const xml = encodeRequest('PrideleneSeznam', SAMPLE_ROUTE, {
      query: { kind: null, changedSince: '2026-07-01T10:00:00.250Z', from: 1, count: 10 },
      auth: { user: 'novakova', at: '2026-01-15T10:00:00.000Z' },
    });
    expect(xml).toContain('<CasPosledniZmenyOd>2026-07-01T12:00:00.250+02:00</CasPosledniZmenyOd>');
    expect(xml).toContain('<provedlKdy>2026-01-15T11:00:00+01:00</provedlKdy>');
  });

  it('declares the api namespace on the body element and the route on it', () => {
    const xml = encodeRequest('CiselnikySeznam', SAMPLE_ROUTE, { auth: SAMPLE_AUTH });
    expect(xml).toMatch(
      /<soap:Body>\s*<CiselnikySeznamRequest xmlns="http:\/\/www\.mvcr\.cz\/nsesss\/2023\/api" Zdroj="URADOVNA" Cil="ESSL">/,
    );
  });

  it('splits a person into Jmeno and Prijmeni and an authority into Utvar', () => {
    const xml = encodeResponse('ProfilDokumentuZadost', {
      document: null,
      status: { code: '0000', description: null },
    });
    expect(xml).not.toContain('ProfilDokumentu>');
    const cases = sampleResponseCases().filter(
      (item) => item.op === 'ProfilDokumentuZadost' && item.label === 'OK',
    );
    const profile = encodeResponseCase(cases[0] as ResponseCase);
    expect(profile).toContain('<Jmeno>Jiří Šťastný</Jmeno>');
    expect(profile).toContain('<Prijmeni>Dvořák</Prijmeni>');
    expect(profile).toMatch(
      /<TypSubjektu>Utvar<\/TypSubjektu>\s*<ObchodniNazev>Krajský úřad Středočeského kraje<\/ObchodniNazev>/,
    );
  });
});
