import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../../common/contract/types';
import { issueText } from '../../i18n';
import { journalTestT } from '../../journal/testI18n';
import { checkConversionDraft, conversionDraftOf, folderSaved } from './conversionDraft';
import { checkRegisterUrl, REGISTER_URL_MAX } from './registerUrl';
import { checkScanFolder, SCAN_FOLDER_MAX } from './scanFolderPath';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

/** The Czech message a check gives, or null when the value passes. */
function message(check: ReturnType<typeof checkRegisterUrl>): string | null {
  return check.ok ? null : issueText(t, check.issue);
}

describe('checkRegisterUrl', () => {
  it('takes an http or https address as typed, and empty as none', () => {
    expect(checkRegisterUrl('  https://konverze.orp.cz/evidence ')).toEqual({
      ok: true,
      value: 'https://konverze.orp.cz/evidence',
    });
    expect(checkRegisterUrl('http://10.0.0.5:8080/konverze')).toEqual({
      ok: true,
      value: 'http://10.0.0.5:8080/konverze',
    });
    expect(checkRegisterUrl('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not an address, in Czech', () => {
    const check = checkRegisterUrl('konverze.orp.cz');
    expect(check.ok || check.issue.path).toBe('conversionRegisterUrl');
    expect(message(check)).toBe(
      'Toto není platná adresa (např. https://konverze.orp.cz/evidence).',
    );
  });

  it('refuses another scheme and names it', () => {
    expect(message(checkRegisterUrl('ftp://konverze.orp.cz/'))).toBe(
      'Adresa musí začínat http:// nebo https:// (ne ftp:).',
    );
  });

  it('refuses a name or password in the address', () => {
    const expected =
      'Jméno ani heslo do adresy nepatří — nastavení se ukládá jako obyčejný soubor. Uveďte adresu bez nich.';
    expect(message(checkRegisterUrl('https://obec:tajne@konverze.orp.cz/'))).toBe(expected);
    expect(message(checkRegisterUrl('https://obec@konverze.orp.cz/'))).toBe(expected);
  });

  it('refuses an address longer than main keeps', () => {
    const long = `https://konverze.orp.cz/${'a'.repeat(REGISTER_URL_MAX)}`;
    expect(message(checkRegisterUrl(long))).toBe(`Adresa je delší než ${REGISTER_URL_MAX} znaků.`);
  });
});

describe('checkScanFolder', () => {
  it('takes an absolute path of Linux, Windows or a network share, and empty as none', () => {
    for (const path of ['/mnt/skeny', 'C:\\Skeny', 'd:/skeny', '\\\\server\\skeny\\obec'])
      expect(checkScanFolder(` ${path} `)).toEqual({ ok: true, value: path });
    expect(checkScanFolder('')).toEqual({ ok: true, value: null });
  });

  it('refuses a relative path, in Czech', () => {
    const expected =
      'Uveďte celou cestu ke složce (např. /mnt/skeny, C:\\Skeny nebo \\\\server\\skeny), ne cestu relativní.';
    for (const path of ['skeny', './skeny', '../skeny', '~/skeny', 'C:skeny', '\\\\server']) {
      const check = checkScanFolder(path);
      expect(check.ok, path).toBe(false);
      if (!check.ok) {
        expect(check.issue.path).toBe('scanFolder');
        expect(issueText(t, check.issue)).toBe(expected);
      }
    }
  });

  it('refuses control characters and an over-long path', () => {
    const control = checkScanFolder('/mnt/sk\u0007eny');
    expect(control.ok ? null : issueText(t, control.issue)).toBe(
      'Cesta obsahuje neviditelné řídicí znaky; napište ji znovu.',
    );
    const long = checkScanFolder(`/${'a'.repeat(SCAN_FOLDER_MAX)}`);
    expect(long.ok ? null : issueText(t, long.issue)).toBe(
      `Cesta je delší než ${SCAN_FOLDER_MAX} znaků.`,
    );
  });
});

const config = {
  conversionRegisterUrl: 'https://konverze.orp.cz/evidence',
  scanFolder: '/mnt/skeny',
} as AppConfig;

describe('checkConversionDraft', () => {
  it('reads the saved settings into the form and gives them back as the patch', () => {
    const draft = conversionDraftOf(config);
    expect(draft).toEqual({
      registerUrl: 'https://konverze.orp.cz/evidence',
      scanFolder: '/mnt/skeny',
    });
    expect(checkConversionDraft(draft)).toEqual({
      ok: true,
      patch: {
        conversionRegisterUrl: 'https://konverze.orp.cz/evidence',
        scanFolder: '/mnt/skeny',
      },
    });
    expect(conversionDraftOf({ ...config, conversionRegisterUrl: null, scanFolder: null })).toEqual(
      { registerUrl: '', scanFolder: '' },
    );
  });

  it('clears both with empty fields', () => {
    expect(checkConversionDraft({ registerUrl: '', scanFolder: ' ' })).toEqual({
      ok: true,
      patch: { conversionRegisterUrl: null, scanFolder: null },
    });
  });

  it('saves nothing while a field is wrong, and names every problem', () => {
    const checked = checkConversionDraft({
      registerUrl: 'https://a:b@konverze.orp.cz/',
      scanFolder: 'skeny',
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.issues.map((issue) => issue.path)).toEqual([
        'conversionRegisterUrl',
        'scanFolder',
      ]);
  });

  it('knows whether the folder in the form is the saved one', () => {
    expect(folderSaved(config, { registerUrl: '', scanFolder: ' /mnt/skeny ' })).toBe(true);
    expect(folderSaved(config, { registerUrl: '', scanFolder: '/mnt/jinde' })).toBe(false);
    expect(folderSaved({ ...config, scanFolder: null }, { registerUrl: '', scanFolder: '' })).toBe(
      true,
    );
  });
});
