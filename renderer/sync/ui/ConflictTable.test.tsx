import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConflictField } from '../../../common/domain/sync';
import { ConflictTable } from './ConflictTable';
import { syncTestI18n } from './testI18n';

let i18n: I18n;
beforeAll(async () => {
  i18n = await syncTestI18n('cs');
});

const html = (element: ReactElement) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);

const fields: ConflictField[] = [
  { field: 'subject', base: 'Žádost', mine: 'Žádost o kácení', theirs: 'Žádost o pokácení' },
  {
    field: 'sender',
    base: null,
    mine: { kind: 'person', name: '<img src=x onerror=alert(1)>' },
    theirs: { kind: 'organization', name: 'Lesy a.s.', ico: '27082440' },
  },
];

const table = (choices: Record<string, 'mine' | 'theirs' | undefined> = {}) =>
  html(<ConflictTable idPrefix="c1" fields={fields} choices={choices} onChoose={() => {}} />);

/** The cells of the row of one field, as text. */
function rowCells(markup: string, field: string): string[] {
  const row = markup.match(new RegExp(`<tr data-field="${field}">(.*?)</tr>`))?.[1] ?? '';
  return [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) =>
    (cell[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('ConflictTable', () => {
  it('shows each field side by side: before, my edit, the eSSL’s version', () => {
    const markup = table();
    expect(markup).toContain('<th scope="col">Původně</th>');
    expect(markup).toContain('<th scope="col">Moje úprava</th>');
    expect(markup).toContain('<th scope="col">Verze v eSSL</th>');
    expect(rowCells(markup, 'subject').slice(0, 4)).toEqual([
      'Věc',
      'Žádost',
      'Žádost o kácení',
      'Žádost o pokácení',
    ]);
    expect(rowCells(markup, 'sender').slice(0, 4)).toEqual([
      'Odesílatel',
      '(prázdné)',
      '&lt;img src=x onerror=alert(1)&gt;',
      'Lesy a.s. IČO 27082440',
    ]);
  });

  it('never renders a value as markup', () => {
    expect(table()).not.toContain('<img');
  });

  it('offers per field a radio group named by the field, nothing chosen at first', () => {
    const markup = table();
    expect(markup).toContain('role="radiogroup" aria-label="Věc"');
    expect(markup).toContain('role="radiogroup" aria-label="Odesílatel"');
    expect(markup.match(/type="radio" name="c1-subject"/g)).toHaveLength(2);
    expect(markup).not.toContain('checked');
  });

  it('marks the chosen version of each field', () => {
    const markup = table({ subject: 'theirs', sender: 'mine' });
    expect(markup).toContain('name="c1-subject" checked="" value="theirs"');
    expect(markup).toContain('name="c1-sender" checked="" value="mine"');
    expect(markup).toContain('name="c1-subject" value="mine"/>');
    expect(markup.match(/checked=""/g)).toHaveLength(2);
  });
});
