import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isValidPid } from '../../../common/domain/pid';
import { incomingInput, ownInput } from '../../../common/domain/testing/sampleDocuments';
import {
  minimalJpeg,
  minimalPdf,
  minimalPng,
  windowsExecutable,
} from '../../../common/domain/testing/sampleFiles';
import { CommandError } from '../errors';
import type { UradovnaDatabase } from '../schema';
import { configureOffice, openTestDatabase, snapshot, testUser } from '../testing/fixtures';
import { verifyTxLog } from '../txlog/verify';
import { registerDocument } from './registerDocument';

const now = new Date('2026-03-02T10:00:00.000Z');

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function refusal(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}

let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('registerDocument — numbering', () => {
  it('gives consecutive reference numbers and valid, distinct PIDs', async () => {
    const results = [];
    for (let i = 0; i < 3; i++)
      results.push(await registerDocument(db, incomingInput(), [], { now }));
    expect(results.map((result) => result.referenceNumber)).toEqual([
      'OUHL 1/2026',
      'OUHL 2/2026',
      'OUHL 3/2026',
    ]);
    for (const { pid } of results) expect(isValidPid(pid, 'OUHL')).toBe(true);
    expect(new Set(results.map((result) => result.pid)).size).toBe(3);
    expect(await db.sequences.get(2026)).toEqual({ year: 2026, last: 3 });

    const rows = await db.documents.orderBy('journalOrder').toArray();
    expect(rows.map((row) => [row.pid, row.sequence, row.journalOrder])).toEqual(
      results.map((result, i) => [result.pid, i + 1, 2026_000_000 + i + 1]),
    );
  });

  it('numbers own and incoming documents in one sequence', async () => {
    const first = await registerDocument(db, incomingInput(), [], { now });
    const second = await registerDocument(db, ownInput(), [], { now });
    expect([first.referenceNumber, second.referenceNumber]).toEqual(['OUHL 1/2026', 'OUHL 2/2026']);
    expect((await db.documents.get(second.pid))?.direction).toBe('own');
  });

  it('starts again at 1 when the year turns in office time', async () => {
    const evening = new Date('2026-12-31T22:30:00Z'); // 23:30 in Prague
    const afterMidnight = new Date('2026-12-31T23:30:00Z'); // 0:30 on 1 January in Prague
    const receivedAt = '2026-12-31T21:00:00Z';
    expect(
      (await registerDocument(db, incomingInput({ receivedAt }), [], { now: evening }))
        .referenceNumber,
    ).toBe('OUHL 1/2026');
    expect(
      (await registerDocument(db, incomingInput({ receivedAt }), [], { now: evening }))
        .referenceNumber,
    ).toBe('OUHL 2/2026');
    const next = await registerDocument(db, incomingInput({ receivedAt }), [], {
      now: afterMidnight,
    });
    expect(next.referenceNumber).toBe('OUHL 1/2027');
    expect(await db.sequences.toArray()).toEqual([
      { year: 2026, last: 2 },
      { year: 2027, last: 1 },
    ]);
    // The letter keeps its own date; the number follows the registration.
    expect((await db.documents.get(next.pid))?.documentDate).toBe('2026-12-31T21:00:00.000Z');
  });

  it('uses the configured mask', async () => {
    await db.settings.update('organization', {
      value: {
        ...((await db.settings.get('organization'))?.value as object),
        referenceMask: '{abbr}-{seq:4}/{yy}',
      },
    });
    expect((await registerDocument(db, incomingInput(), [], { now })).referenceNumber).toBe(
      'OUHL-0001/26',
    );
  });
});

describe('registerDocument — what it writes', () => {
  it('stores the row with its words, and queues it and its files with unique ids', async () => {
    const files = [
      { name: 'dopis.pdf', bytes: minimalPdf() },
      { name: 'příloha.png', bytes: minimalPng() },
    ];
    const result = await registerDocument(
      db,
      incomingInput({ subject: 'Stavební řízení' }),
      files,
      { now },
    );

    const row = await db.documents.get(result.pid);
    expect(row).toMatchObject({
      referenceNumber: 'OUHL 1/2026',
      registeredAt: now.toISOString(),
      createdBy: testUser,
      componentCount: 2,
      retention: { mark: 'A', period: 10 },
      state: 'registered',
    });
    expect(row?.words).toEqual(expect.arrayContaining(['stavebni', 'rizeni', 'ouhl', '1', '2026']));

    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((entry) => entry.kind)).toEqual([
      'document.register',
      'component.add',
      'component.add',
    ]);
    expect(outbox[0]).toMatchObject({
      entityId: result.pid,
      attempts: 0,
      lastError: null,
      createdAt: now.toISOString(),
    });
    expect(outbox[0]?.payload).toMatchObject({ pid: result.pid, referenceNumber: 'OUHL 1/2026' });
    expect(outbox[0]?.payload).not.toHaveProperty('words');
    const ids = outbox.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const components = await db.components.where('pid').equals(result.pid).toArray();
    expect(
      outbox
        .slice(1)
        .map((entry) => entry.entityId)
        .sort(),
    ).toEqual(components.map((c) => c.id).sort());
  });

  it('stores files as Blobs with their hash, type and safe name', async () => {
    const pdf = minimalPdf();
    const jpeg = minimalJpeg();
    const result = await registerDocument(
      db,
      incomingInput(),
      [
        { name: '../../evil.pdf', bytes: pdf },
        { name: 'sken', bytes: jpeg },
      ],
      { now },
    );
    expect(result.renamedFiles).toEqual([
      ['../../evil.pdf', 'evil.pdf'],
      ['sken', 'sken.jpg'],
    ]);

    const components = await db.components.where('pid').equals(result.pid).toArray();
    const byName = new Map(components.map((component) => [component.name, component]));
    const evil = byName.get('evil.pdf');
    expect(evil).toMatchObject({
      originalName: '../../evil.pdf',
      mime: 'application/pdf',
      size: pdf.byteLength,
      sha256: await sha256Hex(pdf),
      addedAt: now.toISOString(),
    });
    expect(byName.get('sken.jpg')).toMatchObject({
      mime: 'image/jpeg',
      sha256: await sha256Hex(jpeg),
    });
    expect(evil?.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await evil!.blob.arrayBuffer())).toEqual(pdf);
  });

  it('reports no renamed files when every name was safe', async () => {
    const result = await registerDocument(
      db,
      incomingInput(),
      [{ name: 'dopis.pdf', bytes: minimalPdf() }],
      { now },
    );
    expect(result.renamedFiles).toEqual([]);
  });

  it('logs Zalozeni for the document and each file, in a valid chain', async () => {
    const first = await registerDocument(
      db,
      incomingInput(),
      [{ name: 'a.pdf', bytes: minimalPdf() }],
      { now },
    );
    const second = await registerDocument(db, ownInput(), [], { now });
    const log = await db.txlog.orderBy('seq').toArray();
    expect(log.map((entry) => [entry.seq, entry.event, entry.entityType])).toEqual([
      [1, 'Zalozeni', 'document'],
      [2, 'Zalozeni', 'component'],
      [3, 'Zalozeni', 'document'],
    ]);
    expect(log[0]).toMatchObject({
      entityId: first.pid,
      actor: testUser,
      at: now.toISOString(),
      detail: { referenceNumber: 'OUHL 1/2026', direction: 'incoming' },
    });
    expect(log[1]?.detail).toMatchObject({ pid: first.pid, name: 'a.pdf' });
    expect(log[2]?.entityId).toBe(second.pid);
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 3 });
  });

  it('keeps HTML in the subject as text', async () => {
    const subject = '<img src=x onerror=alert(1)>Žádost';
    const { pid } = await registerDocument(db, incomingInput({ subject }), [], { now });
    expect((await db.documents.get(pid))?.subject).toBe(subject);
  });
});

describe('registerDocument — refusals write nothing', () => {
  it('refuses invalid input and burns no number', async () => {
    const before = await snapshot(db);
    const error = await refusal(
      registerDocument(
        db,
        incomingInput({ subject: '', sheets: -1 }),
        [{ name: 'a.pdf', bytes: minimalPdf() }],
        {
          now,
        },
      ),
    );
    expect(error.code).toBe('errors.validation');
    expect(error.issues.map((issue) => issue.message).sort()).toEqual([
      'validation.sheets.negative',
      'validation.subject.required',
    ]);
    expect(await snapshot(db)).toEqual(before);

    expect((await registerDocument(db, incomingInput(), [], { now })).referenceNumber).toBe(
      'OUHL 1/2026',
    );
  });

  it('refuses a receipt time in the future', async () => {
    const before = await snapshot(db);
    const error = await refusal(
      registerDocument(db, incomingInput({ receivedAt: '2026-03-02T10:00:05Z' }), [], { now }),
    );
    expect(error.issues).toEqual([{ path: 'receivedAt', message: 'validation.receivedAt.future' }]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses bad files before anything is written', async () => {
    await registerDocument(db, incomingInput(), [], { now });
    const before = await snapshot(db);
    const error = await refusal(
      registerDocument(
        db,
        incomingInput(),
        [
          { name: 'dopis.pdf', bytes: minimalPdf() },
          { name: 'faktura.pdf', bytes: windowsExecutable() },
          { name: 'prazdny.png', bytes: new Uint8Array(0) },
        ],
        { now },
      ),
    );
    expect(error.code).toBe('errors.validation');
    expect(error.issues).toEqual([
      expect.objectContaining({
        message: 'validation.file.contentMismatch',
        params: expect.objectContaining({
          name: 'faktura.pdf',
          detected: 'spustitelný program (Windows EXE)',
        }),
      }),
      expect.objectContaining({
        message: 'validation.file.empty',
        params: { name: 'prazdny.png' },
      }),
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a file over the limit', async () => {
    const big = new Uint8Array(60 * 1024 * 1024);
    big.set(minimalPdf());
    const error = await refusal(
      registerDocument(db, incomingInput(), [{ name: 'velky.pdf', bytes: big }], { now }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        message: 'validation.file.tooLarge',
        params: expect.objectContaining({ limit: 50 }),
      }),
    ]);
    expect(await db.components.count()).toBe(0);
  });

  it('refuses to register before the office is configured', async () => {
    await db.settings.clear();
    const before = await snapshot(db);
    expect((await refusal(registerDocument(db, incomingInput(), [], { now }))).code).toBe(
      'errors.notConfigured',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('registerDocument — a full disk', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  /** One registration succeeds, then `arm` breaks the disk and the next must leave no trace. */
  async function expectQuotaRefusal(arm: () => void): Promise<void> {
    await registerDocument(db, incomingInput(), [], { now });
    arm();
    const before = await snapshot(db);
    const error = await refusal(
      registerDocument(db, incomingInput(), [{ name: 'sken.pdf', bytes: minimalPdf() }], { now }),
    );
    expect(error.code).toBe('errors.quotaExceeded');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  }

  it('says so when storing the files fails, and leaves no trace', async () => {
    await expectQuotaRefusal(() => vi.spyOn(db.components, 'bulkAdd').mockRejectedValue(quota()));
  });

  it('says so when the last write of the transaction fails', async () => {
    await expectQuotaRefusal(() => vi.spyOn(db.txlog, 'bulkAdd').mockRejectedValue(quota()));
  });

  it('says so when IndexedDB itself refuses a row', async () => {
    let armed = false;
    db.components.hook('creating', () => {
      if (armed) throw quota();
    });
    await registerDocument(db, incomingInput(), [{ name: 'a.pdf', bytes: minimalPdf() }], { now });
    armed = true;
    const before = await snapshot(db);
    const error = await refusal(
      registerDocument(db, incomingInput(), [{ name: 'b.pdf', bytes: minimalPdf() }], { now }),
    );
    expect(error.code).toBe('errors.quotaExceeded');
    expect(await snapshot(db)).toEqual(before);
    armed = false;
    expect((await registerDocument(db, incomingInput(), [], { now })).referenceNumber).toBe(
      'OUHL 2/2026',
    );
  });
});
