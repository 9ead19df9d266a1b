import { defaultLetterTemplates } from '../../../common/letters/defaults';
import type { LetterTemplate } from '../../../common/letters/model';
import type { UradovnaDatabase } from '../../db/schema';
import { getSetting } from '../../db/settings';

/**
 * The settings row the office's letter templates live in. Not (yet) a key of
 * SettingsShape, so it is read and written here with its type.
 */
export const LETTER_TEMPLATES_KEY = 'letterTemplates';

/** The templates saved in Settings; undefined (or empty) when the office kept the defaults. */
export async function storedLetterTemplates(
  db: UradovnaDatabase,
): Promise<LetterTemplate[] | undefined> {
  const row = await db.settings.get(LETTER_TEMPLATES_KEY);
  return Array.isArray(row?.value) ? (row.value as LetterTemplate[]) : undefined;
}

export async function putLetterTemplates(
  db: UradovnaDatabase,
  templates: LetterTemplate[],
): Promise<void> {
  await db.settings.put({ key: LETTER_TEMPLATES_KEY, value: templates });
}

/**
 * The templates a letter can be written with: the saved ones, or — until the office
 * saves one — the defaults built from its organisation profile.
 */
export async function letterTemplatesOf(db: UradovnaDatabase): Promise<LetterTemplate[]> {
  const stored = await storedLetterTemplates(db);
  if (stored && stored.length > 0) return stored;
  const organization = await getSetting(db, 'organization');
  return defaultLetterTemplates(organization ?? { name: '', ico: '', dataBoxId: '', address: '' });
}
