import type { TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContractCallError } from '../../../common/contract/envelope';
import type { OpenFilesResult } from '../../../common/contract/types';
import { minimalPdf } from '../../../common/domain/testing/sampleFiles';
import type { DocumentRecord } from '../../../common/domain/document';
import { refusal } from '../../db/testing/commandTest';
import { configureOffice, openTestDatabase, snapshot, testUser } from '../../db/testing/fixtures';
import type { UradovnaDatabase } from '../../db/schema';
import { errorText } from '../../i18n';
import { saveLetterDraft } from '../db/saveLetterDraft';
import type { ImportedPdf } from '../model/letterServices';
import { registerOwn, sampleContent, sampleRendered } from '../testing/fixtures';
import { letterTestT } from '../testing/letterI18n';
import { importRefusalText } from '../ui/letterErrorText';
import { importPdfLetter } from './importPdfLetter';

const NOW = new Date('2026-03-10T09:00:00.000Z');

let db: UradovnaDatabase;
let t: TFunction;
let doc: DocumentRecord;

beforeAll(async () => {
  t = await letterTestT();
});

beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
  await configureOffice(db);
  const { pid } = await registerOwn(db, NOW);
  const stored = await db.documents.get(pid);
  if (!stored) throw new Error('document not stored');
  doc = stored;
});

afterEach(async () => {
  await db.delete();
});

const picked = (overrides: Partial<OpenFilesResult> = {}): OpenFilesResult => ({
  canceled: false,
  files: [{ name: 'C:\\Dopisy\\výzva.pdf', bytes: new TextEncoder().encode('%PDF-1.7 original') }],
  rejected: [],
  ...overrides,
});

function services(convert: () => Promise<ImportedPdf>, file: OpenFilesResult = picked()) {
  return {
    openFile: vi.fn(() => Promise.resolve(file)),
    importAsPdfA: vi.fn((_bytes: Uint8Array, _title: string) => convert()),
  };
}

const refused = (code: string, message: string, params: Record<string, string> = {}) =>
  new ContractCallError({ code, message, params });

describe('importPdfLetter', () => {
  it('stores the PDF/A main made as the letter, without content or signature box', async () => {
    const converted: ImportedPdf = {
      pdf: minimalPdf(),
      pages: 2,
      changes: ['doplněn profil sRGB'],
    };
    const stub = services(() => Promise.resolve(converted));
    const outcome = await importPdfLetter({ db, services: stub }, doc, NOW);

    expect(stub.openFile).toHaveBeenCalledWith('pdf');
    expect(stub.importAsPdfA).toHaveBeenCalledWith(picked().files[0]?.bytes, doc.subject);
    expect(outcome).toMatchObject({ status: 'imported', changes: ['doplněn profil sRGB'] });
    const letter = await db.letters.where('pid').equals(doc.pid).first();
    expect(letter).toMatchObject({
      source: 'import',
      content: null,
      templateId: null,
      signatureBox: null,
      state: 'draft',
    });
    const blob = await db.letterBlobs.get(letter!.draftBlobId!);
    expect(blob).toMatchObject({ fileName: 'výzva.pdf', pages: 2, size: converted.pdf.length });
    expect((await db.txlog.toArray()).at(-1)).toMatchObject({
      event: 'Uprava',
      entityId: doc.pid,
      actor: testUser,
      detail: { action: 'letter.import', source: 'import' },
    });
    expect((await db.outbox.toArray()).at(-1)?.kind).toBe('letter.draft');
  });

  it('replaces a draft written from a template', async () => {
    const { letterId } = await saveLetterDraft(
      db,
      {
        pid: doc.pid,
        templateId: 'obec-dopis',
        content: sampleContent(),
        rendered: sampleRendered(),
      },
      NOW,
    );
    const stub = services(() => Promise.resolve({ pdf: minimalPdf(), pages: 1, changes: [] }));
    const outcome = await importPdfLetter({ db, services: stub }, doc, NOW);
    expect(outcome).toMatchObject({ status: 'imported', letterId });
    expect(await db.letters.get(letterId)).toMatchObject({ source: 'import', content: null });
    expect(await db.letterBlobs.count()).toBe(1);
  });

  it.each([
    [
      refused('errors.pdf.encrypted', 'PDF je zašifrované.'),
      'PDF nelze použít jako dopis: je zašifrované nebo chráněné heslem. Uložte ho bez ochrany a načtěte ho znovu.',
    ],
    [
      refused('errors.pdf.javascript', 'PDF obsahuje JavaScript.', { what: 'OpenAction' }),
      'PDF nelze použít jako dopis: obsahuje JavaScript nebo jiné akce (OpenAction), které PDF/A nepřipouští.',
    ],
    [
      refused('errors.pdf.fontNotEmbedded', 'Písmo není vložené.', { font: 'Arial' }),
      'PDF nelze použít jako dopis: používá písmo „Arial“, které v něm není vložené. Vytvořte PDF znovu s vloženými písmy.',
    ],
    [
      refused('errors.pdf.corrupted', 'Soubor je poškozený.', { reason: 'chybí xref' }),
      'PDF nelze použít jako dopis: soubor je poškozený nebo to není PDF (chybí xref).',
    ],
  ])('shows the refusal %# in Czech and leaves no letter', async (error, message) => {
    const before = await snapshot(db);
    const stub = services(() => Promise.reject(error));
    const caught = await importPdfLetter({ db, services: stub }, doc, NOW).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(importRefusalText(t, caught)).toBe(message);
    expect(await db.letters.count()).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('passes on a refusal main words itself (transparency)', async () => {
    const stub = services(() =>
      Promise.reject(refused('errors.pdf.transparency', 'PDF používá průhlednost (SMask).')),
    );
    const caught = await importPdfLetter({ db, services: stub }, doc, NOW).catch(
      (reason: unknown) => reason,
    );
    expect(importRefusalText(t, caught)).toBe(
      'PDF nelze použít jako dopis: PDF používá průhlednost (SMask).',
    );
    expect(await db.letters.count()).toBe(0);
  });

  it('does nothing when the dialog is cancelled, and reports a file it refused', async () => {
    const convert = () => Promise.resolve({ pdf: minimalPdf(), pages: 1, changes: [] });
    const cancelled = services(convert, picked({ canceled: true, files: [] }));
    expect(await importPdfLetter({ db, services: cancelled }, doc, NOW)).toEqual({
      status: 'canceled',
    });
    const issue = { path: 'file', message: 'validation.file.tooLarge' };
    const rejected = services(convert, picked({ files: [], rejected: [issue] }));
    expect(await importPdfLetter({ db, services: rejected }, doc, NOW)).toEqual({
      status: 'rejected',
      issues: [issue],
    });
    expect(rejected.importAsPdfA).not.toHaveBeenCalled();
    expect(await db.letters.count()).toBe(0);
  });

  it('refuses before opening a file when the letter waits for signature', async () => {
    const { letterId } = await saveLetterDraft(
      db,
      {
        pid: doc.pid,
        templateId: 'obec-dopis',
        content: sampleContent(),
        rendered: sampleRendered(),
      },
      NOW,
    );
    await db.letters.update(letterId, { state: 'awaitingSignature' });
    const stub = services(() => Promise.resolve({ pdf: minimalPdf(), pages: 1, changes: [] }));
    const error = await refusal(importPdfLetter({ db, services: stub }, doc, NOW));
    expect(errorText(t, error)).toContain('Dopis čeká na podpis ve frontě „K podpisu“');
    expect(stub.openFile).not.toHaveBeenCalled();
  });
});
