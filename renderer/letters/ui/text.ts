import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { letterEditor } from '../../i18n/locales/cs/letterEditor';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the `letterEditor` catalog, checked against the Czech catalog itself. */
export type LetterTextKey = Leaves<typeof letterEditor>;

export type TextParams = Record<string, string | number>;

export function letterText(t: TFunction, key: LetterTextKey, params: TextParams = {}): string {
  return t(`letterEditor.${key}` as never, params) as string;
}

/** `letterText` bound to the current language. */
export function useLetterText(): (key: LetterTextKey, params?: TextParams) => string {
  const { t } = useTranslation();
  return useCallback((key, params) => letterText(t, key, params), [t]);
}
