import i18next, { type i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'react-redux';
import { beforeAll } from 'vitest';
import type { Api } from '../../../common/contract/api';
import type { Language } from '../../../common/contract/types';
import { ServicesProvider } from '../../app/services';
import { createStore, type AppStore } from '../../app/store';
import type { UradovnaDatabase } from '../../db/schema';
import { initTestI18n } from './testI18n';

/** Effects do not run in a static render: nothing of the API may be called. */
export const staticRenderApi = new Proxy({} as Api, {
  get: () => () => Promise.reject(new Error('not called in a static render')),
});

export interface MarkupTestOptions {
  language?: Language;
  /**
   * Components that read the services (and the store) render inside them, as in the app; the
   * database is asked for at each render, so a test may open a fresh one before each test.
   */
  services?: () => { db: UradovnaDatabase; api?: Api };
}

export interface RenderOptions {
  /** A store prepared by the test (started, a screen's state); a fresh one otherwise. */
  store?: AppStore;
  /** Another language than the file's. */
  i18n?: I18n;
}

export interface MarkupTest {
  /** The catalogs, loaded before the file's tests run. */
  i18n: I18n;
  /** The element's static HTML, with the app's texts. */
  html: (element: ReactElement, options?: RenderOptions) => string;
}

/**
 * The frame of a markup test: the app's catalogs, loaded before the file's tests, and a static
 * render of an element with them (and with the store and services, where the element needs them).
 */
export function markupTest(options: MarkupTestOptions = {}): MarkupTest {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await initTestI18n(i18n, options.language);
  });
  const html = (element: ReactElement, render: RenderOptions = {}) => {
    const translated = <I18nextProvider i18n={render.i18n ?? i18n}>{element}</I18nextProvider>;
    if (!options.services) return renderToStaticMarkup(translated);
    const { db, api = staticRenderApi } = options.services();
    return renderToStaticMarkup(
      <Provider store={render.store ?? createStore()}>
        <ServicesProvider services={{ api, db }}>{translated}</ServicesProvider>
      </Provider>,
    );
  };
  return { i18n, html };
}
