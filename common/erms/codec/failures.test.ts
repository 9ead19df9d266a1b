import { describe, expect, it } from 'vitest';
import { SAMPLE_AUTH, SAMPLE_ROUTE } from '../testing/messages';
import { sampleCaseFileProfile, sampleDocumentProfile } from '../testing/samples';
import {
  type DecodeFailure,
  type Decoded,
  decodeRequest,
  decodeResponse,
  encodeFault,
  encodeRequest,
  encodeResponse,
} from './index';

const OK = { code: '0000', description: null };

function profileResponse(): string {
  return encodeResponse('ProfilDokumentuZadost', { document: sampleDocumentProfile(), status: OK });
}

function failure<T>(decoded: Decoded<T>): DecodeFailure {
  if (decoded.ok) throw new Error('decoded, but should not have');
  return decoded.failure;
}

/** Replaces exactly one occurrence, so a test cannot pass by editing nothing. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === 'string'
      ? xml.split(from).length - 1
      : (xml.match(new RegExp(from, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`expected one ${String(from)}, found ${count}`);
  return xml.replace(from, to);
}

describe('malformed: not a SOAP message', () => {
  it.each([
    ['an empty answer', ''],
    [
      'an HTML login page',
      '<!DOCTYPE html>\n<html lang="cs"><head><title>Přihlášení</title></head><body><form><input name="u"><br></form></body></html>',
    ],
    ['an HTML page without a doctype', '<html><body><p>Služba je nedostupná<br></body></html>'],
    [
      'well-formed XHTML',
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>502 Bad Gateway</p></body></html>',
    ],
    ['plain text', 'Service Unavailable'],
    ['JSON', '{"error":"unauthorized"}'],
    ['a truncated envelope', profileResponse().slice(0, 900)],
    [
      'a SOAP 1.2 envelope',
      profileResponse().replace(
        'http://schemas.xmlsoap.org/soap/envelope/',
        'http://www.w3.org/2003/05/soap-envelope',
      ),
    ],
    [
      'a body with two elements',
      profileResponse().replace(
        '</soap:Body>',
        '<OperaceStatus xmlns="http://www.mvcr.cz/nsesss/2023/api"/></soap:Body>',
      ),
    ],
    [
      'an empty body',
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body/></soap:Envelope>',
    ],
  ])('%s', (_name, xml) => {
    expect(failure(decodeResponse('ProfilDokumentuZadost', xml)).kind).toBe('malformed');
    expect(failure(decodeRequest(xml)).kind).toBe('malformed');
  });

  it('refuses a billion-laughs document at once, without expanding anything', () => {
    const levels = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    ).join('\n');
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol0 "lol">
  ${levels}
]>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
<WsTestResponse xmlns="http://www.mvcr.cz/nsesss/2023/api"><WsTestId>&lol9;</WsTestId></WsTestResponse>
</soap:Body></soap:Envelope>`;
    const started = performance.now();
    const result = failure(decodeResponse('WsTest', bomb));
    expect(performance.now() - started).toBeLessThan(100);
    expect(result).toMatchObject({ kind: 'malformed' });
    expect(failure(decodeRequest(bomb)).kind).toBe('malformed');
  });

  it('refuses an external entity reference', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><a>&x;</a></soap:Body></soap:Envelope>`;
    expect(failure(decodeRequest(xxe)).kind).toBe('malformed');
  });
});

describe('fault: a SOAP Fault in the body', () => {
  it('reads our own Fault with its code and text', () => {
    const xml = encodeFault('soap:Server', 'Číselník „Uradovna.RezervaceCisel“ není k dispozici.');
    expect(failure(decodeResponse('CiselnikySeznam', xml))).toEqual({
      kind: 'fault',
      faultCode: 'soap:Server',
      faultString: 'Číselník „Uradovna.RezervaceCisel“ není k dispozici.',
    });
  });

  it('reads a Fault whose envelope prefix is another one', () => {
    const xml = `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body>
<SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring>Neplatný požadavek</faultstring><detail/></SOAP-ENV:Fault>
</SOAP-ENV:Body></SOAP-ENV:Envelope>`;
    expect(failure(decodeResponse('WsTest', xml))).toEqual({
      kind: 'fault',
      faultCode: 'soap:Client',
      faultString: 'Neplatný požadavek',
    });
  });

  it('writes the Fault as SOAP 1.1 has it: unqualified faultcode and faultstring', () => {
    const xml = encodeFault('soap:Client', 'a < b & c');
    expect(xml).toMatch(
      /<soap:Body>\s*<soap:Fault>\s*<faultcode>soap:Client<\/faultcode>\s*<faultstring>a &lt; b &amp; c<\/faultstring>\s*<\/soap:Fault>/,
    );
  });
});

describe('invalid: well-formed SOAP the schema does not allow', () => {
  const cases: Array<[string, () => Decoded<unknown>]> = [
    [
      'the response of another operation',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          encodeResponse('ProfilSpisuZadost', { caseFile: sampleCaseFileProfile(), status: OK }),
        ),
    ],
    [
      'a body element in another namespace',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(
            profileResponse(),
            'xmlns="http://www.mvcr.cz/nsesss/2023/api"',
            'xmlns="http://nsess.public.cz/erms/v_02_00"',
          ),
        ),
    ],
    [
      'no OperaceStatus',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(profileResponse(), /<OperaceStatus>\s*<Kod>0000<\/Kod>\s*<\/OperaceStatus>/, ''),
        ),
    ],
    [
      'no Kod',
      () => decodeResponse('ProfilDokumentuZadost', edit(profileResponse(), '<Kod>0000</Kod>', '')),
    ],
    [
      'a Kod longer than 8',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(profileResponse(), '<Kod>0000</Kod>', '<Kod>000000000</Kod>'),
        ),
    ],
    [
      'no VlastniKdo',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(profileResponse(), '<VlastniKdo>novakova</VlastniKdo>', ''),
        ),
    ],
    [
      'a non-integer PoradiVeSpisu',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(
            profileResponse(),
            '<PoradiVeSpisu>2</PoradiVeSpisu>',
            '<PoradiVeSpisu>druhý</PoradiVeSpisu>',
          ),
        ),
    ],
    [
      'a PocetListu of 1.5',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(profileResponse(), '<PocetListu>1</PocetListu>', '<PocetListu>1.5</PocetListu>'),
        ),
    ],
    [
      'an unknown StavDokumentu',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(
            profileResponse(),
            '<StavDokumentu>vyrizen</StavDokumentu>',
            '<StavDokumentu>archivovan</StavDokumentu>',
          ),
        ),
    ],
    [
      'an unknown Forma',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(profileResponse(), '<Forma>digitalni</Forma>', '<Forma>hybridni</Forma>'),
        ),
    ],
    [
      'a date that is not xs:dateTime',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(
            profileResponse(),
            /<DatumCasVytvoreni>[^<]+<\/DatumCasVytvoreni>/,
            '<DatumCasVytvoreni>5. 3. 2026 14:42</DatumCasVytvoreni>',
          ),
        ),
    ],
    [
      'a day that does not exist',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(
            profileResponse(),
            '<DatumOtevreni>2026-01-01</DatumOtevreni>',
            '<DatumOtevreni>2026-02-30</DatumOtevreni>',
          ),
        ),
    ],
    [
      'elements out of order',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(
            profileResponse(),
            /<VlastniKdo>novakova<\/VlastniKdo>\s*<SpravujeIS>URADOVNA<\/SpravujeIS>/,
            '<SpravujeIS>URADOVNA</SpravujeIS><VlastniKdo>novakova</VlastniKdo>',
          ),
        ),
    ],
    [
      'an element the schema does not have',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(profileResponse(), '<VlastniKdo>', '<Vlastnik>novakova</Vlastnik><VlastniKdo>'),
        ),
    ],
    [
      'a repeated element',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(
            profileResponse(),
            '<VlastniKdo>novakova</VlastniKdo>',
            '<VlastniKdo>novakova</VlastniKdo><VlastniKdo>svoboda</VlastniKdo>',
          ),
        ),
    ],
    [
      'a basic profile without its counts',
      () =>
        decodeResponse(
          'ProfilDokumentuZadost',
          edit(profileResponse(), '<PocetPriloh>0</PocetPriloh>', ''),
        ),
    ],
    [
      'a Zprava without Poradi',
      () =>
        decodeResponse(
          'Udalosti',
          encodeResponse('Udalosti', {
            outcomes: [{ eventId: '42', order: 1, status: OK }],
          }).replace(' Poradi="1"', ''),
        ),
    ],
    [
      'a Zprava with a non-integer UdalostId',
      () =>
        decodeResponse(
          'Udalosti',
          encodeResponse('Udalosti', {
            outcomes: [{ eventId: '42', order: 1, status: OK }],
          }).replace('UdalostId="42"', 'UdalostId="4e2"'),
        ),
    ],
    [
      'an unknown batch state in WsTest',
      () =>
        decodeResponse(
          'WsTest',
          edit(
            encodeResponse('WsTest', { testId: 't', status: OK }),
            /<Stav>Neodeslana<\/Stav>(?=\s*<\/PosledniPrijataDavka>)/,
            '<Stav>Ztracena</Stav>',
          ),
        ),
    ],
    [
      'an empty CiselnikySeznamResponse',
      () =>
        decodeResponse(
          'CiselnikySeznam',
          '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><CiselnikySeznamResponse xmlns="http://www.mvcr.cz/nsesss/2023/api"/></soap:Body></soap:Envelope>',
        ),
    ],
    [
      'a request without Zdroj',
      () =>
        decodeRequest(
          edit(
            encodeRequest('CiselnikySeznam', SAMPLE_ROUTE, { auth: SAMPLE_AUTH }),
            ' Zdroj="URADOVNA"',
            '',
          ),
        ),
    ],
    [
      'a request of an operation the codec does not know',
      () =>
        decodeRequest(
          encodeRequest('CiselnikySeznam', SAMPLE_ROUTE, { auth: SAMPLE_AUTH }).replace(
            /CiselnikySeznamRequest/g,
            'FunkcniMistaRequest',
          ),
        ),
    ],
    [
      'an event the model does not have',
      () =>
        decodeRequest(
          edit(
            encodeRequest('Udalosti', SAMPLE_ROUTE, {
              events: [
                { type: 'DokumentZruseni', eventId: '7', documentId: { value: 'a', source: 'b' } },
              ],
              auth: SAMPLE_AUTH,
            }).replace(/DokumentZruseni>/g, 'DokumentOtevreni>'),
            '<DokumentZruseni UdalostId',
            '<DokumentOtevreni UdalostId',
          ),
        ),
    ],
    [
      'a reservation with a non-integer count',
      () =>
        decodeRequest(
          edit(
            encodeRequest('CiselnikZadost', SAMPLE_ROUTE, {
              listId: 'x',
              auth: SAMPLE_AUTH,
              reservation: { requestId: 'r', register: 'documents', year: 2026, count: 5 },
            }),
            '<ext:Pocet>5</ext:Pocet>',
            '<ext:Pocet>pět</ext:Pocet>',
          ),
        ),
    ],
  ];
  it.each(cases)('%s', (_name, decode) => {
    expect(failure(decode()).kind).toBe('invalid');
  });
});

describe('what the model does not carry is read past', () => {
  it('skips optional profile elements the app does not use', () => {
    let xml = profileResponse();
    xml = edit(
      xml,
      /<VecnaSkupina>/,
      '<DruhDokumentu><Nazev>Odpověď</Nazev></DruhDokumentu><VecnaSkupina>',
    );
    xml = edit(
      xml,
      '<StavDokumentu>',
      '<AppUrl>https://essl.example.cz/dokument/1</AppUrl><StavDokumentu>',
    );
    xml = edit(
      xml,
      '</ProfilDokumentu>',
      '<DatumCasPredaniDoSpisovny>2027-01-01T00:00:00Z</DatumCasPredaniDoSpisovny><UzivatelskePoznamky><UzivatelskaPoznamka><Poznamka>ok</Poznamka><provedlKdo>x</provedlKdo><provedlKdy>2026-03-01T00:00:00Z</provedlKdy></UzivatelskaPoznamka></UzivatelskePoznamky></ProfilDokumentu>',
    );
    expect(decodeResponse('ProfilDokumentuZadost', xml)).toEqual({
      ok: true,
      value: { document: sampleDocumentProfile(), status: OK },
    });
  });

  it('reads a basic profile that is absent as an empty one', () => {
    const { id } = sampleDocumentProfile();
    const xml = `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
<ProfilDokumentuZadostResponse xmlns="http://www.mvcr.cz/nsesss/2023/api"><ProfilDokumentu>
<Identifikator><HodnotaID>${id.value}</HodnotaID><ZdrojID>${id.source}</ZdrojID></Identifikator>
<DatumCasVytvoreni>2026-03-05T14:42:09</DatumCasVytvoreni><Forma>digitalni</Forma>
<VlastniKdo>novakova</VlastniKdo><StavDokumentu>nevyrizen</StavDokumentu>
</ProfilDokumentu><OperaceStatus><Kod>0000</Kod></OperaceStatus></ProfilDokumentuZadostResponse>
</soap:Body></soap:Envelope>`;
    const decoded = decodeResponse('ProfilDokumentuZadost', xml);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.failure));
    expect(decoded.value.document).toMatchObject({
      id,
      // A time without a zone is office time (CET in March).
      createdAt: '2026-03-05T13:42:09.000Z',
      title: '',
      numbers: null,
      sheets: 0,
      addressees: [],
      state: 'nevyrizen',
    });
  });

  it('ignores foreign extensions in DoplnujiciData', () => {
    const xml = edit(
      encodeRequest('CiselnikZadost', SAMPLE_ROUTE, {
        listId: 'SpisovyPlan',
        auth: SAMPLE_AUTH,
        reservation: null,
      }),
      '</Autorizace>',
      '</Autorizace><DoplnujiciData><x:Jine xmlns:x="urn:jiny-system">1</x:Jine></DoplnujiciData>',
    );
    const decoded = decodeRequest(xml);
    if (!decoded.ok || decoded.value.op !== 'CiselnikZadost') throw new Error('not decoded');
    expect(decoded.value.request.reservation).toBeNull();
  });
});
