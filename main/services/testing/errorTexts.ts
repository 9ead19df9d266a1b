/**
 * The checks every family of a service's errors shares with its texts in the
 * renderer: the Czech text, filled with the error's parameters, is the message main
 * throws; the English text asks for the same parameters; each kind has a text and no
 * text is left without a kind. Used by tests only.
 */
import { expect, it } from 'vitest';
import type { ServiceError } from '../../../common/contract/envelope';

type Texts = Record<string, string>;

/** A text with its `{{name}}` placeholders filled as i18next would. */
export const renderText = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? `{{${key}}}`));

/** The names of a text's `{{name}}` placeholders, sorted. */
export const placeholders = (template: string) =>
  [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

/** Declares the shared checks (inside a `describe`) for the errors `errors.<family>.*`. */
export function itMatchesErrorTexts(
  family: string,
  errors: readonly ServiceError[],
  cs: Texts,
  en: Texts,
): void {
  const prefix = `errors.${family}.`;
  it.each(errors.map((error) => [error.code, error] as const))(
    '%s: the Czech text is the message, the English one has the same parameters',
    (code, error) => {
      const kind = code.replace(prefix, '');
      expect(code.startsWith(prefix)).toBe(true);
      expect(renderText(cs[kind] ?? '', error.params)).toBe(error.message);
      expect(placeholders(en[kind] ?? '')).toEqual(placeholders(cs[kind] ?? ''));
    },
  );

  it('has a text for every kind, and no text for none', () => {
    const kinds = errors.map((error) => error.code.replace(prefix, '')).sort();
    expect(Object.keys(cs).sort()).toEqual(kinds);
    expect(Object.keys(en).sort()).toEqual(kinds);
  });
}
