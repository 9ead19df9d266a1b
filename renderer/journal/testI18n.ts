import type { TFunction } from 'i18next';
import type { Language } from '../../common/contract/types';
import { loadTestI18n } from '../ui/testing/testI18n';

/** A translation function over the real catalogs, for unit tests of the journal's texts. */
export async function journalTestT(language: Language = 'cs'): Promise<TFunction> {
  return (await loadTestI18n(language)).t;
}
