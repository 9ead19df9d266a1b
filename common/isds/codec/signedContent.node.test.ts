import { describe, expect, it } from 'vitest';
import type { DeliveryInfo, ReturnedMessage, SignedContent } from '../model';
import { fixtureText, zfoContent } from './fixtures.node';
import { decodeSignedContent, encodeSignedContent } from './index';

function decoded(xml: string): SignedContent {
  const result = decodeSignedContent(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result.value;
}

function message(content: SignedContent, kind: 'received' | 'sent'): ReturnedMessage {
  if (content.kind !== kind) throw new Error(`expected ${kind}, got ${content.kind}`);
  return content.message;
}

function delivery(content: SignedContent): DeliveryInfo {
  if (content.kind !== 'delivery') throw new Error(`expected delivery, got ${content.kind}`);
  return content.delivery;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('decodeSignedContent on real ZFOs', () => {
  it('a received message (received_message-330141.zfo)', () => {
    const xml = zfoContent('received_message-330141.zfo');
    expect(xml).toBe(fixtureText('received_signed_message-330141.xml'));
    const m = message(decoded(xml), 'received');
    expect(m.envelope).toMatchObject({
      dmID: '330141',
      dbIDSender: '9nqab6b',
      dmSender: 'Místní úřad Krempachy',
      dmSenderAddress: 'Vojenská 5, 42205 Krempachy, CZ',
      dmSenderType: 10,
      dmRecipient: 'isds_tester_tri Testovič - Tester Testovič',
      dbIDRecipient: 'ga2dqwf',
      dmAmbiguousRecipient: false,
      dmSenderOrgUnit: null,
      dmSenderOrgUnitNum: null,
      dmAnnotation: 'Vaše datová zpráva byla přijata',
      dmSenderRefNumber: 'AB-73792',
      dmSenderIdent: 'ZN-135',
      dmLegalTitleLaw: null,
      dmPersonalDelivery: false,
      dmAllowSubstDelivery: false,
    });
    expect(m.files).toHaveLength(1);
    const [pdf] = m.files;
    expect(pdf).toMatchObject({
      dmFileDescr: 'odpoved_OVM.pdf',
      dmFileMetaType: 'main',
      dmMimeType: 'pdf',
      dmFileGuid: null,
      dmFormat: null,
      xml: false,
    });
    expect(text(pdf?.content.subarray(0, 5) ?? new Uint8Array())).toBe('%PDF-');
    expect(m.dmHash).toEqual({ algorithm: 'SHA-1', value: 'YkUMmRGusWLQH/HlJ3M2sg/LUfo=' });
    // An RFC 3161 token is a DER SEQUENCE.
    expect(m.dmQTimestamp?.[0]).toBe(0x30);
    expect(m).toMatchObject({
      dmDeliveryTime: '2010-04-15T20:29:55.708+02:00',
      dmAcceptanceTime: '2010-04-15T20:29:58.949+02:00',
      dmMessageStatus: 6,
      dmAttachmentSize: 260,
      dmType: null,
    });
  });

  it('a sent message (signed_sent_message-151874.zfo)', () => {
    const m = message(decoded(zfoContent('signed_sent_message-151874.zfo')), 'sent');
    expect(m.envelope.dmID).toBe('151874');
    expect(m.envelope.dbIDSender).toBe('mw7dqvw');
    expect(m.files.length).toBeGreaterThan(0);
  });

  it('a sent message with XML files (signed_sent_xml_message-376701.zfo)', () => {
    const xml = zfoContent('signed_sent_xml_message-376701.zfo');
    expect(xml).toBe(fixtureText('signed_sent_xml_message-376701.xml'));
    const m = message(decoded(xml), 'sent');
    expect(m.envelope).toMatchObject({
      dmID: '376701',
      dmAnnotation: 'XML documents',
      dmSenderOrgUnitNum: 42,
    });
    expect(m.dmHash.algorithm).toBe('SHA-256');
    expect(m.dmAcceptanceTime).toBeNull();
    expect(m.dmMessageStatus).toBe(4);
    expect(m.files.map((file) => [file.dmFileMetaType, file.xml])).toEqual([
      ['main', true],
      ['enclosure', true],
      ['enclosure', true],
      ['enclosure', true],
      ['enclosure', true],
      ['enclosure', true],
    ]);
    const contents = m.files.map((file) => text(file.content));
    expect(contents[0]).toMatch(/^<root xmlns:ns="urn:local">\s*<p>Text1<\/p>/);
    expect(contents[0]).toContain('<ns:space>žluťoučký</ns:space>');
    expect(contents[1]).toBe('<p>Text1</p>');
    expect(contents[3]).toBe('Text1');
  });

  it('a delivery info (signed_delivered-DD_170272.zfo)', () => {
    const xml = zfoContent('signed_delivered-DD_170272.zfo');
    expect(xml).toBe(fixtureText('signed_delivered-DD_170272.xml'));
    const d = delivery(decoded(xml));
    expect(d.envelope).toMatchObject({
      dmID: '170272',
      dbIDSender: 'mw7dqvw',
      dmRecipient: 'Místní úřad Frumburk',
      dbIDRecipient: 'vqbab52',
      dmSenderOrgUnitNum: 42,
      dmRecipientOrgUnitNum: 0,
    });
    expect(d.envelope.dmAnnotation).toBe('a'.repeat(102));
    expect(d.dmHash).toEqual({ algorithm: 'SHA-1', value: 'Sz4v5rqG7UBpYTNPumJYr720nLs=' });
    expect(d.dmDeliveryTime).toBe('2009-11-18T15:18:12.965+01:00');
    expect(d.dmEvents).toEqual([
      {
        dmEventTime: '2009-11-18T15:18:25.973+01:00',
        dmEventDescr: 'EV1: Doručeno přihlášením oprávněné osoby nebo aplikace (§17 odst. 3)',
      },
    ]);
  });

  it('the sent message body sent_message-206720.xml', () => {
    const m = message(decoded(fixtureText('sent_message-206720.xml')), 'sent');
    expect(m.envelope.dmAnnotation).toBe('Óda_na_příliš_žluťoučkého_koně');
    expect(m.files.map((file) => [file.dmFileDescr, text(file.content)])).toEqual([
      ['ahoj.txt', 'Vanoce jsou svatky klidu'],
      ['Óda_na_příliš_žluťoučkého_koně.txt', 'Příliš žluťoučký kůň úpěl ďábelské ódy.'],
    ]);
  });
});

describe('encodeSignedContent', () => {
  it.each([
    'received_message-330141.zfo',
    'signed_sent_message-151874.zfo',
    'signed_sent_xml_message-376701.zfo',
    'signed_delivered-DD_170272.zfo',
  ])('writes %s content back so that it decodes to the same values', (name) => {
    const first = decoded(zfoContent(name));
    const again = decoded(encodeSignedContent(first));
    expect(again).toEqual(first);
  });

  it('keeps the kind in the root namespace', () => {
    const sent = decoded(fixtureText('sent_message-206720.xml'));
    expect(encodeSignedContent(sent)).toContain(
      'xmlns:q="http://isds.czechpoint.cz/v20/SentMessage"',
    );
    const received = { ...sent, kind: 'received' } as SignedContent;
    expect(encodeSignedContent(received)).toContain(
      'xmlns:q="http://isds.czechpoint.cz/v20/message"',
    );
  });
});

describe('decodeSignedContent refuses', () => {
  it('a DOCTYPE (never expanded) as malformed', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><q:MessageDownloadResponse xmlns:q="http://isds.czechpoint.cz/v20/message">&lol2;</q:MessageDownloadResponse>`;
    const result = decodeSignedContent(bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure.kind).toBe('malformed');
  });

  it('a root in the SOAP namespace v20 as invalid (that is not signed content)', () => {
    const result = decodeSignedContent(fixtureText('received_message-151916.xml'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure.kind).toBe('invalid');
  });

  it('a missing dmHash as invalid', () => {
    const xml = fixtureText('sent_message-206720.xml').replace(/<q:dmHash[\s\S]*?<\/q:dmHash>/, '');
    const result = decodeSignedContent(xml);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.failure).toMatchObject({
        kind: 'invalid',
        detail: expect.stringContaining('dmHash'),
      });
  });
});
