import { describe, expect, it } from 'vitest';
import { fixtureText } from './fixtures.node';
import {
  decodeMessageDownload,
  decodeResponse,
  decodeResponseBody,
  decodeSignedContent,
  SOAP_ENV_NAMESPACE,
} from './index';

/** Real ISDS bodies (`../shared/fixtures/isds/`): what each is, and real values read from it. */

/** A bare body put into a SOAP 1.1 envelope, as it comes over the wire. */
function inEnvelope(body: string): string {
  const element = body.replace(/^<\?xml[^?]*\?>\s*/, '');
  return `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="${SOAP_ENV_NAMESPACE}"><SOAP-ENV:Body>${element}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;
}

describe('delivery_info-316590.xml: a GetDeliveryInfoResponse body in …/v20 (default namespace)', () => {
  const body = fixtureText('delivery_info-316590.xml');

  it('decodes bare and in an envelope to the same answer with real values', () => {
    const bare = decodeResponseBody('GetDeliveryInfo', body);
    const wrapped = decodeResponse('GetDeliveryInfo', inEnvelope(body));
    if (!bare.ok) throw new Error(JSON.stringify(bare.failure));
    expect(wrapped).toEqual(bare);
    const { status, data } = bare.value;
    expect(status).toEqual({ code: '0000', message: 'Provedeno úspěšně.' });
    expect(data.delivery?.envelope).toMatchObject({
      dmID: '316590',
      dbIDSender: 'vqbab52',
      dmSender: 'Místní úřad Frumburk',
      dmRecipientAddress: '18, 30300 Pepíkov, CZ',
      dbIDRecipient: 'ga2dqwf',
      dmAnnotation: 'Vaše datová zpráva byla přijata',
      dmSenderRefNumber: 'AB-62825',
      dmSenderIdent: 'ZN-107',
      dmAmbiguousRecipient: null,
      dmSenderOrgUnitNum: 0,
    });
    expect(data.delivery?.dmHash).toEqual({
      algorithm: 'SHA-1',
      value: 'KxbbObH5kEvINTcGbQKyDzzX5Os=',
    });
    expect(data.delivery?.dmDeliveryTime).toBe('2010-03-17T17:26:56.793+01:00');
    expect(data.delivery?.dmAcceptanceTime).toBe('2010-03-18T15:44:56.376+01:00');
    expect(data.delivery?.dmMessageStatus).toBe(7);
    expect(data.delivery?.dmEvents).toEqual([
      {
        dmEventTime: '2010-03-18T15:44:56.376+01:00',
        dmEventDescr: 'EV1: Doručeno přihlášením oprávněné osoby nebo aplikace (§17 odst. 3)',
      },
    ]);
    expect(data.delivery?.dmQTimestamp?.length).toBeGreaterThan(3000);
  });
});

describe('received_message-151916.xml: a MessageDownloadResponse body in …/v20', () => {
  it('gives the message with its PDF and the status', () => {
    const result = decodeMessageDownload(fixtureText('received_message-151916.xml'));
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const { message, status } = result.value;
    expect(status).toEqual({ code: '0000', message: 'Provedeno úspěšně.' });
    expect(message?.envelope).toMatchObject({
      dmID: '151916',
      dbIDSender: 'vqbab52',
      dmRecipient: 'isds_tester_dva Testovič - Tester Testovič',
      dbIDRecipient: 'mw7dqvw',
      dmSenderRefNumber: 'AB-81558',
    });
    expect(message?.files).toHaveLength(1);
    expect(message?.files[0]).toMatchObject({
      dmFileDescr: 'odpoved_OVM.pdf',
      dmMimeType: 'pdf',
      dmFileMetaType: 'main',
    });
    expect(new TextDecoder().decode(message?.files[0]?.content.subarray(0, 5))).toBe('%PDF-');
    expect(message?.files[0]?.content.length).toBeGreaterThan(190_000);
    expect(message).toMatchObject({
      dmDeliveryTime: '2009-11-06T22:39:20.905+01:00',
      dmAcceptanceTime: '2009-11-06T22:41:54.959+01:00',
      dmMessageStatus: 7,
      dmAttachmentSize: 260,
    });
  });

  it('reads the same in a SOAP envelope', () => {
    const bare = decodeMessageDownload(fixtureText('received_message-151916.xml'));
    const wrapped = decodeMessageDownload(inEnvelope(fixtureText('received_message-151916.xml')));
    expect(wrapped).toEqual(bare);
  });

  it('is not one of the answers the other operations expect', () => {
    const result = decodeResponseBody(
      'GetDeliveryInfo',
      fixtureText('received_message-151916.xml'),
    );
    expect(result.ok ? 'ok' : result.failure.kind).toBe('invalid');
  });
});

describe('signed contents kept as XML (the inside of the ZFO fixtures)', () => {
  it('received_signed_message-330141.xml is a received message', () => {
    const result = decodeSignedContent(fixtureText('received_signed_message-330141.xml'));
    if (!result.ok || result.value.kind !== 'received') throw new Error('not a received message');
    expect(result.value.message.envelope.dmID).toBe('330141');
    expect(result.value.message.envelope.dmSender).toBe('Místní úřad Krempachy');
    expect(result.value.message.files[0]?.dmFileDescr).toBe('odpoved_OVM.pdf');
  });

  it('signed_sent_xml_message-376701.xml is a sent message with six XML files', () => {
    const result = decodeSignedContent(fixtureText('signed_sent_xml_message-376701.xml'));
    if (!result.ok || result.value.kind !== 'sent') throw new Error('not a sent message');
    const { message } = result.value;
    expect(message.envelope).toMatchObject({
      dmID: '376701',
      dmRecipient: 'Institut pro místní správu Praha',
    });
    expect(message.files.every((file) => file.xml && file.dmFileDescr === 'in-line.xml')).toBe(
      true,
    );
    expect(new TextDecoder().decode(message.files[5]?.content)).toBe(
      '<x xmlns:ns="urn:local">\n      <ns:space>žluťoučký</ns:space>\n    </x>',
    );
  });

  it('signed_delivered-DD_170272.xml is a delivery info', () => {
    const result = decodeSignedContent(fixtureText('signed_delivered-DD_170272.xml'));
    if (!result.ok || result.value.kind !== 'delivery') throw new Error('not a delivery');
    expect(result.value.delivery.envelope.dmID).toBe('170272');
    expect(result.value.delivery.dmAcceptanceTime).toBe('2009-11-18T15:18:25.973+01:00');
  });
});
