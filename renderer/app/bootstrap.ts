import type { Api } from '../../common/contract/api';
import type { AppConfig, AppInfo } from '../../common/contract/types';
import { importSeed } from '../db/commands/importSeed';
import type { UradovnaDatabase } from '../db/schema';
import { getSetting } from '../db/settings';

export interface Started {
  info: AppInfo;
  config: AppConfig;
  seeded: number;
  /** A real installation without its organisation yet: the app opens on the settings. */
  needsSetup: boolean;
}

export type StartupPhase = 'loading' | 'seeding';

/**
 * Everything before the first screen, once the configuration is read (the caller
 * needed its language first): who we are (main), the database, and — on a fresh
 * demo installation — the demo municipality's journal.
 */
export async function bootstrap(
  api: Api,
  db: UradovnaDatabase,
  config: AppConfig,
  onPhase: (phase: StartupPhase) => void,
): Promise<Started> {
  onPhase('loading');
  const info = await api['app.getInfo']({});
  await db.open();
  let seeded = 0;
  const configured = (await getSetting(db, 'organization')) !== undefined;
  if (info.demo && !configured) {
    onPhase('seeding');
    const seed = await api['demo.loadSeed']({});
    seeded = (await importSeed(db, seed, new Date(), { onlyIntoEmptyDatabase: true })).documents;
  }
  performance.mark('uradovna:ready');
  return { info, config, seeded, needsSetup: !info.demo && !configured };
}
