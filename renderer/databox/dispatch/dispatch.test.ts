import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../../db/schema';
import { configureOffice, openTestDatabase, snapshot } from '../../db/testing/fixtures';
import { refusal } from '../../db/testing/commandTest';
import { verifyTxLog } from '../../db/txlog/verify';
import { pushOutbox } from '../../sync/push/pushOutbox';
import type { EsslPort } from '../../sync/esslPort';
import { FakeIsds, isdsError } from '../testing/fakeIsds';
import { ownLetter } from '../testing/ownDocument';
import { discardDispatch, retryDispatch } from './dispatchActions';
import { queueDispatch } from './queueDispatch';
import { sendEntries, sendPayloadOf } from './sendEntry';
import { sendQueued } from './sendQueued';

const now = new Date('2026-03-02T10:00:00.000Z');
let db: UradovnaDatabase;
let isds: FakeIsds;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  isds = new FakeIsds();
});

afterEach(async () => {
  await db.delete();
});

const send = () => sendQueued(db, isds.port, { now: () => now });

describe('queueDispatch', () => {
  it('stores the queued message, its outbox entry and a log entry in one go', async () => {
    const letter = await ownLetter(db, now);
    const { messageId, outboxId } = await queueDispatch(db, letter, { now });

    expect(messageId).toMatch(/^sent:local-[0-9a-f-]{36}$/);
    const record = await db.isdsMessages.get(messageId);
    expect(record).toMatchObject({
      dmID: null,
      direction: 'sent',
      boxKey: 'obec',
      state: 0,
      documentPid: letter.pid,
      dispatch: { state: 'queued', outboxId, failure: null },
    });
    expect(record?.files.map((file) => [file.name, file.metaType, file.componentId])).toEqual([
      ['rozhodnuti.pdf', 'main', letter.fileComponentIds[0]],
      ['situace.png', 'enclosure', letter.fileComponentIds[1]],
    ]);
    const [entry] = await sendEntries(db);
    expect(entry).toMatchObject({ id: outboxId, kind: 'isds.send', entityId: messageId });
    expect(sendPayloadOf(entry!)).toMatchObject({
      boxKey: 'obec',
      documentPid: letter.pid,
      componentIds: letter.fileComponentIds,
      envelope: {
        dbIDRecipient: 'cit7777',
        dmAnnotation: 'Rozhodnutí o povolení',
        dmSenderRefNumber: letter.referenceNumber,
      },
      options: { dmOVM: true },
      attemptedAt: null,
    });
    const log = await db.txlog.orderBy('seq').last();
    expect(log).toMatchObject({
      event: 'Uprava',
      entityId: letter.pid,
      detail: { databox: 'dispatchQueued', messageId },
    });
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('refuses with issues and stores nothing when the envelope or the files are wrong', async () => {
    const letter = await ownLetter(db, now);
    const before = await snapshot(db);
    const error = await refusal(
      queueDispatch(
        db,
        {
          ...letter,
          envelope: { dbIDRecipient: 'kratke', dmAnnotation: '' },
          fileComponentIds: ['nonexistent'],
        },
        { now },
      ),
    );
    expect(error.code).toBe('errors.validation');
    expect(error.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining(['validation.dispatch.fileMissing', 'validation.isds.boxId']),
    );
    expect(error.issues.some((issue) => issue.path === 'envelope.dmAnnotation')).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('names the ISDS limit a message breaks', async () => {
    const letter = await ownLetter(db, now);
    await db.components.update(letter.fileComponentIds[1]!, { size: 21 * 1024 * 1024 });
    const error = await refusal(queueDispatch(db, letter, { now }));
    expect(error.issues).toEqual([
      expect.objectContaining({ path: 'files', message: 'isds.limits.tooLarge' }),
    ]);
    expect(await db.isdsMessages.count()).toBe(0);
  });

  it('is left alone by the eSSL push', async () => {
    const letter = await ownLetter(db, now);
    await queueDispatch(db, letter, { now });
    const failing = new Proxy({} as EsslPort, {
      get: () => async () => {
        throw new Error('the eSSL is not asked in this test');
      },
    });
    // The registration's own entries fail to go out; the data message's entry is not touched.
    await pushOutbox(db, failing).catch(() => undefined);
    expect(await sendEntries(db)).toHaveLength(1);
    await db.outbox.where('kind').notEqual('isds.send').delete();
    const report = await pushOutbox(db, failing);
    expect(report).toEqual({ sent: 0, refused: 0, waiting: 0, corrections: [] });
    expect(await sendEntries(db)).toHaveLength(1);
  });
});

describe('sendQueued', () => {
  it('sends the files in order and stores the dmID, once', async () => {
    const letter = await ownLetter(db, now);
    const { messageId } = await queueDispatch(db, letter, { now });
    const report = await send();
    expect(report.sent).toEqual([
      expect.objectContaining({ messageId, adopted: false, documentPid: letter.pid }),
    ]);
    expect(isds.sent).toHaveLength(1);
    const sent = isds.sent[0]!;
    expect(sent.message.files.map((file) => [file.dmFileDescr, file.dmFileMetaType])).toEqual([
      ['rozhodnuti.pdf', 'main'],
      ['situace.png', 'enclosure'],
    ]);
    expect(sent.message.envelope.dmSenderRefNumber).toBe(letter.referenceNumber);
    expect(await db.isdsMessages.get(messageId)).toMatchObject({
      id: messageId,
      dmID: sent.dmID,
      state: 1,
      dispatch: { state: 'sent' },
    });
    expect(await db.isdsMessages.where('dmID').equals(sent.dmID).count()).toBe(1);
    expect(await sendEntries(db)).toHaveLength(0);
    expect((await db.txlog.orderBy('seq').last())?.detail).toMatchObject({
      databox: 'dispatched',
      dmID: sent.dmID,
    });
    expect((await send()).sent).toHaveLength(0);
    expect(isds.sent).toHaveLength(1);
  });

  it('sends a run of letters with one read-write transaction each, all acknowledged and logged', async () => {
    const queued: string[] = [];
    for (let index = 0; index < 4; index++) {
      const letter = await ownLetter(db, now);
      queued.push((await queueDispatch(db, letter, { now })).messageId);
    }
    const logBefore = await db.txlog.count();
    const transaction = db.transaction.bind(db);
    let writes = 0;
    db.transaction = ((mode: string, ...rest: unknown[]) => {
      if (mode === 'rw') writes += 1;
      return (transaction as (...args: unknown[]) => unknown)(mode, ...rest);
    }) as typeof db.transaction;

    const report = await send();

    // Each attempt carries the previous letter's acknowledgement; the last one its own.
    expect(writes).toBe(queued.length + 1);
    expect(report.sent.map((sent) => sent.messageId)).toEqual(queued);
    const records = await db.isdsMessages.bulkGet(queued);
    expect(records.map((record) => record?.dmID)).toEqual(isds.sent.map((sent) => sent.dmID));
    expect(records.every((record) => record?.dispatch?.state === 'sent')).toBe(true);
    expect(await sendEntries(db)).toHaveLength(0);
    const logged = await db.txlog.where('seq').above(logBefore).toArray();
    expect(logged.map((entry) => entry.detail)).toEqual(
      isds.sent.map((sent, index) =>
        expect.objectContaining({
          databox: 'dispatched',
          messageId: queued[index],
          dmID: sent.dmID,
        }),
      ),
    );
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('writes the acknowledgements made so far when a later letter cannot go', async () => {
    const first = await queueDispatch(db, await ownLetter(db, now), { now });
    const second = await queueDispatch(db, await ownLetter(db, now), { now });
    // The first letter goes; the second meets a refused login (the count includes the call).
    isds.failWhen('isds.send', () => (isds.count('isds.send') === 2 ? isdsError('auth') : null));
    const report = await send();
    expect(report.sent.map((sent) => sent.messageId)).toEqual([first.messageId]);
    expect(report.waiting).toBe(1);
    expect((await db.isdsMessages.get(first.messageId))?.dmID).toBe(isds.sent[0]?.dmID);
    expect((await db.isdsMessages.get(second.messageId))?.dmID).toBeNull();
    expect((await sendEntries(db)).map((entry) => entry.entityId)).toEqual([second.messageId]);
  });

  it('keeps a message queued while there is no line, and sends it later', async () => {
    const letter = await ownLetter(db, now);
    const { messageId } = await queueDispatch(db, letter, { now });
    isds.fail('isds.send', isdsError('transport'));
    const offline = await send();
    expect(offline).toMatchObject({ sent: [], waiting: 1 });
    expect(offline.boxErrors.obec?.kind).toBe('transport');
    expect((await db.isdsMessages.get(messageId))?.dispatch).toMatchObject({
      state: 'queued',
      failure: { code: 'errors.isds.transport' },
    });
    const online = await send();
    expect(online.sent).toHaveLength(1);
    expect(isds.sent).toHaveLength(1);
  });

  it('adopts the message ISDS created when the answer was lost, instead of sending twice', async () => {
    const letter = await ownLetter(db, now);
    const { messageId } = await queueDispatch(db, letter, { now });
    isds.loseSendAnswers = 1;
    expect((await send()).waiting).toBe(1);
    expect(isds.sent).toHaveLength(1);
    const [entry] = await sendEntries(db);
    expect(sendPayloadOf(entry!).attemptedAt).toBe(now.toISOString());

    const retry = await send();
    expect(retry.sent).toEqual([expect.objectContaining({ adopted: true })]);
    expect(isds.sent).toHaveLength(1);
    expect(isds.count('isds.send')).toBe(1);
    expect((await db.isdsMessages.get(messageId))?.dmID).toBe(isds.sent[0]?.dmID);
  });

  it('sends again when the lost attempt never reached ISDS', async () => {
    const letter = await ownLetter(db, now);
    await queueDispatch(db, letter, { now });
    isds.fail('isds.send', isdsError('transport'));
    await send();
    expect(isds.sent).toHaveLength(0);
    const retry = await send();
    expect(retry.sent).toEqual([expect.objectContaining({ adopted: false })]);
    expect(isds.sent).toHaveLength(1);
  });

  it('does not adopt a message another record already holds (the same letter sent twice)', async () => {
    const letter = await ownLetter(db, now);
    await queueDispatch(db, letter, { now });
    await send();
    await queueDispatch(db, letter, { now });
    isds.loseSendAnswers = 0;
    isds.fail('isds.send', isdsError('transport'));
    await send();
    const retry = await send();
    expect(retry.sent).toEqual([expect.objectContaining({ adopted: false })]);
    expect(isds.sent).toHaveLength(2);
    expect(new Set(isds.sent.map((sent) => sent.dmID)).size).toBe(2);
  });

  it('marks a refused message failed for the clerk; retry sends it, discard drops it', async () => {
    const letter = await ownLetter(db, now);
    const { messageId } = await queueDispatch(db, letter, { now });
    isds.fail('isds.send', isdsError('status', 'Schránka adresáta je znepřístupněna.', '1216'));
    const report = await send();
    expect(report.refused).toEqual([
      { messageId, error: expect.objectContaining({ statusCode: '1216' }) },
    ]);
    expect((await db.isdsMessages.get(messageId))?.dispatch).toMatchObject({
      state: 'failed',
      failure: { code: 'errors.isds.status', message: 'Schránka adresáta je znepřístupněna.' },
    });
    const [entry] = await sendEntries(db);
    expect(entry?.state).toBe('failed');
    // A failed entry waits: the next run does not send it by itself.
    expect((await send()).sent).toHaveLength(0);

    await retryDispatch(db, messageId, now);
    expect((await send()).sent).toHaveLength(1);
    expect(isds.sent).toHaveLength(1);

    const second = await queueDispatch(db, letter, { now });
    isds.fail('isds.send', isdsError('status', 'Ne.', '1216'));
    await send();
    await discardDispatch(db, second.messageId, 'Adresát má novou schránku.', now);
    expect(await db.isdsMessages.get(second.messageId)).toBeUndefined();
    expect(await sendEntries(db)).toHaveLength(0);
    expect((await db.txlog.orderBy('seq').last())?.detail).toMatchObject({
      databox: 'dispatchDiscarded',
      reason: 'Adresát má novou schránku.',
    });
  });

  it('holds a message whose reference number is still provisional', async () => {
    const letter = await ownLetter(db, now);
    await queueDispatch(db, letter, { now });
    await db.documents.update(letter.pid, { numberStatus: 'provisional' });
    expect(await send()).toMatchObject({ sent: [], waiting: 1 });
    expect(isds.count('isds.send')).toBe(0);
    await db.documents.update(letter.pid, {
      numberStatus: 'reserved',
      referenceNumber: 'OUHL 7/2026',
    });
    await send();
    expect(isds.sent[0]?.message.envelope.dmSenderRefNumber).toBe('OUHL 7/2026');
  });
});
