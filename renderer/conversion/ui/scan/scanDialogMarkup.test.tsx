import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ContractCallError } from '../../../../common/contract/envelope';
import type { DocumentRecord } from '../../../../common/domain/document';
import { fileTestDatabase } from '../../../db/testing/databaseLifecycle';
import { markupTest } from '../../../ui/testing/markupTest';
import { firstMatch as tag } from '../../../ui/testing/markupText';
import { initialRegisterForm } from '../registerForm';
import { ScanConversionDialog } from './ScanConversionDialog';
import {
  initialScanDialogState,
  scanDialogReducer,
  type ScanDialogAction,
  type ScanDialogState,
} from './scanDialogState';
import { addScansStep, submitStep, type ScanConversionPort } from './scanDialogSteps';
import { ScanConversionView } from './ScanConversionView';
import { ScanFolderList } from './ScanFolderList';
import { inspectionOf, scanFile } from './testing/scanFixtures';
import { loadTestI18n } from '../../../ui/testing/testI18n';

// pdf.js needs a browser; the static render draws no page with it.
vi.mock('../../../ui/pdfjs', () => ({
  openPdf: () => Promise.reject(new Error('pdf.js is not used in a static render')),
}));

const db = fileTestDatabase();
const { i18n: cs, html: render } = markupTest({ services: () => ({ db }) });
let en: I18n;
beforeAll(async () => {
  en = await loadTestI18n('en');
});

const html = (element: ReactElement, i18n: I18n = cs) => render(element, { i18n });

const doc = {
  pid: 'OUHL0001',
  referenceNumber: 'OUHL 12/2026',
  subject: 'Žádost o stavební povolení',
  sender: { kind: 'person', name: 'Jan Novák' },
  senderReference: { number: null, date: '2026-02-27' },
  sheets: 3,
} as unknown as DocumentRecord;

const port: ScanConversionPort = {
  'conversion.inspectScans': async ({ files }) =>
    inspectionOf(
      files.map((file) =>
        file.name === 'mapa.tif'
          ? { name: file.name, format: 'tiff', pages: 2, page: { colour: 'cmyk', dpi: 200 } }
          : file.name.endsWith('.pdf')
            ? { name: file.name, format: 'pdf', page: { widthPx: 595, heightPx: 842 } }
            : { name: file.name },
      ),
    ),
  'conversion.buildScanPdf': async () => {
    throw new Error('not built in these tests');
  },
};

async function withScans(...names: string[]): Promise<ScanDialogState> {
  const start = initialScanDialogState(initialRegisterForm(doc));
  return scanDialogReducer(
    start,
    await addScansStep(
      port,
      [],
      names.map((name) => scanFile(name)),
      cs.t,
    ),
  );
}

const apply = (state: ScanDialogState, ...actions: ScanDialogAction[]) =>
  actions.reduce(scanDialogReducer, state);

const view = (state: ScanDialogState, i18n: I18n = cs) =>
  html(
    <ScanConversionView
      referenceNumber={doc.referenceNumber}
      state={state}
      dispatch={() => {}}
      onPick={() => {}}
      onFiles={() => {}}
      onDrop={() => {}}
      onSubmit={() => {}}
      onClose={() => {}}
    />,
    i18n,
  );

const count = (markup: string, text: string) => markup.split(text).length - 1;

describe('ScanConversionView', () => {
  it('before any scan: the ways to add them, the limits, and the register fields prefilled', async () => {
    const markup = view(initialScanDialogState(initialRegisterForm(doc)));
    expect(markup).toContain('Konverze do elektronické podoby — OUHL 12/2026');
    expect(markup).toContain('Přidat soubory…');
    expect(tag(markup, /<button[^>]*data-testid="scan-folder-toggle"[^>]*>/)).toContain(
      'aria-expanded="false"',
    );
    expect(markup).toContain('Soubory můžete také přetáhnout myší do tohoto okna.');
    expect(markup).toContain('Přidejte naskenované soubory — jejich strany se ukážou zde.');
    expect(tag(markup, /<input[^>]*data-testid="scan-description"[^>]*>/)).toContain(
      'value="Žádost o stavební povolení (Jan Novák)"',
    );
    expect(tag(markup, /<input[^>]*data-testid="scan-input-date"[^>]*>/)).toContain(
      'value="2026-02-27"',
    );
    expect(tag(markup, /<input[^>]*data-testid="scan-sheets"[^>]*>/)).toContain('value="3"');
    expect(tag(markup, /<input[^>]*data-testid="scan-official"[^>]*>/)).toContain('checked');
    expect(markup).not.toContain('data-testid="scan-fee"');
    expect(markup).toContain('>Připravit konverzi</button>');
  });

  it('shows the inspection: every page with its sizes, preview and tools, in black and white', async () => {
    const state = apply(await withScans('mapa.tif', 'dopis.jpg', 'priloha.pdf'), {
      type: 'rotate',
      key: '0:1',
      direction: 'right',
    });
    const markup = view(state);
    expect(count(markup, 'data-testid="scan-page"')).toBe(4);
    expect(markup).toContain('mapa.tif (2 str.)');
    expect(markup).toContain('priloha.pdf (1 str.)');
    expect(markup).toContain('aria-label="Strana 2 z 4 — mapa.tif, str. 2"');
    expect(markup).toContain('aria-label="Strana 3 z 4 — dopis.jpg"');
    // Czech groups thousands with a non-breaking space.
    expect(markup).toContain('2\u00a0480 × 3\u00a0508 px');
    expect(markup).toContain('200 dpi');
    expect(markup).toContain('výstup 210 × 297 mm');
    // The turned page: its output size swapped, its preview turned.
    expect(markup).toContain('výstup 297 × 210 mm');
    expect(markup).toContain('otočeno o 90°');
    expect(markup).toContain('scan-thumb scan-thumb--turn-90 scan-thumb--blackWhite');
    expect(markup).toContain('<img alt="Náhled strany 1"/>');
    expect(markup).toContain('<canvas role="img" aria-label="Náhled strany 4">');
    expect(markup).toContain('595 × 842 px');
    expect(markup).toContain('strana PDF');
    for (const mode of [
      ...markup.matchAll(/<select[^>]*data-testid="scan-page-mode"[^>]*>.*?<\/select>/g),
    ])
      expect(mode[0]).toContain('<option value="blackWhite" selected="">Černobíle</option>');
    expect(tag(markup, /<select[^>]*data-testid="scan-all-modes"[^>]*>/)).toContain('id=');
    expect(markup).toContain('Režim všech stran');
    expect(markup).toContain('Stranu, na které je fokus, posunete klávesami Alt+← a Alt+→.');
    for (const label of [
      'Posunout stranu 2 dříve',
      'Posunout stranu 2 později',
      'Otočit stranu 2 doleva',
      'Otočit stranu 2 doprava',
      'Zvětšit stranu 2',
      'Odebrat stranu 2 z výstupu',
      'Režim strany 2',
    ])
      expect(markup).toContain(`aria-label="${label}"`);
    expect(tag(markup, /<button[^>]*aria-label="Posunout stranu 1 dříve"[^>]*>/)).toContain(
      'disabled',
    );
    expect(tag(markup, /<button[^>]*aria-label="Posunout stranu 4 později"[^>]*>/)).toContain(
      'disabled',
    );
    expect(tag(markup, /<button[^>]*aria-label="Posunout stranu 2 dříve"[^>]*>/)).not.toContain(
      'disabled',
    );
    // The notices of the inspection.
    expect(markup).toContain('„mapa.tif“, str. 1–2: barvy CMYK se převedou do sRGB');
    expect(markup).toContain(
      '„priloha.pdf“: strany PDF se přenesou, jak jsou — zvolený režim se na ně nepoužije',
    );
    // No page in colour: no reason asked.
    expect(markup).not.toContain('data-testid="scan-colour-reason"');
  });

  it('says "různé" for all pages when their modes differ', async () => {
    const state = apply(await withScans('a.jpg', 'b.jpg'), {
      type: 'mode',
      key: '1:0',
      mode: 'greyscale',
    });
    const all = tag(view(state), /<select[^>]*data-testid="scan-all-modes"[^>]*>.*?<\/select>/);
    expect(all).toContain('<option value="" disabled="" selected="">různé</option>');
  });

  it('shows main’s refusal in Czech and keeps the pages it had', async () => {
    const before = await withScans('a.jpg');
    const refusing: ScanConversionPort = {
      ...port,
      'conversion.inspectScans': async () => {
        throw new ContractCallError({
          code: 'errors.conversion.tiffCompression',
          message:
            'Soubor „fax.tif“, strana 1: TIFF používá kompresi JBIG, kterou aplikace nepřevede. Uložte sken s kompresí CCITT G4, LZW, ZIP nebo JPEG, případně bez komprese.',
          params: { file: 'fax.tif', page: 1, compression: 'JBIG' },
        });
      },
    };
    const after = scanDialogReducer(
      before,
      await addScansStep(refusing, before.files, [scanFile('fax.tif')], cs.t),
    );
    const markup = view(after);
    expect(tag(markup, /<div[^>]*data-testid="scan-add-failure"[^>]*>/)).toContain('role="alert"');
    expect(markup).toContain('Soubory nebyly přidány:');
    expect(markup).toContain(
      'Soubor „fax.tif“, strana 1: TIFF používá kompresi JBIG, kterou aplikace nepřevede.',
    );
    expect(count(markup, 'data-testid="scan-page"')).toBe(1);
    expect(markup).not.toContain('fax.tif (');
  });

  it('asks for the colour reason once a page is in colour, and says at the field when it is missing', async () => {
    const state = apply(await withScans('a.jpg', 'b.jpg'), {
      type: 'mode',
      key: '0:0',
      mode: 'colour',
    });
    const asked = view(state);
    expect(asked).toContain('Proč je potřeba barva');
    expect(tag(asked, /<input[^>]*data-testid="scan-colour-reason"[^>]*>/)).not.toContain(
      'aria-invalid',
    );
    const refused = scanDialogReducer(
      state,
      await submitStep(state, { db, port, pid: doc.pid, title: 'x', t: cs.t }),
    );
    const markup = view(refused);
    expect(tag(markup, /<input[^>]*data-testid="scan-colour-reason"[^>]*>/)).toContain(
      'aria-invalid="true"',
    );
    expect(markup).toContain(
      'Barevná konverze potřebuje důvod (barva nese informaci — např. barevná mapa).',
    );
    // Back to black and white: no reason asked, the issue gone.
    const back = apply(refused, { type: 'allModes', mode: 'blackWhite' });
    expect(view(back)).not.toContain('Barevná konverze potřebuje důvod');
  });

  it('asks for the fee or the exemption when the conversion is not official', async () => {
    const state = apply(await withScans('a.jpg'), { type: 'form', patch: { official: false } });
    const fee = view(state);
    expect(tag(fee, /<input[^>]*data-testid="scan-charge-fee"[^>]*>/)).toContain('checked');
    expect(fee).toContain('Poplatek (Kč)');
    const refused = scanDialogReducer(
      state,
      await submitStep(state, { db, port, pid: doc.pid, title: 'x', t: cs.t }),
    );
    expect(view(refused)).toContain('Poplatek musí být celé číslo od 0 do 100000 Kč.');
    const exempt = view(apply(refused, { type: 'form', patch: { charge: 'exemption' } }));
    expect(exempt).toContain('Důvod osvobození');
    expect(exempt).not.toContain('Poplatek musí být celé číslo');
  });

  it('says it is prepared and waits for the number, with what the build did', () => {
    const state = apply(initialScanDialogState(initialRegisterForm(doc)), {
      type: 'prepared',
      conversionId: 'c1',
      pages: 3,
      notices: ['„mapa.png“: průhledná místa vyplněna bílou.'],
    });
    const markup = view(state);
    expect(markup).toContain('Konverze je připravena');
    expect(markup).toContain('Konverze čeká na číslo z evidence konverzí.');
    expect(markup).toContain('„mapa.png“: průhledná místa vyplněna bílou.');
    expect(markup).not.toContain('Připravit konverzi');
  });

  it('speaks English when the UI does', async () => {
    const markup = view(await withScans('a.jpg'), en);
    expect(markup).toContain('Conversion to electronic form — OUHL 12/2026');
    expect(markup).toContain('>Prepare the conversion</button>');
    expect(markup).toContain('aria-label="Move page 1 earlier"');
    expect(markup).toContain('<option value="blackWhite" selected="">Black and white</option>');
  });
});

describe('ScanFolderList', () => {
  it('says where to set the folder when none is configured', () => {
    const markup = html(
      <ScanFolderList
        listing={{ folder: null, files: [] }}
        failure={null}
        added={new Set()}
        busy={false}
        onAdd={() => {}}
      />,
    );
    expect(markup).toContain(
      'Složka skeneru není nastavena. Nastavíte ji v Nastavení → Konverze; skener pak ukládá skeny tam.',
    );
  });

  it('lists the scans with size and time, and offers only those not added yet', () => {
    const markup = html(
      <ScanFolderList
        listing={{
          folder: '\\\\server\\sken',
          files: [
            { name: 'sken-001.pdf', size: 48 * 1024, modifiedAt: '2026-03-10T08:15:00.000Z' },
            { name: 'sken-002.pdf', size: 3 * 1024 * 1024, modifiedAt: '2026-03-10T08:16:00.000Z' },
            { name: 'sken-003.tif', size: 900, modifiedAt: '2026-03-10T08:17:00.000Z' },
          ],
        }}
        failure={null}
        added={new Set(['sken-001.pdf'])}
        busy={false}
        onAdd={() => {}}
      />,
    );
    expect(markup).toContain('Složka: \\\\server\\sken');
    expect(markup).toContain('<td>sken-002.pdf</td><td>3 MB</td><td>10. 3. 2026 09:16:00</td>');
    expect(markup).toContain('48 kB');
    expect(markup).toContain('900 B');
    expect(markup).not.toContain('aria-label="Přidat sken-001.pdf"');
    expect(markup).toContain('Přidáno');
    expect(markup).toContain('aria-label="Přidat sken-002.pdf"');
    expect(markup).toContain('Přidat všechny nové (2)');
  });

  it('shows why the folder cannot be read', () => {
    const markup = html(
      <ScanFolderList
        listing={null}
        failure="Složku skeneru „S:\sken“ nelze přečíst (EACCES)."
        added={new Set()}
        busy={false}
        onAdd={() => {}}
      />,
    );
    expect(markup).toContain('role="alert">Složku skeneru „S:\\sken“ nelze přečíst (EACCES).');
  });
});

describe('ScanConversionDialog', () => {
  it('says it is loading the document first', () => {
    expect(html(<ScanConversionDialog pid="OUHL0001" onClose={() => {}} />)).toContain(
      'Načítám dokument…',
    );
  });
});
