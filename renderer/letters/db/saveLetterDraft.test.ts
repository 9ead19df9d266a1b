import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { incomingInput } from '../../../common/domain/testing/sampleDocuments';
import { LETTER_LIMITS } from '../../../common/letters/model';
import { registerDocument } from '../../db/commands/registerDocument';
import { refusal } from '../../db/testing/commandTest';
import { configureOffice, openTestDatabase, snapshot, testUser } from '../../db/testing/fixtures';
import type { UradovnaDatabase } from '../../db/schema';
import { verifyTxLog } from '../../db/txlog/verify';
import { errorText } from '../../i18n';
import { registerOwn, sampleContent, sampleRendered } from '../testing/fixtures';
import { letterTestT } from '../testing/letterI18n';
import { letterIssueDisplay } from '../ui/letterErrorText';
import { saveLetterDraft, type SaveLetterDraftInput } from './saveLetterDraft';

const NOW = new Date('2026-03-10T09:00:00.000Z');
const LATER = new Date('2026-03-10T10:00:00.000Z');

let db: UradovnaDatabase;
let t: TFunction;
let pid: string;

beforeAll(async () => {
  t = await letterTestT();
});

beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
  await configureOffice(db);
  ({ pid } = await registerOwn(db, NOW));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const input = (overrides: Partial<SaveLetterDraftInput> = {}): SaveLetterDraftInput => ({
  pid,
  templateId: 'obec-dopis',
  content: sampleContent(),
  rendered: sampleRendered(),
  ...overrides,
});

describe('saveLetterDraft', () => {
  it('creates the letter with its rendering, logs Uprava of the document and queues letter.draft', async () => {
    const rendered = sampleRendered();
    const result = await saveLetterDraft(db, input({ rendered }), NOW);
    expect(result.created).toBe(true);

    const letter = await db.letters.get(result.letterId);
    expect(letter).toMatchObject({
      pid,
      source: 'template',
      templateId: 'obec-dopis',
      content: sampleContent(),
      state: 'draft',
      draftBlobId: result.blobId,
      signatureBox: rendered.signatureBox,
      history: [{ at: NOW.toISOString(), by: testUser, step: 'created' }],
    });
    const blob = await db.letterBlobs.get(result.blobId);
    expect(blob).toMatchObject({
      letterId: result.letterId,
      fileName: 'Dopis OUHL 1-2026.pdf',
      sha256: bytesToHex(sha256(rendered.pdf)),
      size: rendered.pdf.length,
      pages: 1,
    });
    expect(new Uint8Array(await blob!.blob.arrayBuffer())).toEqual(rendered.pdf);

    expect((await db.txlog.toArray()).at(-1)).toMatchObject({
      event: 'Uprava',
      entityType: 'document',
      entityId: pid,
      actor: testUser,
      detail: { action: 'letter.draft', letterId: result.letterId, pages: 1 },
    });
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({
      kind: 'letter.draft',
      entityId: result.letterId,
      payload: { pid, letterId: result.letterId },
    });
    expect(await verifyTxLog(db)).toMatchObject({ ok: true });
  });

  it('edits the same letter again and keeps only the newest rendering', async () => {
    const first = await saveLetterDraft(db, input(), NOW);
    const second = await saveLetterDraft(
      db,
      input({ content: sampleContent({ subject: 'Druhá verze' }) }),
      LATER,
    );
    expect(second).toMatchObject({ letterId: first.letterId, created: false });
    expect(await db.letters.count()).toBe(1);
    expect((await db.letterBlobs.toArray()).map((blob) => blob.id)).toEqual([second.blobId]);
    const letter = await db.letters.get(first.letterId);
    expect(letter).toMatchObject({
      createdAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
      draftBlobId: second.blobId,
    });
    expect((letter?.content as { subject: string }).subject).toBe('Druhá verze');
  });

  it('turns a returned letter back into a draft', async () => {
    const { letterId } = await saveLetterDraft(db, input(), NOW);
    await db.letters.update(letterId, { state: 'returned' });
    await saveLetterDraft(db, input({ letterId }), LATER);
    expect((await db.letters.get(letterId))?.state).toBe('draft');
  });

  it('refuses an empty subject, in Czech, and writes nothing', async () => {
    const before = await snapshot(db);
    const error = await refusal(
      saveLetterDraft(db, input({ content: sampleContent({ subject: '   ' }) }), NOW),
    );
    expect(error.code).toBe('errors.validation');
    expect(error.issues.map((issue) => [issue.path, letterIssueDisplay(t, issue)])).toEqual([
      ['subject', 'Vyplňte věc dopisu.'],
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a body over the limit, in Czech, and writes nothing', async () => {
    const before = await snapshot(db);
    const body = 'a'.repeat(LETTER_LIMITS.body + 1);
    const error = await refusal(
      saveLetterDraft(db, input({ content: sampleContent({ body }) }), NOW),
    );
    expect(error.issues.map((issue) => [issue.path, letterIssueDisplay(t, issue)])).toEqual([
      ['body', 'Text dopisu je příliš dlouhý (nejvýše 100000 znaků).'],
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    [
      'awaitingSignature',
      'Dopis čeká na podpis ve frontě „K podpisu“ — teď ho upravit nelze. Upravit ho půjde, až ho starosta vrátí.',
    ],
    ['signed', 'Dopis je už podepsaný — podepsaný dopis nelze měnit.'],
    ['dispatched', 'Dopis je už podepsaný — podepsaný dopis nelze měnit.'],
  ] as const)('refuses editing a letter that is %s, in Czech', async (state, message) => {
    const { letterId } = await saveLetterDraft(db, input(), NOW);
    await db.letters.update(letterId, { state });
    const before = await snapshot(db);
    const error = await refusal(
      saveLetterDraft(db, input({ content: sampleContent({ subject: 'Změna' }) }), LATER),
    );
    expect(errorText(t, error)).toBe(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a letter for a received document', async () => {
    const incoming = await registerDocument(db, incomingInput(), [], { now: NOW });
    const error = await refusal(saveLetterDraft(db, input({ pid: incoming.pid }), NOW));
    expect(errorText(t, error)).toBe(
      'Dopis lze napsat jen k vlastnímu dokumentu, ne k doručenému.',
    );
    expect(await db.letters.count()).toBe(0);
  });

  it('refuses a letter id of another document', async () => {
    const other = await registerOwn(db, NOW);
    const { letterId } = await saveLetterDraft(db, input({ pid: other.pid }), NOW);
    const error = await refusal(saveLetterDraft(db, input({ letterId }), NOW));
    expect(errorText(t, error)).toBe('Dopis nebyl nalezen.');
    expect(await db.letters.count()).toBe(1);
  });

  it('refuses a template that no longer exists', async () => {
    const error = await refusal(saveLetterDraft(db, input({ templateId: 'smazana' }), NOW));
    expect(error.code).toBe('errors.letterEditor.templateNotFound');
    expect(await db.letters.count()).toBe(0);
  });

  it('refuses bytes that are not a PDF', async () => {
    const error = await refusal(
      saveLetterDraft(
        db,
        input({ rendered: sampleRendered({ pdf: new Uint8Array([1, 2]) }) }),
        NOW,
      ),
    );
    expect(errorText(t, error)).toBe('Vytvořený dopis není platné PDF — nic nebylo uloženo.');
  });

  it('commits the letter, its rendering, the log and the outbox together or not at all', async () => {
    const before = await snapshot(db);
    vi.spyOn(db.txlog, 'bulkAdd').mockRejectedValue(new Error('disk gone'));
    await expect(saveLetterDraft(db, input(), NOW)).rejects.toThrow('disk gone');
    expect(await snapshot(db)).toEqual(before);
  });
});
