import { describe, expect, it } from 'vitest';
import type { OwnerInfo } from '../model';
import type { Answer, OperationName, RequestOf } from '../operations';
import { sampleRequestCases, sampleResponseCases } from '../testing/messages';
import { sampleReturnedMessage, sampleXmlFile } from '../testing/samples';
import {
  decodeRequest,
  decodeResponse,
  decodeSignedContent,
  encodeRequest,
  encodeResponse,
  encodeSignedContent,
} from './index';

const encodeReq = encodeRequest as (op: OperationName, request: unknown) => string;
const encodeRes = encodeResponse as (op: OperationName, answer: unknown) => string;

const NO_OWNER: OwnerInfo = {
  dbID: null,
  dbType: null,
  ic: null,
  pnFirstName: null,
  pnLastName: null,
  firmName: null,
  adCity: null,
  adStreet: null,
  adNumberInStreet: null,
  adNumberInMunicipality: null,
  adZipCode: null,
  adState: null,
  dbState: null,
  dbEffectiveOVM: null,
  dbOpenAddressing: null,
};

describe('requests come back as they were written', () => {
  it.each(sampleRequestCases().map((item) => [`${item.op}: ${item.label}`, item] as const))(
    '%s',
    (_name, item) => {
      const decoded = decodeRequest(encodeReq(item.op, item.request));
      if (!decoded.ok) throw new Error(JSON.stringify(decoded.failure));
      // FindDataBox sends every owner field; those the search left out come back null.
      const expected: RequestOf<OperationName> =
        item.op === 'FindDataBox'
          ? { owner: { ...NO_OWNER, ...item.request.owner } }
          : item.request;
      expect(decoded.value).toEqual({ op: item.op, request: expected });
    },
  );
});

describe('responses come back as they were written', () => {
  it.each(sampleResponseCases().map((item) => [`${item.op}: ${item.label}`, item] as const))(
    '%s',
    (_name, item) => {
      const decoded = decodeResponse(item.op, encodeRes(item.op, item.answer));
      if (!decoded.ok) throw new Error(JSON.stringify(decoded.failure));
      expect(decoded.value).toEqual(item.answer as Answer<OperationName>);
    },
  );
});

describe('signed content', () => {
  it('keeps XML files (mixed content, entities, namespaces) and binary files byte for byte', () => {
    const message = sampleReturnedMessage({
      files: [...sampleReturnedMessage().files, sampleXmlFile()],
    });
    const decoded = decodeSignedContent(encodeSignedContent({ kind: 'received', message }));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.failure));
    expect(decoded.value).toEqual({ kind: 'received', message });
  });

  it('drops an XML declaration from XML content (it may only start a document)', () => {
    const content = new TextEncoder().encode(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a xmlns="urn:x">á</a>',
    );
    const message = sampleReturnedMessage({ files: [sampleXmlFile({ content })] });
    const decoded = decodeSignedContent(encodeSignedContent({ kind: 'sent', message }));
    if (!decoded.ok || decoded.value.kind === 'delivery') throw new Error('not decoded');
    expect(new TextDecoder().decode(decoded.value.message.files[0]?.content)).toBe(
      '<a xmlns="urn:x">á</a>',
    );
  });

  it('refuses XML content that is not well-formed or declares a DTD', () => {
    for (const text of [
      '<a><b></a>',
      '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
      '<p:a>undeclared prefix</p:a>',
    ]) {
      const message = sampleReturnedMessage({
        files: [sampleXmlFile({ content: new TextEncoder().encode(text) })],
      });
      expect(() => encodeSignedContent({ kind: 'sent', message }), text).toThrow(RangeError);
    }
  });

  it('carries a multi-megabyte file', () => {
    const content = new Uint8Array(8 << 20);
    for (let index = 0; index < content.length; index++) content[index] = (index * 131) & 255;
    const message = sampleReturnedMessage({
      files: [{ ...sampleReturnedMessage().files[0]!, content }],
    });
    const decoded = decodeSignedContent(encodeSignedContent({ kind: 'received', message }));
    if (!decoded.ok || decoded.value.kind === 'delivery') throw new Error('not decoded');
    const back = decoded.value.message.files[0]?.content ?? new Uint8Array();
    // Compared by hand: a deep equality of 8 million elements takes the test runner minutes.
    expect(back.length).toBe(content.length);
    expect(back.findIndex((byte, index) => byte !== content[index])).toBe(-1);
  });
});

describe('encoders refuse what no schema form can carry', () => {
  it('a box ID that is not 7 characters, a dmID over 20, an unknown search scope', () => {
    expect(() => encodeRequest('CheckDataBox', { dbID: 'abc' })).toThrow(RangeError);
    expect(() => encodeRequest('GetDeliveryInfo', { dmID: '1'.repeat(21) })).toThrow(RangeError);
    expect(() =>
      encodeRequest('ISDSSearch2', {
        searchText: 'x',
        searchType: null,
        searchScope: 'EVERYTHING',
        pageNumber: 0,
        pageSize: 1,
        highlighting: null,
      }),
    ).toThrow(RangeError);
  });

  it('a message without files, a delivery without events', () => {
    const [message] = sampleRequestCases().filter((item) => item.op === 'CreateMessage');
    if (message?.op !== 'CreateMessage') throw new Error('no sample');
    expect(() => encodeRequest('CreateMessage', { ...message.request, files: [] })).toThrow(
      RangeError,
    );
    const [delivery] = sampleResponseCases().filter((item) => item.op === 'GetDeliveryInfo');
    if (delivery?.op !== 'GetDeliveryInfo' || !delivery.answer.data.delivery)
      throw new Error('no sample');
    const answer = {
      ...delivery.answer,
      data: { delivery: { ...delivery.answer.data.delivery, dmEvents: [] } },
    };
    expect(() => encodeResponse('GetDeliveryInfo', answer)).toThrow(RangeError);
  });

  it('cuts an over-long subject to the schema limit of 255', () => {
    const [message] = sampleRequestCases().filter((item) => item.op === 'CreateMessage');
    if (message?.op !== 'CreateMessage') throw new Error('no sample');
    const long = 'Ž'.repeat(300);
    const request = {
      ...message.request,
      envelope: { ...message.request.envelope, dmAnnotation: long },
    };
    const decoded = decodeRequest(encodeRequest('CreateMessage', request));
    if (!decoded.ok || decoded.value.op !== 'CreateMessage') throw new Error('not decoded');
    expect(decoded.value.request.envelope.dmAnnotation).toBe('Ž'.repeat(255));
  });
});

describe('large payloads over SOAP', () => {
  it('a 12 MB ZFO in SignedMessageDownloadResponse and in AuthenticateMessage', () => {
    const zfo = new Uint8Array(12 << 20);
    for (let index = 0; index < zfo.length; index++) zfo[index] = (index * 17 + 3) & 255;
    const answer = decodeResponse(
      'SignedMessageDownload',
      encodeResponse('SignedMessageDownload', {
        status: { code: '0000', message: 'OK' },
        data: { dmSignature: zfo },
      }),
    );
    const request = decodeRequest(encodeRequest('AuthenticateMessage', { dmMessage: zfo }));
    if (!answer.ok || !request.ok || request.value.op !== 'AuthenticateMessage')
      throw new Error('not decoded');
    for (const bytes of [answer.value.data.dmSignature, request.value.request.dmMessage]) {
      expect(bytes?.length).toBe(zfo.length);
      expect(bytes?.findIndex((byte, index) => byte !== zfo[index])).toBe(-1);
    }
  });
});
