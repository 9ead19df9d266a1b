import type { OrganizationProfile } from '../../common/contract/types';
import type { UradovnaDatabase } from './schema';

/** Typed keys of the settings table. */
export interface SettingsShape {
  organization: OrganizationProfile;
  currentUser: string;
  handlers: string[];
  /** ISO instant the demo journal was imported; absent for a real installation. */
  demoSeededAt: string;
  /** Mask of case-file references (spisová značka); DEFAULT_CASE_FILE_MASK when unset. */
  caseFileMask: string;
}

export type SettingKey = keyof SettingsShape;

export async function getSetting<K extends SettingKey>(
  db: UradovnaDatabase,
  key: K,
): Promise<SettingsShape[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingsShape[K] | undefined;
}

export async function putSetting<K extends SettingKey>(
  db: UradovnaDatabase,
  key: K,
  value: SettingsShape[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
