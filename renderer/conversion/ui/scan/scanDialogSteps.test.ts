import type { TFunction } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONVERSION_LIMITS,
  type BuiltScanPdf,
  type ScanInspection,
} from '../../../../common/contract/conversion';
import { ContractCallError } from '../../../../common/contract/envelope';
import { conversionBlobId } from '../../../../common/domain/conversion';
import { OFFICIAL_EXEMPTION } from '../../../../common/domain/conversionRules';
import { incomingInput } from '../../../../common/domain/testing/sampleDocuments';
import { minimalPdf } from '../../../../common/domain/testing/sampleFiles';
import { registerDocument } from '../../../db/commands/registerDocument';
import { eachTestDatabase } from '../../../db/testing/databaseLifecycle';
import { snapshot } from '../../../db/testing/fixtures';
import type { UradovnaDatabase } from '../../../db/schema';
import { blobBytes } from '../../../signing/commands/signedBytes';
import { initialRegisterForm } from '../registerForm';
import {
  initialScanDialogState,
  scanDialogReducer,
  type ScanDialogAction,
  type ScanDialogState,
} from './scanDialogState';
import { addScansStep, submitStep, type ScanConversionPort } from './scanDialogSteps';
import type { ScanInputFile } from './scanFiles';
import { inspectionOf, scanFile } from './testing/scanFixtures';
import { loadTestI18n } from '../../../ui/testing/testI18n';

const NOW = new Date('2026-03-10T09:00:00.000Z');
let t: TFunction;
let db: UradovnaDatabase;
let pid: string;

beforeAll(async () => {
  t = (await loadTestI18n()).t;
});
eachTestDatabase((opened) => {
  db = opened;
});
beforeEach(async () => {
  pid = (await registerDocument(db, incomingInput(), [], { now: NOW })).pid;
});

/** main, faked: inspects by file names from a table, builds a fixed PDF. */
function fakeMain(inspect: (names: string[]) => ScanInspection | Error) {
  const built: BuiltScanPdf = {
    pdf: minimalPdf(),
    pages: 0,
    notices: ['„mapa.png“: průhledná místa vyplněna bílou.'],
  };
  const port = {
    'conversion.inspectScans': vi.fn(async ({ files }: { files: { name: string }[] }) => {
      const answer = inspect(files.map((file) => file.name));
      if (answer instanceof Error) throw answer;
      return answer;
    }),
    'conversion.buildScanPdf': vi.fn(async ({ pages }: { pages: unknown[] }) => ({
      ...built,
      pages: pages.length,
    })),
  };
  return port as typeof port & ScanConversionPort;
}

const byNames = (names: string[]) =>
  inspectionOf(
    names.map((name) =>
      name.endsWith('.tif') ? { name, format: 'tiff' as const, pages: 2 } : { name },
    ),
  );

async function withFiles(
  port: ScanConversionPort,
  files: ScanInputFile[],
): Promise<ScanDialogState> {
  const start = initialScanDialogState(
    initialRegisterForm(incomingInput() as unknown as Parameters<typeof initialRegisterForm>[0]),
  );
  return scanDialogReducer(start, await addScansStep(port, [], files, t));
}

const apply = (state: ScanDialogState, ...actions: ScanDialogAction[]) =>
  actions.reduce(scanDialogReducer, state);

describe('adding scans', () => {
  it('inspects every file in the order added and appends the new pages', async () => {
    const port = fakeMain(byNames);
    let state = await withFiles(port, [scanFile('a.tif')]);
    state = scanDialogReducer(
      state,
      await addScansStep(port, state.files, [scanFile('b.jpg'), scanFile('c.jpg')], t),
    );
    expect(port['conversion.inspectScans']).toHaveBeenLastCalledWith({
      files: [
        { name: 'a.tif', bytes: scanFile('a.tif').bytes },
        { name: 'b.jpg', bytes: scanFile('b.jpg').bytes },
        { name: 'c.jpg', bytes: scanFile('c.jpg').bytes },
      ],
    });
    expect(state.pages.map((page) => page.key)).toEqual(['0:0', '0:1', '1:0', '2:0']);
    expect(state.addFailure).toBeNull();
  });

  it('shows main’s refusal in Czech and keeps the files and pages as they were', async () => {
    const refusal = new ContractCallError({
      code: 'errors.conversion.truncatedImage',
      message:
        'Obrázek JPEG „b.jpg“ je neúplný — soubor končí uprostřed obrazových dat (ukládání nebo kopírování se nedokončilo). Naskenujte nebo zkopírujte jej znovu.',
      params: { file: 'b.jpg', format: 'JPEG' },
    });
    const port = fakeMain((names) => (names.includes('b.jpg') ? refusal : byNames(names)));
    const before = apply(await withFiles(port, [scanFile('a.tif')]), {
      type: 'rotate',
      key: '0:1',
      direction: 'right',
    });
    const action = await addScansStep(port, before.files, [scanFile('b.jpg')], t);
    const after = scanDialogReducer(scanDialogReducer(before, { type: 'adding' }), action);
    expect(after.addFailure).toBe(refusal.message);
    expect(after.files).toBe(before.files);
    expect(after.pages).toBe(before.pages);
    expect(after.inspection).toBe(before.inspection);
    expect(after.adding).toBe(false);
  });

  it('uses the Czech catalog for a refusal it has words for', async () => {
    const port = fakeMain(
      () =>
        new ContractCallError({
          code: 'errors.conversion.folderFileBusy',
          message: 'busy',
          params: { name: 'sken-001.pdf' },
        }),
    );
    const action = await addScansStep(port, [], [scanFile('sken-001.pdf')], t);
    expect(action).toEqual({
      type: 'addRefused',
      failure: 'Soubor „sken-001.pdf“ se ještě zapisuje. Počkejte, až skener ukládání dokončí.',
      issues: [],
    });
  });

  it('refuses more files than one conversion takes before asking main', async () => {
    const port = fakeMain(byNames);
    const many = Array.from({ length: CONVERSION_LIMITS.files + 1 }, (_, index) =>
      scanFile(`s${index}.jpg`, 1),
    );
    const action = await addScansStep(port, [], many, t);
    expect(port['conversion.inspectScans']).not.toHaveBeenCalled();
    expect(action.type).toBe('addRefused');
    const issues = action.type === 'addRefused' ? action.issues : [];
    expect(issues.map((issue) => t(issue.message as never, issue.params))).toEqual([
      `Do jedné konverze lze přidat nejvýše ${CONVERSION_LIMITS.files} souborů.`,
    ]);
  });
});

describe('preparing the conversion', () => {
  it('refuses a colour page without the reason, before building anything', async () => {
    const port = fakeMain(byNames);
    const state = apply(await withFiles(port, [scanFile('a.jpg')]), {
      type: 'mode',
      key: '0:0',
      mode: 'colour',
    });
    const action = await submitStep(state, { db, port, pid, title: 'x', t, now: NOW });
    expect(action).toEqual({
      type: 'invalid',
      issues: [{ path: 'colourReason', message: 'conversion.validation.colourReason' }],
    });
    expect(port['conversion.buildScanPdf']).not.toHaveBeenCalled();
    expect(await db.conversions.count()).toBe(0);
  });

  it('refuses an output without pages', async () => {
    const port = fakeMain(byNames);
    const state = apply(await withFiles(port, [scanFile('a.jpg')]), { type: 'remove', key: '0:0' });
    const action = await submitStep(state, { db, port, pid, title: 'x', t, now: NOW });
    expect(action.type === 'invalid' && action.issues.map((issue) => issue.path)).toEqual([
      'pages',
    ]);
    expect(t('conversionScan.validation.noPages')).toBe(
      'Výstup nemá žádnou stranu. Přidejte naskenované soubory.',
    );
  });

  it('builds the pages in the chosen order, turn and mode and writes the conversion', async () => {
    const port = fakeMain(byNames);
    let state = await withFiles(port, [scanFile('a.tif'), scanFile('b.jpg'), scanFile('c.jpg')]);
    state = apply(
      state,
      { type: 'remove', key: '1:0' },
      { type: 'move', key: '2:0', delta: -1 },
      { type: 'rotate', key: '0:1', direction: 'left' },
      { type: 'allModes', mode: 'greyscale' },
      { type: 'mode', key: '2:0', mode: 'colour' },
      { type: 'form', patch: { colourReason: 'barevná mapa pozemku', lost: true } },
      { type: 'form', patch: { lostDescription: 'reliéfní razítko' } },
    );
    const action = await submitStep(state, {
      db,
      port,
      pid,
      title: 'OUHL 1/2026 – Žádost',
      t,
      now: NOW,
    });
    expect(port['conversion.buildScanPdf']).toHaveBeenCalledWith({
      files: [
        { name: 'a.tif', bytes: scanFile('a.tif').bytes },
        { name: 'c.jpg', bytes: scanFile('c.jpg').bytes },
      ],
      pages: [
        { file: 0, page: 0, rotate: 0, mode: 'greyscale' },
        { file: 1, page: 0, rotate: 0, mode: 'colour' },
        { file: 0, page: 1, rotate: 270, mode: 'greyscale' },
      ],
      title: 'OUHL 1/2026 – Žádost',
    });
    expect(action).toMatchObject({
      type: 'prepared',
      pages: 3,
      notices: ['„mapa.png“: průhledná místa vyplněna bílou.'],
    });
    const id = action.type === 'prepared' ? action.conversionId : '';
    const conversion = await db.conversions.get(id);
    expect(conversion).toMatchObject({
      pid,
      direction: 'paperToElectronic',
      state: 'waitingForNumber',
      official: true,
      fee: { feeCzk: null, exemption: OFFICIAL_EXEMPTION },
      colourReason: 'barevná mapa pozemku',
      lostElement: { lost: true, description: 'reliéfní razítko' },
      input: {
        description: 'Žádost o stavební povolení (Jan Novák)',
        date: '2026-02-27',
        sheets: 2,
      },
      pages: 3,
      number: null,
      signatureBox: null,
    });
    const prepared = await db.conversionBlobs.get(conversionBlobId(id, 'prepared'));
    expect(await blobBytes(prepared!.blob)).toEqual(minimalPdf());
    const queued = await db.outbox.where('entityId').equals(id).toArray();
    expect(queued.map((entry) => entry.kind)).toEqual(['conversion.requestNumber']);
  });

  it('writes nothing when main cannot build the output, and says why in Czech', async () => {
    const port = fakeMain(byNames);
    port['conversion.buildScanPdf'].mockRejectedValueOnce(
      new ContractCallError({
        code: 'errors.conversion.noSuchPage',
        message: 'Soubor „a.jpg“, strana 2 ve vstupu není. Načtěte soubory znovu.',
        params: { file: 'a.jpg', page: 2 },
      }),
    );
    const state = await withFiles(port, [scanFile('a.jpg')]);
    const before = await snapshot(db);
    const action = await submitStep(state, { db, port, pid, title: 'x', t, now: NOW });
    expect(action).toEqual({
      type: 'failed',
      failure: 'Soubor „a.jpg“, strana 2 ve vstupu není. Načtěte soubory znovu.',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('shows the command’s own refusal when the document is gone', async () => {
    const port = fakeMain(byNames);
    const state = await withFiles(port, [scanFile('a.jpg')]);
    const action = await submitStep(state, { db, port, pid: 'OUHL-NONE', title: 'x', t, now: NOW });
    expect(action.type).toBe('failed');
    expect(action.type === 'failed' && action.failure).toBe(t('errors.documentNotFound'));
    expect(t('errors.documentNotFound')).not.toBe('errors.documentNotFound');
    expect(await db.conversions.count()).toBe(0);
  });
});
