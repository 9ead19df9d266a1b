import { describe, expect, it } from 'vitest';
import { sampleResponseCases } from '../testing/messages';
import type { Decoded } from './types';
import {
  decodeRequest,
  decodeResponse,
  decodeSignedContent,
  encodeResponse,
  SOAP_ENV_NAMESPACE,
} from './index';

const wrap = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="${SOAP_ENV_NAMESPACE}"><s:Body>${body}</s:Body></s:Envelope>`;
const V20 = 'http://isds.czechpoint.cz/v20';
const STATUS =
  '<q:dmStatus><q:dmStatusCode>0000</q:dmStatusCode><q:dmStatusMessage>OK</q:dmStatusMessage></q:dmStatus>';

function kind<T>(result: Decoded<T>): string {
  return result.ok ? 'ok' : result.failure.kind;
}

function okDeliveryXml(): string {
  const item = sampleResponseCases().find(
    (entry) => entry.op === 'GetDeliveryInfo' && entry.label === 'ok',
  );
  if (item?.op !== 'GetDeliveryInfo') throw new Error('no sample');
  return encodeResponse('GetDeliveryInfo', item.answer);
}

describe('malformed answers', () => {
  it('an XML bomb (billion laughs) is refused before anything is expanded', () => {
    const entities = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    ).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]>${wrap(
      `<q:DummyOperationResponse xmlns:q="${V20}"><q:dmStatus><q:dmStatusCode>&lol9;</q:dmStatusCode><q:dmStatusMessage/></q:dmStatus></q:DummyOperationResponse>`,
    ).replace(/^<\?xml[^?]*\?>/, '')}`;
    const started = performance.now();
    const result = decodeResponse('DummyOperation', bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.failure).toMatchObject({
        kind: 'malformed',
        detail: expect.stringContaining('doctype'),
      });
    expect(kind(decodeRequest(bomb))).toBe('malformed');
    expect(kind(decodeSignedContent(bomb))).toBe('malformed');
  });

  it('an HTML error page, an empty body, plain text', () => {
    const html =
      '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    expect(kind(decodeResponse('DummyOperation', html))).toBe('malformed');
    expect(
      kind(
        decodeResponse('DummyOperation', '<html><body><p>Služba nedostupná<br></p></body></html>'),
      ),
    ).toBe('malformed');
    expect(kind(decodeResponse('DummyOperation', ''))).toBe('malformed');
    expect(kind(decodeResponse('DummyOperation', 'Service Unavailable'))).toBe('malformed');
  });

  it('well-formed XML that is not a SOAP envelope', () => {
    expect(
      kind(
        decodeResponse(
          'DummyOperation',
          `<q:DummyOperationResponse xmlns:q="${V20}">${STATUS}</q:DummyOperationResponse>`,
        ),
      ),
    ).toBe('malformed');
  });
});

describe('SOAP faults', () => {
  it('are reported with code and string', () => {
    const fault = wrap(
      '<s:Fault><faultcode>s:Server</faultcode><faultstring>Chyba serveru</faultstring></s:Fault>',
    );
    const result = decodeResponse('GetDeliveryInfo', fault);
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'fault', faultCode: 'soap:Server', faultString: 'Chyba serveru' },
    });
  });
});

describe('invalid answers', () => {
  it('another operation’s response, a wrong namespace, a foreign element', () => {
    const ok = wrap(
      `<q:DummyOperationResponse xmlns:q="${V20}">${STATUS}</q:DummyOperationResponse>`,
    );
    expect(kind(decodeResponse('DummyOperation', ok))).toBe('ok');
    expect(kind(decodeResponse('MarkMessageAsDownloaded', ok))).toBe('invalid');
    expect(
      kind(decodeResponse('DummyOperation', ok.replace(V20, 'http://isds.czechpoint.cz/v30'))),
    ).toBe('invalid');
    expect(
      kind(
        decodeResponse('DummyOperation', ok.replace('</q:dmStatus>', '</q:dmStatus><q:extra/>')),
      ),
    ).toBe('invalid');
    expect(
      kind(decodeResponse('DummyOperation', wrap(`<q:DummyOperationResponse xmlns:q="${V20}"/>`))),
    ).toBe('invalid');
  });

  it('elements out of the schema order, bad values', () => {
    const xml = okDeliveryXml();
    expect(kind(decodeResponse('GetDeliveryInfo', xml))).toBe('ok');
    const cases = {
      order: xml.replace(
        /(<q:dmDeliveryTime>[^<]*<\/q:dmDeliveryTime>)(\s*)(<q:dmAcceptanceTime>[^<]*<\/q:dmAcceptanceTime>)/,
        '$3$2$1',
      ),
      boxId: xml.replace('<p:dbIDSender>k2m4pq9<', '<p:dbIDSender>k2m4<'),
      integer: xml.replace('<q:dmMessageStatus>6<', '<q:dmMessageStatus>six<'),
      dateTime: xml.replace(/<q:dmDeliveryTime>[^<]*</, '<q:dmDeliveryTime>2.3.2026 9:15<'),
      base64: xml.replace(/<q:dmQTimestamp>[^<]*</, '<q:dmQTimestamp>ne*base64<'),
      boolean: xml.replace('<p:dmPersonalDelivery>false<', '<p:dmPersonalDelivery>ne<'),
      annotationTooLong: xml.replace(
        /<p:dmAnnotation>[^<]*</,
        `<p:dmAnnotation>${'x'.repeat(256)}<`,
      ),
      noEvents: xml.replace(/<q:dmEvents>[\s\S]*<\/q:dmEvents>/, '<q:dmEvents/>'),
      nilWithContent: xml.replace('<p:dmToHands>', '<p:dmToHands xsi:nil="true">'),
      dmIdMissing: xml.replace(/<p:dmID>[^<]*<\/p:dmID>/, ''),
    };
    for (const [name, broken] of Object.entries(cases)) {
      expect(broken, name).not.toBe(xml);
      expect(kind(decodeResponse('GetDeliveryInfo', broken)), name).toBe('invalid');
    }
  });

  it('an unknown request element', () => {
    expect(
      kind(
        decodeRequest(wrap(`<q:EraseMessage xmlns:q="${V20}"><q:dmID>1</q:dmID></q:EraseMessage>`)),
      ),
    ).toBe('invalid');
  });
});

describe('text is only text', () => {
  it('HTML in dmAnnotation comes back as the characters it is, never as markup', () => {
    const xml = okDeliveryXml().replace(
      /<p:dmAnnotation>[^<]*</,
      '<p:dmAnnotation>&lt;b onclick="x()"&gt;Výzva&lt;/b&gt; &amp;amp; <![CDATA[<script>alert(1)</script>]]><',
    );
    const result = decodeResponse('GetDeliveryInfo', xml);
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.value.data.delivery?.envelope.dmAnnotation).toBe(
      '<b onclick="x()">Výzva</b> &amp; <script>alert(1)</script>',
    );
  });

  it('markup inside dmAnnotation (an element) is refused, not flattened', () => {
    const xml = okDeliveryXml().replace(/<p:dmAnnotation>[^<]*</, '<p:dmAnnotation><p:b>x</p:b><');
    expect(kind(decodeResponse('GetDeliveryInfo', xml))).toBe('invalid');
  });
});

describe('status without data', () => {
  it('GetDeliveryInfo without dmDelivery and without dmStatus is invalid; with status only it is an answer', () => {
    expect(
      kind(
        decodeResponse('GetDeliveryInfo', wrap(`<q:GetDeliveryInfoResponse xmlns:q="${V20}"/>`)),
      ),
    ).toBe('invalid');
    const statusOnly = decodeResponse(
      'GetDeliveryInfo',
      wrap(
        `<q:GetDeliveryInfoResponse xmlns:q="${V20}"><q:dmStatus><q:dmStatusCode>1222</q:dmStatusCode><q:dmStatusMessage>Nedoručeno</q:dmStatusMessage></q:dmStatus></q:GetDeliveryInfoResponse>`,
      ),
    );
    expect(statusOnly).toEqual({
      ok: true,
      value: { status: { code: '1222', message: 'Nedoručeno' }, data: { delivery: null } },
    });
  });

  it('a nil dmDelivery reads as none', () => {
    const xml = wrap(
      `<q:GetDeliveryInfoResponse xmlns:q="${V20}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><q:dmDelivery xsi:nil="true"/>${STATUS}</q:GetDeliveryInfoResponse>`,
    );
    const result = decodeResponse('GetDeliveryInfo', xml);
    expect(result.ok && result.value.data.delivery).toBeNull();
  });
});
