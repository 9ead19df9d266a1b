import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../../db/schema';
import { configureOffice, openTestDatabase } from '../../db/testing/fixtures';
import { getDataboxMeta } from '../meta';
import { importZfoFile } from '../import/importZfo';
import { boxInfo, FakeIsds, isdsError } from '../testing/fakeIsds';
import { fakeZfoBytes, reportFor, sampleMessage } from '../testing/sampleMessages';
import { receiveMessages, type ReceiveProgress } from './receiveMessages';

const now = new Date('2026-03-02T10:00:00.000Z');
let db: UradovnaDatabase;
let isds: FakeIsds;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  isds = new FakeIsds();
  isds.boxes = [boxInfo(), boxInfo({ key: 'skola', label: 'ZŠ', dbID: 'skl0001' })];
});

afterEach(async () => {
  await db.delete();
});

const run = (options: Parameters<typeof receiveMessages>[2] = {}) =>
  receiveMessages(db, isds.port, { now: () => now, ...options });

describe('receiveMessages', () => {
  it('stores, registers and marks downloaded every new message of every box', async () => {
    const ids = [isds.deliver('obec'), isds.deliver('obec'), isds.deliver('skola')];
    const report = await run();
    expect(report).toMatchObject({ stored: 3, skipped: 0, failed: 0, aborted: false });
    expect(report.boxes.map((box) => [box.boxKey, box.stored])).toEqual([
      ['obec', 2],
      ['skola', 1],
    ]);
    const records = await db.isdsMessages.bulkGet(ids.map((id) => `received:${id}`));
    expect(records.map((record) => record?.boxKey)).toEqual(['obec', 'obec', 'skola']);
    expect(records.every((record) => record?.markedDownloaded && record.documentPid)).toBe(true);
    expect(await db.documents.count()).toBe(3);
    expect([...isds.inbox.values()].flat().every((entry) => entry.downloaded)).toBe(true);
    expect(await getDataboxMeta(db, 'lastReceive', 'obec')).toBe(now.toISOString());
  });

  it('asks 90 days back the first time, then from the last receive less a day', async () => {
    isds.deliver('obec');
    await run({ boxKeys: ['obec'] });
    const later = new Date('2026-03-05T10:00:00.000Z');
    await receiveMessages(db, isds.port, { boxKeys: ['obec'], now: () => later });
    const froms = isds.calls
      .filter((call) => call.method === 'isds.listReceived')
      .map((call) => (call.args as { query: { dmFromTime: string } }).query.dmFromTime);
    expect(froms).toEqual(['2025-12-02T10:00:00.000Z', '2026-03-01T10:00:00.000Z']);
    const filter = (isds.calls[1]?.args as { query: { dmStatusFilter: number } }).query
      .dmStatusFilter;
    expect(filter).toBe((1 << 4) | (1 << 5) | (1 << 6) | (1 << 7));
  });

  it('skips messages stored before without downloading them again', async () => {
    isds.deliver('obec');
    await run({ boxKeys: ['obec'] });
    isds.deliver('obec');
    const second = await run({ boxKeys: ['obec'] });
    expect(second).toMatchObject({ stored: 1, skipped: 1 });
    expect(isds.count('isds.downloadReceived')).toBe(2);
    expect(await db.documents.count()).toBe(2);
  });

  it('replaces an imported file whose seal failed with the message ISDS gives', async () => {
    const dmID = isds.deliver('obec', { envelope: { dmAnnotation: 'Skutečná zpráva' } });
    // A forged file from disk with the real message's dmID, imported before the download.
    const forged = sampleMessage({ envelope: { dmID, dmAnnotation: 'Podvržená zpráva' } });
    const bytes = new Uint8Array([...fakeZfoBytes(dmID), 0x01]);
    const report = reportFor(
      bytes,
      { kind: 'received', message: forged },
      { seal: { valid: false, problem: 'zfo.seal.signatureInvalid' } },
    );
    isds.known.set(report.sha256, report);
    const imported = await importZfoFile(db, isds.port, { name: 'x.zfo', bytes }, { now });
    expect(imported).toMatchObject({ outcome: 'received', pid: null });

    const result = await run({ boxKeys: ['obec'] });

    expect(result).toMatchObject({ stored: 1, failed: 0 });
    const record = await db.isdsMessages.get(`received:${dmID}`);
    expect(record?.envelope.dmAnnotation).toBe('Skutečná zpráva');
    expect(record?.seal?.valid).toBe(true);
    expect(record?.documentPid).toBeTruthy();
    expect(record?.markedDownloaded).toBe(true);
    const blobs = await db.isdsBlobs.where('messageId').equals(`received:${dmID}`).toArray();
    expect(blobs.map((blob) => blob.sha256)).toEqual([record?.zfoSha256]);
    expect(await db.documents.count()).toBe(1);
  });

  it('reports a message that fails to download and goes on with the rest', async () => {
    const [first, second, third] = [isds.deliver(), isds.deliver(), isds.deliver()];
    isds.failWhen('isds.downloadReceived', (args) =>
      (args as { dmID: string }).dmID === second ? isdsError('status', 'Chyba.', '9999') : null,
    );
    const report = await run({ boxKeys: ['obec'] });
    expect(report).toMatchObject({ stored: 2, failed: 1 });
    expect(report.boxes[0]?.failed).toEqual([
      expect.objectContaining({
        dmID: second,
        annotation: 'Žádost o stavební povolení',
        error: expect.objectContaining({ code: 'errors.isds.status', statusCode: '9999' }),
      }),
    ]);
    expect(await db.isdsMessages.get(`received:${first}`)).toBeDefined();
    expect(await db.isdsMessages.get(`received:${third}`)).toBeDefined();
    // The window stays where it was, so the next run tries the failed one again.
    expect(await getDataboxMeta(db, 'lastReceive', 'obec')).toBeUndefined();
    isds.clearFailures();
    const again = await run({ boxKeys: ['obec'] });
    expect(again).toMatchObject({ stored: 1, skipped: 2, failed: 0 });
  });

  it('has main mark each message with its download, in the same call', async () => {
    isds.deliver();
    isds.deliver();
    await run({ boxKeys: ['obec'] });
    const downloads = isds.calls.filter((call) => call.method === 'isds.downloadReceived');
    expect(downloads.map((call) => call.args)).toEqual([
      expect.objectContaining({ markDownloaded: true }),
      expect.objectContaining({ markDownloaded: true }),
    ]);
    // The fake logs main's own marks as calls; none came from the page on its own.
    expect(isds.count('isds.markDownloaded')).toBe(2);
    expect([...isds.inbox.values()].flat().every((entry) => entry.downloaded)).toBe(true);
  });

  it('downloads again a message marked downloaded but never stored (a crash in between)', async () => {
    const ids = Array.from({ length: 10 }, () => isds.deliver());
    const controller = new AbortController();
    const first = await run({
      boxKeys: ['obec'],
      signal: controller.signal,
      onProgress: (event) => {
        if (event.phase === 'downloading' && event.done === 3) controller.abort();
      },
    });
    expect(first.stored).toBe(3);
    const marked = [...isds.inbox.values()].flat().filter((entry) => entry.downloaded);
    const markedNotStored: string[] = [];
    for (const entry of marked)
      if (!(await db.isdsMessages.get(`received:${entry.record.envelope.dmID}`)))
        markedNotStored.push(entry.record.envelope.dmID);
    // The downloads that ran ahead were marked in ISDS, and the run stopped before storing them.
    expect(markedNotStored.length).toBeGreaterThan(0);

    const second = await run({ boxKeys: ['obec'] });
    expect(second).toMatchObject({ stored: 7, skipped: 3, failed: 0 });
    const records = await db.isdsMessages.bulkGet(ids.map((id) => `received:${id}`));
    expect(records.every((record) => record?.documentPid && record.markedDownloaded)).toBe(true);
    expect(await getDataboxMeta(db, 'lastReceive', 'obec')).toBe(now.toISOString());
  });

  it('says it again when marking a message downloaded failed', async () => {
    const dmID = isds.deliver();
    // Main's mark with the download, and the page's own second try right after.
    isds.fail('isds.markDownloaded', isdsError('transport'), 2);
    await run({ boxKeys: ['obec'] });
    expect((await db.isdsMessages.get(`received:${dmID}`))?.markedDownloaded).toBe(false);
    await run({ boxKeys: ['obec'] });
    expect((await db.isdsMessages.get(`received:${dmID}`))?.markedDownloaded).toBe(true);
    expect(isds.count('isds.downloadReceived')).toBe(1);
  });

  it('stops a box whose login is refused and goes on with the next', async () => {
    isds.deliver('obec');
    isds.deliver('skola');
    isds.failWhen('isds.listReceived', (args) =>
      (args as { key: string }).key === 'obec' ? isdsError('auth') : null,
    );
    const report = await run();
    expect(report.boxes[0]).toMatchObject({
      boxKey: 'obec',
      stored: 0,
      error: expect.objectContaining({ code: 'errors.isds.auth', retryable: false }),
    });
    expect(report.boxes[1]).toMatchObject({ boxKey: 'skola', stored: 1, error: null });
  });

  it('gives up on a box after the line failed several times in a row', async () => {
    for (let i = 0; i < 6; i++) isds.deliver();
    isds.failAlways('isds.downloadReceived', isdsError('transport'));
    const report = await run({ boxKeys: ['obec'] });
    expect(report.boxes[0]?.error?.kind).toBe('transport');
    expect(report.boxes[0]?.failed).toHaveLength(3);
    expect(await db.isdsMessages.count()).toBe(0);
  });

  it('tells its progress, ending with everything done', async () => {
    for (let i = 0; i < 5; i++) isds.deliver();
    const events: ReceiveProgress[] = [];
    await run({ boxKeys: ['obec'], onProgress: (event) => events.push(event) });
    expect(events[0]).toMatchObject({ phase: 'listing' });
    const downloading = events.filter((event) => event.phase === 'downloading');
    expect(downloading.map((event) => event.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(events.at(-1)).toMatchObject({ phase: 'done', done: 5, total: 5 });
  });

  it('stops when cancelled and keeps what was stored', async () => {
    for (let i = 0; i < 10; i++) isds.deliver();
    const controller = new AbortController();
    const report = await run({
      boxKeys: ['obec'],
      signal: controller.signal,
      onProgress: (event) => {
        if (event.phase === 'downloading' && event.done === 3) controller.abort();
      },
    });
    expect(report.aborted).toBe(true);
    expect(report.stored).toBe(3);
    expect(await db.isdsMessages.count()).toBe(3);
    expect(await getDataboxMeta(db, 'lastReceive', 'obec')).toBeUndefined();
  });
});
