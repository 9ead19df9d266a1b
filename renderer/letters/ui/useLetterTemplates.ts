import { useLiveQuery } from 'dexie-react-hooks';
import type { LetterTemplate } from '../../../common/letters/model';
import { useServices } from '../../app/services';
import { letterTemplatesOf, storedLetterTemplates } from '../db/templates';

export interface LetterTemplates {
  templates: LetterTemplate[];
  /** False while the office runs on the defaults built from its organisation. */
  saved: boolean;
}

/** The office's letter templates, kept live; undefined while loading. */
export function useLetterTemplates(): LetterTemplates | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [stored, templates] = await Promise.all([
      storedLetterTemplates(db),
      letterTemplatesOf(db),
    ]);
    return { templates, saved: (stored?.length ?? 0) > 0 };
  }, [db]);
}
