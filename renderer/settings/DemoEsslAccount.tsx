import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EsslAccount } from '../../common/contract/essl';
import { useServices } from '../app/services';
import { errorText } from '../i18n';

type AccountState =
  | { phase: 'loading' }
  | { phase: 'loaded'; account: EsslAccount }
  | { phase: 'failed'; error: unknown };

/** The demo's eSSL login, made up by the built-in simulator: shown, not edited. */
export function DemoEsslAccount() {
  const { t } = useTranslation();
  const { api } = useServices();
  const [state, setState] = useState<AccountState>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    api['essl.account']({}).then(
      (account) => live && setState({ phase: 'loaded', account }),
      (error: unknown) => live && setState({ phase: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return (
    <section
      className="settings-stack"
      aria-labelledby="demo-essl-account"
      data-testid="demo-essl-account"
    >
      <h3 id="demo-essl-account" className="settings-handlers__title">
        {t('settings.connection.demoAccount')}
      </h3>
      {state.phase === 'loading' ? (
        <p aria-busy="true">{t('settings.connection.demoAccountLoading')}</p>
      ) : null}
      {state.phase === 'failed' ? (
        <p className="settings-note settings-note--warning" role="alert">
          {t('settings.connection.demoAccountFailed', { reason: errorText(t, state.error) })}
        </p>
      ) : null}
      {state.phase === 'loaded' ? (
        <dl className="settings-facts">
          <dt>{t('settings.connection.accountUser')}</dt>
          <dd data-testid="demo-essl-user">{state.account.user ?? '—'}</dd>
          <dt>{t('settings.connection.accountSystemCode')}</dt>
          <dd>{state.account.systemCode}</dd>
          <dt>{t('settings.connection.accountUrl')}</dt>
          <dd className="settings-path">{state.account.url ?? '—'}</dd>
        </dl>
      ) : null}
      <p className="settings-note">{t('settings.connection.demoAccountNote')}</p>
    </section>
  );
}
