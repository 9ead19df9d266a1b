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
  /** How data messages are classified when they are registered on receipt (data boxes). */
  databoxIntake: DataboxIntakeSetting;
}

/** The file mark and handler a received data message is registered with; null = not chosen. */
export interface DataboxIntakeDefaults {
  fileMark: string | null;
  handler: string | null;
}

export interface DataboxIntakeSetting extends DataboxIntakeDefaults {
  /** Per box (settings key), where a box's mail goes elsewhere (the school's box). */
  byBox?: Record<string, DataboxIntakeDefaults>;
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
