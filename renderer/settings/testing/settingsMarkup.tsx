import type { ReactElement } from 'react';
import type { Api } from '../../../common/contract/api';
import { defaultConfig, type AppConfig, type AppInfo } from '../../../common/contract/types';
import { appSlice } from '../../app/appSlice';
import { createStore, type AppStore } from '../../app/store';
import type { UradovnaDatabase } from '../../db/schema';
import { markupTest } from '../../ui/testing/markupTest';

/** The browser host with the demo, as main reports it. */
export const demoInfo: AppInfo = {
  version: '1.0.0',
  platform: 'web',
  demo: true,
  dataDir: '/tmp',
  simUrl: 'http://127.0.0.1:5181',
};

/** A demo configuration with nothing set, but what the test sets. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...defaultConfig,
    ...overrides,
  };
}

/** A store as the app has it once main answered (or still waiting, without `started`). */
export function settingsStore(started?: { info: AppInfo; config: AppConfig }): AppStore {
  const store = createStore();
  if (started) store.dispatch(appSlice.actions.started(started));
  return store;
}

/**
 * The markup test of a settings section: it reads the store and the services, never the
 * database; `api` answers the calls a test makes itself (a static render runs no effects).
 */
export function settingsMarkupTest(api?: () => Api) {
  const { i18n, html } = markupTest({
    services: () => ({ db: {} as UradovnaDatabase, api: api?.() }),
  });
  return {
    i18n,
    html: (element: ReactElement, started?: { info: AppInfo; config: AppConfig }) =>
      html(element, { store: settingsStore(started) }),
  };
}
