import { describe, expect, it } from 'vitest';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { incomingInput } from '../../common/domain/testing/sampleDocuments';
import { minimalPdf, minimalPng } from '../../common/domain/testing/sampleFiles';
import { caseFileComponents } from '../conversion/model/caseFileFormats';
import { componentsNeedingFormatChange } from '../conversion/model/outputFormat';
import { recordFormatChange } from '../conversion/db/formatChange';
import { FormatChangeBeforeClose } from '../conversion/ui/FormatChangeBeforeClose';
import { createCaseFile } from '../db/commands/caseFiles/createCaseFile';
import { insertIntoCaseFile } from '../db/commands/caseFiles/insertIntoCaseFile';
import { settleDocument } from '../db/commands/caseFiles/settleDocument';
import { registerDocument } from '../db/commands/registerDocument';
import type { UradovnaDatabase } from '../db/schema';
import { refusal } from '../db/testing/commandTest';
import { eachTestDatabase } from '../db/testing/databaseLifecycle';
import { snapshot, testUser } from '../db/testing/fixtures';
import { issueText } from '../i18n';
import { markupTest } from '../ui/testing/markupTest';
import { CloseCaseFileDialog } from './CloseCaseFileDialog';
import { CLOSE_ANYWAY_PATH, closeCaseFileCheckingFormats } from './closeWithFormatCheck';

const now = new Date('2026-03-05T09:00:00Z');
let db: UradovnaDatabase;
eachTestDatabase((opened) => {
  db = opened;
});
const { i18n, html } = markupTest({ services: () => ({ db }) });

/** A case file of two settled documents: a plain PDF (not PDF/A) in one, a PNG in the other. */
async function caseFileWithFiles() {
  const register = (name: string, bytes: Uint8Array) =>
    registerDocument(db, incomingInput({ fileMark: '1.2' }), [{ name, bytes }], { now });
  const a = await register('zadost.pdf', minimalPdf());
  const b = await register('mapa.png', minimalPng());
  const { id } = await createCaseFile(
    db,
    { title: 'Stavební povolení', fileMark: '1.2', handler: testUser, initiatorPid: a.pid },
    now,
  );
  await insertIntoCaseFile(db, { pid: b.pid, caseFileId: id }, now);
  for (const pid of [a.pid, b.pid])
    await settleDocument(db, pid, { date: '2026-03-05', method: 'noted' }, now);
  const pdf = (await db.components.where('pid').equals(a.pid).first())!;
  return { id, a, b, pdf };
}

const needingOf = async (id: string) =>
  componentsNeedingFormatChange((await caseFileComponents(db, id)).map((file) => file.component));

describe('closing a case file with files not in an output format', () => {
  it('finds the files of all its documents, and which of them need the format change', async () => {
    const { id, a, b, pdf } = await caseFileWithFiles();
    const files = await caseFileComponents(db, id);
    expect(files.map((file) => [file.component.name, file.referenceNumber])).toEqual([
      ['zadost.pdf', a.referenceNumber],
      ['mapa.png', b.referenceNumber],
    ]);
    expect((await needingOf(id)).map((file) => file.id)).toEqual([pdf.id]);
  });

  it('refuses to close without the clerk’s "close anyway", in Czech, writing nothing', async () => {
    const { id } = await caseFileWithFiles();
    const before = await snapshot(db);
    const error = await refusal(closeCaseFileCheckingFormats(db, id, {}, false, now));
    expect(error.issues.map((issue) => [issue.path, issueText(i18n.t, issue)])).toEqual([
      [
        CLOSE_ANYWAY_PATH,
        'Spis obsahuje soubory, které nejsou ve výstupním formátu. Převeďte je do PDF/A, nebo potvrďte, že chcete spis uzavřít i tak.',
      ],
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('closes after the clerk confirms', async () => {
    const { id } = await caseFileWithFiles();
    await closeCaseFileCheckingFormats(db, id, {}, true, now);
    expect(await db.caseFiles.get(id)).toMatchObject({
      state: 'closed',
      closedAt: now.toISOString(),
    });
  });

  it('closes without asking once the files are converted to PDF/A', async () => {
    const { id, pdf } = await caseFileWithFiles();
    await recordFormatChange(
      db,
      {
        componentId: pdf.id,
        changed: { pdf: minimalPdf(), pages: 1, originalFormat: 'PDF 1.4', changes: [] },
      },
      { now },
    );
    expect(await needingOf(id)).toEqual([]);
    await closeCaseFileCheckingFormats(db, id, {}, false, now);
    expect((await db.caseFiles.get(id))?.state).toBe('closed');
  });
});

describe('the close dialog’s format-change section', () => {
  it('lists the files with their documents, the conversion and "close anyway" with the § 69a note', async () => {
    const { id, a } = await caseFileWithFiles();
    const files = await caseFileComponents(db, id);
    const markup = html(
      <FormatChangeBeforeClose
        needing={files.slice(0, 1)}
        closeAnyway={false}
        onCloseAnyway={() => {}}
        onConvert={() => {}}
        error="Spis obsahuje soubory, které nejsou ve výstupním formátu."
      />,
    );
    expect(markup).toContain(`<li>zadost.pdf — dokument ${a.referenceNumber}</li>`);
    expect(markup).not.toContain('mapa.png');
    expect(markup).toContain('Podle § 69a zákona č. 499/2004 Sb.');
    expect(markup).toContain('data-testid="case-close-convert">Převést do PDF/A</button>');
    expect(markup).toMatch(
      /<input type="checkbox" aria-invalid="true"[^>]*data-testid="case-close-anyway"\/>Uzavřít i tak, bez změny formátu/,
    );
    expect(markup).toContain('přestože § 69a vyžaduje výstupní formát');
    expect(markup).toContain(
      'role="alert">Spis obsahuje soubory, které nejsou ve výstupním formátu.</span>',
    );
  });

  it('leaves the dialog as it was until files needing a change are found', async () => {
    const { id } = await caseFileWithFiles();
    const caseFile = (await db.caseFiles.get(id)) as CaseFileRecord;
    const markup = html(<CloseCaseFileDialog caseFile={caseFile} onClose={() => {}} />);
    expect(markup).toContain('>Uzavřít spis</button>');
    expect(markup).not.toContain('Uzavřít i tak');
    expect(markup).not.toContain('data-testid="case-close-formats"');
  });
});
