import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContractCallError } from '../../../common/contract/envelope';
import { letterIssue } from '../../../common/letters/messages';
import { CommandError } from '../../db/errors';
import { letterTestT } from '../testing/letterI18n';
import { importRefusalText, letterIssueDisplay, renderFailureText } from './letterErrorText';

let t: TFunction;
beforeAll(async () => {
  t = await letterTestT();
});

const fromMain = (code: string, message: string, params: Record<string, string> = {}) =>
  new ContractCallError({ code, message, params });

describe('renderFailureText', () => {
  it('names the field by its key in the UI language, main’s name otherwise', () => {
    const glyph = (params: Record<string, string>) =>
      renderFailureText(
        t,
        fromMain('errors.letters.missingGlyph', 'x', {
          char: '字',
          codePoint: 'U+5B57',
          ...params,
        }),
      );
    expect(glyph({ field: 'Adresát', fieldKey: 'addressee' })).toContain('v poli Adresát nelze');
    expect(glyph({ field: 'Něco nového', fieldKey: 'novinka' })).toContain(
      'v poli Něco nového nelze',
    );
  });

  it('gives the reason of content main refused, and of anything else', () => {
    expect(
      renderFailureText(
        t,
        fromMain('errors.letters.invalid', 'Dopis nelze vytvořit', {
          reason: 'Vyplňte věc dopisu.',
        }),
      ),
    ).toBe('Náhled čeká na opravu: Vyplňte věc dopisu.');
    expect(
      renderFailureText(
        t,
        new CommandError('errors.validation', [
          { path: 'body', message: letterIssue('bodyRequired') },
        ]),
      ),
    ).toBe('Náhled čeká na opravu: Napište text dopisu.');
    expect(renderFailureText(t, new Error('boom'))).toBe(
      'Náhled se nepodařilo vytvořit: Nastala neočekávaná chyba. Podrobnosti jsou v protokolu aplikace.',
    );
  });
});

describe('importRefusalText', () => {
  it('falls back to the general text for what is no PDF refusal', () => {
    expect(importRefusalText(t, new CommandError('errors.letterEditor.signed'))).toBe(
      'Dopis je už podepsaný — podepsaný dopis nelze měnit.',
    );
  });
});

describe('letterIssueDisplay', () => {
  it('reads a letter issue in Czech even where the catalog lacks it', async () => {
    const bare = (await import('i18next')).default.createInstance();
    await bare.init({
      lng: 'cs',
      resources: { cs: { translation: {} } },
      showSupportNotice: false,
    });
    expect(
      letterIssueDisplay(bare.t, {
        path: 'subject',
        message: letterIssue('subjectTooLong'),
        params: { max: 255 },
      }),
    ).toBe('Věc je příliš dlouhá (nejvýše 255 znaků).');
  });
});
