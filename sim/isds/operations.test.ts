import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageStates, statusFilter, type OutgoingMessage } from '../../common/isds/model';
import { operationNames, type OperationName } from '../../common/isds/operations';
import type { RunningSim } from '../server';
import { DAY_MS } from './clock';
import { envelopeFor } from './seedMessages';
import { answer, ok, type Target } from './testing/client';
import {
  ALL_RECEIVED,
  ALL_SENT,
  TODAY,
  boxOf,
  exchangeRecorder,
  expectSchemaValid,
  passwordTarget,
  startTestSim,
} from './testing/fixture';
import { zfoContent } from './testing/zfo';
import type { SimBox } from './types';

function outgoing(
  recipient: SimBox,
  subject: string,
  files?: OutgoingMessage['files'],
): OutgoingMessage {
  return {
    envelope: { ...envelopeFor(recipient, subject), dmAnnotation: subject },
    dmOVM: true,
    dmPublishOwnID: null,
    dmType: null,
    files: files ?? [
      {
        dmMimeType: 'application/pdf',
        dmFileMetaType: 'main',
        dmFileDescr: 'dopis.pdf',
        content: new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n')),
      },
    ],
  };
}

describe('ISDS operations over HTTP', () => {
  let sim: RunningSim;
  let town: Target;
  const recorder = exchangeRecorder();

  beforeAll(async () => {
    sim = await startTestSim({ onIsdsExchange: recorder.hook });
    town = passwordTarget(sim, 'municipality');
  });
  afterAll(async () => {
    await sim.close();
  });

  it('answers DummyOperation and tells the owner and the password expiry', async () => {
    expect((await answer(town, 'DummyOperation', {})).status.code).toBe('0000');
    const { owner } = await ok(town, 'GetOwnerInfoFromLogin', {});
    expect(owner).toMatchObject({
      dbID: 'hl7q2ab',
      dbType: 'OVM',
      firmName: 'Obec Horní Lhota',
      ic: '99120348',
      dbState: 1,
      dbEffectiveOVM: true,
    });
    const { pswExpDate } = await ok(town, 'GetPasswordInfo', {});
    expect(pswExpDate).toBe(new Date(TODAY.getTime() + 90 * DAY_MS).toISOString());
  });

  it('lists received messages: the listing delivers what waited, by login', async () => {
    const before = sim.isds.messages().filter((m) => m.recipient === 'hl7q2ab');
    const waiting = before.filter((m) => m.state === messageStates.deliveredToBox);
    expect(waiting.length).toBeGreaterThanOrEqual(5);
    const { records } = await ok(town, 'GetListOfReceivedMessages', ALL_RECEIVED);
    expect(records).toHaveLength(before.length);
    expect(records.map((r) => r.dmOrdinal)).toEqual(records.map((_, i) => i + 1));
    for (const id of waiting.map((m) => m.dmID)) {
      const record = records.find((r) => r.envelope.dmID === id);
      expect(record?.dmMessageStatus).toBe(messageStates.deliveredByLogin);
      expect(record?.dmAcceptanceTime).not.toBeNull();
    }
    // The one whose ten days ran out before the login was delivered by fiction.
    expect(records.some((r) => r.dmMessageStatus === messageStates.deliveredByFiction)).toBe(true);
    const pdf = records.find((r) => (r.dmAttachmentSize ?? 0) >= 18);
    expect(pdf?.envelope.dmSender).toBeTruthy();
  });

  it('filters received messages by state, time and page', async () => {
    const fiction = await ok(town, 'GetListOfReceivedMessages', {
      ...ALL_RECEIVED,
      dmStatusFilter: statusFilter([messageStates.deliveredByFiction]),
    });
    expect(fiction.records.length).toBeGreaterThanOrEqual(1);
    expect(fiction.records.every((r) => r.dmMessageStatus === 5)).toBe(true);
    const none = await answer(town, 'GetListOfReceivedMessages', {
      ...ALL_RECEIVED,
      dmStatusFilter: statusFilter([messageStates.infected]),
    });
    expect(none.status.code).toBe('0000');
    expect(none.data.records).toEqual([]);
    const recent = await ok(town, 'GetListOfReceivedMessages', {
      ...ALL_RECEIVED,
      dmFromTime: new Date(TODAY.getTime() - 9 * DAY_MS).toISOString(),
    });
    expect(recent.records.length).toBe(5);
    const page = await ok(town, 'GetListOfReceivedMessages', {
      ...ALL_RECEIVED,
      dmOffset: 2,
      dmLimit: 3,
    });
    expect(page.records.map((r) => r.dmOrdinal)).toEqual([2, 3, 4]);
  });

  it('lists sent messages with their delivery states', async () => {
    const { records } = await ok(town, 'GetListOfSentMessages', ALL_SENT);
    const states = new Set(records.map((r) => r.dmMessageStatus));
    expect(states.has(messageStates.deliveredToBox)).toBe(true);
    expect(states.has(messageStates.deliveredByFiction)).toBe(true);
    expect(records.every((r) => r.envelope.dbIDSender === 'hl7q2ab')).toBe(true);
  });

  it('downloads a received message as a ZFO sealed by the sim, then it is read', async () => {
    const [record] = (await ok(town, 'GetListOfReceivedMessages', ALL_RECEIVED)).records.filter(
      (r) => r.dmMessageStatus === messageStates.deliveredByLogin,
    );
    if (!record) throw new Error('no message to download');
    const { dmSignature } = await ok(town, 'SignedMessageDownload', {
      dmID: record.envelope.dmID,
    });
    if (!dmSignature) throw new Error('no ZFO');
    const content = zfoContent(dmSignature);
    expect(content.kind).toBe('received');
    if (content.kind !== 'received') return;
    expect(content.message.envelope.dmID).toBe(record.envelope.dmID);
    expect(content.message.files[0]?.dmFileMetaType).toBe('main');
    expect(content.message.dmQTimestamp?.length).toBeGreaterThan(100);
    expect(content.message.dmHash.algorithm).toBe('SHA-256');
    const after = sim.isds.messages().find((m) => m.dmID === record.envelope.dmID);
    expect(after?.state).toBe(messageStates.read);
    expect(await ok(town, 'AuthenticateMessage', { dmMessage: dmSignature })).toEqual({
      dmAuthResult: true,
    });
    const tampered = new Uint8Array(dmSignature);
    tampered[tampered.length - 1] = (tampered.at(-1) ?? 0) ^ 0xff;
    expect(await ok(town, 'AuthenticateMessage', { dmMessage: tampered })).toEqual({
      dmAuthResult: false,
    });
  });

  it('refuses downloads of messages that are not the caller’s (1211)', async () => {
    const schoolMessage = sim.isds
      .messages()
      .find((m) => m.recipient === boxOf(sim, 'school').dbID && m.sender !== 'hl7q2ab');
    const sentByTown = sim.isds.messages().find((m) => m.sender === 'hl7q2ab');
    if (!schoolMessage || !sentByTown) throw new Error('seed lacks messages');
    for (const dmID of [schoolMessage.dmID, sentByTown.dmID, '99999999']) {
      const reply = await answer(town, 'SignedMessageDownload', { dmID });
      expect(reply.status.code).toBe('1211');
      expect(reply.data.dmSignature).toBeNull();
    }
    const envelope = await answer(town, 'MessageEnvelopeDownload', { dmID: sentByTown.dmID });
    expect(envelope.status.code).toBe('1211');
    const received = await answer(town, 'SignedSentMessageDownload', {
      dmID: schoolMessage.dmID,
    });
    expect(received.status.code).toBe('1211');
  });

  it('downloads a sent message, an envelope and marks a message as downloaded', async () => {
    const sentByTown = sim.isds.messages().find((m) => m.sender === 'hl7q2ab');
    if (!sentByTown) throw new Error('seed lacks sent messages');
    const { dmSignature } = await ok(town, 'SignedSentMessageDownload', {
      dmID: sentByTown.dmID,
    });
    expect(dmSignature && zfoContent(dmSignature).kind).toBe('sent');

    const target = sim.isds
      .messages()
      .find((m) => m.recipient === 'hl7q2ab' && m.state === messageStates.deliveredByLogin);
    if (!target) throw new Error('no delivered message');
    const { envelope } = await ok(town, 'MessageEnvelopeDownload', { dmID: target.dmID });
    expect(envelope?.envelope.dmAnnotation).toBe(target.envelope.dmAnnotation);
    expect(envelope?.dmMessageStatus).toBe(messageStates.deliveredByLogin);
    expect((await answer(town, 'MarkMessageAsDownloaded', { dmID: target.dmID })).status.code).toBe(
      '0000',
    );
    const { records } = await ok(town, 'GetListOfReceivedMessages', ALL_RECEIVED);
    expect(records.find((r) => r.envelope.dmID === target.dmID)?.dmMessageStatus).toBe(
      messageStates.read,
    );
  });

  it('tells state changes and delivery info of sent messages', async () => {
    const { changes } = await ok(town, 'GetMessageStateChanges', {
      dmFromTime: new Date(TODAY.getTime() - 60 * DAY_MS).toISOString(),
      dmToTime: new Date(TODAY.getTime() + DAY_MS).toISOString(),
    });
    expect(changes.some((c) => c.dmMessageStatus === messageStates.deliveredByFiction)).toBe(true);
    const times = changes.map((c) => Date.parse(c.dmEventTime));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const fiction = sim.isds
      .messages()
      .find((m) => m.sender === 'hl7q2ab' && m.state === messageStates.deliveredByFiction);
    if (!fiction) throw new Error('seed lacks a sent message delivered by fiction');
    const { delivery } = await ok(town, 'GetDeliveryInfo', { dmID: fiction.dmID });
    expect(delivery?.dmEvents.map((e) => e.dmEventDescr?.slice(0, 4))).toEqual([
      'EV0:',
      'EV5:',
      'EV2:',
    ]);
    expect(delivery?.dmAcceptanceTime).toBe(
      new Date((fiction.deliveredAt ?? 0) + 10 * DAY_MS).toISOString(),
    );
    const signed = await ok(town, 'GetSignedDeliveryInfo', { dmID: fiction.dmID });
    expect(signed.dmSignature && zfoContent(signed.dmSignature).kind).toBe('delivery');
    const foreign = await answer(town, 'GetDeliveryInfo', { dmID: '99999999' });
    expect(foreign.status.code).toBe('1211');
  });

  it('creates a message into the recipient’s box with the next ID', async () => {
    const citizen = boxOf(sim, 'citizen');
    const highest = Math.max(...sim.isds.messages().map((m) => Number(m.dmID)));
    const { dmID } = await ok(town, 'CreateMessage', outgoing(citizen, 'Vyrozumění o kácení'));
    expect(dmID).toBe(String(highest + 1));
    const stored = sim.isds.messages().find((m) => m.dmID === dmID);
    expect(stored).toMatchObject({
      sender: 'hl7q2ab',
      recipient: citizen.dbID,
      state: messageStates.deliveredToBox,
    });
    expect(stored?.changes.map((c) => c.state)).toEqual([1, 2, 4]);
    const { records } = await ok(
      passwordTarget(sim, 'citizen'),
      'GetListOfReceivedMessages',
      ALL_RECEIVED,
    );
    expect(records.find((r) => r.envelope.dmID === dmID)?.dmMessageStatus).toBe(
      messageStates.deliveredByLogin,
    );
  });

  it('refuses messages to missing or closed boxes and malformed ones', async () => {
    const citizen = boxOf(sim, 'citizen');
    const nowhere = { ...citizen, dbID: 'zzzzzzz' };
    expect((await answer(town, 'CreateMessage', outgoing(nowhere, 'Test'))).status.code).toBe(
      '5001',
    );
    const closed = await answer(town, 'CreateMessage', outgoing(boxOf(sim, 'closed'), 'Test'));
    expect(closed.status.code).toBe('1214');
    expect(closed.data.dmID).toBeNull();
    const file = {
      dmMimeType: 'application/pdf',
      dmFileMetaType: 'enclosure' as const,
      dmFileDescr: 'priloha.pdf',
      content: new Uint8Array([1, 2, 3]),
    };
    const noMain = await answer(town, 'CreateMessage', outgoing(citizen, 'Test', [file]));
    expect(noMain.status.code).toBe('1216');
    const main = { ...file, dmFileMetaType: 'main' as const };
    const tooMany = Array.from({ length: 101 }, (_, i) => (i === 0 ? main : file));
    expect(
      (await answer(town, 'CreateMessage', outgoing(citizen, 'Test', tooMany))).status.code,
    ).toBe('1216');
  });

  it('finds boxes by ID, IČO and name', async () => {
    const firm = boxOf(sim, 'firm');
    const byIco = await ok(town, 'FindDataBox', { owner: { ic: firm.ic } });
    expect(byIco.results.map((r) => r.dbID)).toEqual([firm.dbID]);
    const byName = await ok(town, 'FindDataBox', { owner: { firmName: 'horni lhota' } });
    expect(byName.results.length).toBeGreaterThanOrEqual(3);
    const missing = await answer(town, 'FindDataBox', { owner: { dbID: 'zzzzzzz' } });
    expect(missing.status.code).toBe('5001');
    const nobody = await answer(town, 'FindDataBox', { owner: { firmName: 'Neexistující' } });
    expect(nobody.status.code).toBe('0002');
    expect(nobody.data.results).toEqual([]);
  });

  it('searches full text with paging', async () => {
    const query = {
      searchText: 'Horní Lhota',
      searchType: 'GENERAL' as const,
      searchScope: 'ALL',
      pageNumber: 0,
      pageSize: 3,
      highlighting: false,
    };
    const first = await ok(town, 'ISDSSearch2', query);
    expect(first.result?.totalCount).toBeGreaterThan(3);
    expect(first.result?.hits).toHaveLength(3);
    expect(first.result?.lastPage).toBe(false);
    const second = await ok(town, 'ISDSSearch2', { ...query, pageNumber: 1 });
    expect(second.result?.position).toBe(3);
    expect(second.result?.hits[0]?.dbID).not.toBe(first.result?.hits[0]?.dbID);
    const ovm = await ok(town, 'ISDSSearch2', {
      ...query,
      searchText: 'úřad',
      searchScope: 'OVM',
      pageSize: 50,
    });
    expect(ovm.result?.hits.every((hit) => hit.dbEffectiveOVM)).toBe(true);
    const exact = await ok(town, 'ISDSSearch2', {
      ...query,
      searchText: 'hl7q2ab',
      searchType: 'DBID',
    });
    expect(exact.result?.hits.map((hit) => hit.dbName)).toEqual(['Obec Horní Lhota']);
  });

  it('checks box states', async () => {
    expect(await ok(town, 'CheckDataBox', { dbID: 'hl7q2ab' })).toEqual({ dbState: 1 });
    expect(await ok(town, 'CheckDataBox', { dbID: boxOf(sim, 'closed').dbID })).toEqual({
      dbState: 4,
    });
    const missing = await answer(town, 'CheckDataBox', { dbID: 'zzzzzzz' });
    expect(missing.status.code).toBe('5001');
  });

  it('answers every operation with XML the ISDS schemas allow', async () => {
    const seen = new Map<string, { op: OperationName; xml: string }>();
    for (const response of recorder.responses) {
      const code = /<(?:\w+:)?d[mb]StatusCode>(\d+)</.exec(response.xml)?.[1] ?? 'fault';
      seen.set(`${response.op}:${code}`, response);
    }
    expect(new Set([...seen.values()].map((r) => r.op))).toEqual(new Set(operationNames));
    for (const { op, xml } of seen.values()) await expectSchemaValid(op, xml);
  }, 60_000);
});
