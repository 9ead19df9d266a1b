import { describe, expect, it } from 'vitest';
import { ContractCallError } from '../../../common/contract/envelope';
import { markupText as text } from '../../ui/testing/markupText';
import { demoInfo as info, settingsMarkupTest, testConfig } from '../testing/settingsMarkup';
import { ConversionSection } from './ConversionSection';
import { ScanFolderCheckView } from './ScanFolderCheckView';

const { html } = settingsMarkupTest();
const config = testConfig({
  conversionRegisterUrl: 'https://konverze.orp.cz/evidence',
  scanFolder: '/mnt/skeny',
});

describe('ConversionSection', () => {
  it('shows the saved register and folder, and in the demo says the simulator stands in', () => {
    const markup = html(<ConversionSection />, { info, config });
    expect(text(markup)).toContain('Konverze');
    expect(markup).toMatch(
      /data-testid="conversion-settings-register"[^>]*value="https:\/\/konverze.orp.cz\/evidence"/,
    );
    expect(markup).toMatch(/data-testid="conversion-settings-folder"[^>]*value="\/mnt\/skeny"/);
    expect(text(markup)).toContain(
      'V ukázce se při prázdné adrese použije evidence konverzí simulátoru.',
    );
    // The saved folder can be checked at once.
    expect(markup).toMatch(
      /<button(?![^>]*disabled)[^>]*data-testid="conversion-settings-check-folder"/,
    );
    expect(markup).not.toContain('data-testid="conversion-settings-folder-unsaved"');
  });

  it('says nothing of the simulator outside the demo', () => {
    const markup = html(<ConversionSection />, {
      info: { ...info, demo: false, simUrl: null },
      config: { ...config, mode: 'custom' },
    });
    expect(text(markup)).not.toContain('simulátoru');
    expect(text(markup)).toContain('Bez adresy konverze čekají na číslo');
  });

  it('waits for the configuration before showing the form', () => {
    const markup = html(<ConversionSection />);
    expect(text(markup)).toContain('Načítám nastavení…');
    expect(markup).not.toContain('data-testid="conversion-settings-form"');
  });
});

describe('ScanFolderCheckView', () => {
  it('lists what waits in the folder, the first five by name', () => {
    const files = Array.from({ length: 7 }, (_, index) => ({
      name: `sken-${index + 1}.pdf`,
      size: 2048,
      modifiedAt: '2026-03-03T09:00:00.000Z',
    }));
    const words = text(
      html(<ScanFolderCheckView state={{ status: 'found', folder: '/mnt/skeny', files }} />),
    );
    expect(words).toContain('Ve složce „/mnt/skeny“ je 7 skenů:');
    expect(words).toContain('sken-1.pdf (2 kB)');
    expect(words).toContain('sken-5.pdf');
    expect(words).not.toContain('sken-6.pdf');
    expect(words).toContain('a 2 další');
  });

  it('says an empty folder is reachable, and an unset one is not set', () => {
    expect(
      text(
        html(<ScanFolderCheckView state={{ status: 'found', folder: '/mnt/skeny', files: [] }} />),
      ),
    ).toBe('Složka „/mnt/skeny“ je dostupná, zatím v ní není žádný sken.');
    expect(
      text(html(<ScanFolderCheckView state={{ status: 'found', folder: null, files: [] }} />)),
    ).toBe('Složka skeneru není nastavena.');
  });

  it('shows main’s refusal in Czech', () => {
    const error = new ContractCallError({
      code: 'errors.conversion.folderMissing',
      message: 'missing',
      params: { root: '/mnt/skeny' },
    });
    const markup = html(<ScanFolderCheckView state={{ status: 'failed', error }} />);
    expect(markup).toContain('role="alert"');
    expect(text(markup)).toBe(
      'Složka skeneru „/mnt/skeny“ neexistuje, není složka nebo není dostupná. Zkontrolujte ji v nastavení.',
    );
  });
});
