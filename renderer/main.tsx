import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { App } from './app/App';
import { bootstrap, type StartupPhase } from './app/bootstrap';
import { navigated, started } from './app/appSlice';
import { ServicesProvider, type Services } from './app/services';
import { createStore } from './app/store';
import { getDatabase } from './db/database';
import { errorText, initI18n } from './i18n';
import i18next from 'i18next';
import { getApi } from './platform/api';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/caseFiles.css';
import './styles/filePlan.css';
import './styles/recordsOffice.css';
import './styles/txlog.css';

const store = createStore();
const services: Services = { api: getApi(), db: getDatabase() };

// Before i18n is up only a neutral, bilingual text can be shown.
const BOOT_TEXT = 'Úřadovna…';

function Root() {
  const [phase, setPhase] = useState<StartupPhase | 'ready' | 'failed'>('loading');
  const [failure, setFailure] = useState<string | null>(null);
  const [i18nReady, setI18nReady] = useState(false);

  const start = useCallback(() => {
    const run = async () => {
      setPhase('loading');
      setFailure(null);
      try {
        const config = await services.api['config.get']({});
        if (!i18next.isInitialized) await initI18n(config.language);
        setI18nReady(true);
        const result = await bootstrap(services.api, services.db, config, setPhase);
        store.dispatch(started({ info: result.info, config: result.config }));
        if (result.needsSetup) store.dispatch(navigated('settings'));
        setPhase('ready');
      } catch (error) {
        if (!i18next.isInitialized) await initI18n('cs');
        setI18nReady(true);
        void services.api['log.write']({
          level: 'error',
          message: `startup failed: ${String(error)}`,
        }).catch(() => undefined);
        setFailure(errorText(i18next.t, error));
        setPhase('failed');
      }
    };
    void run();
  }, []);

  useEffect(start, [start]);

  if (phase === 'ready') return <App />;
  if (!i18nReady)
    return (
      <div className="startup" aria-busy="true">
        {BOOT_TEXT}
      </div>
    );
  if (phase === 'failed') {
    return (
      <main className="startup" role="alert">
        <h1>{i18next.t('common.startup.failed')}</h1>
        <p>{failure}</p>
        <button type="button" className="button button--primary" onClick={start}>
          {i18next.t('common.startup.retry')}
        </button>
      </main>
    );
  }
  return (
    <main className="startup" aria-busy="true">
      <p>{i18next.t(phase === 'seeding' ? 'common.startup.seeding' : 'common.startup.loading')}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider store={store}>
      <ServicesProvider services={services}>
        <Root />
      </ServicesProvider>
    </Provider>
  </StrictMode>,
);
