import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateChanged } from '../app/statusSlice';
import { useServices } from '../app/services';
import { useAppDispatch, useAppSelector } from '../app/store';
import { useNotify } from '../ui/useNotify';
import { SettingsCard } from './SettingsCard';
import { canCheckForUpdate, updateStatusText } from './updateStatusText';

export function AboutSection() {
  const { t } = useTranslation();
  const { api } = useServices();
  const dispatch = useAppDispatch();
  const notify = useNotify();
  const info = useAppSelector((state) => state.app.info);
  const update = useAppSelector((state) => state.status.update);
  const [checking, setChecking] = useState(false);
  if (!info) return null;
  const status = updateStatusText(update);

  const check = async () => {
    setChecking(true);
    try {
      dispatch(updateChanged(await api['update.check']({})));
    } catch (error) {
      notify.failure(error);
    } finally {
      setChecking(false);
    }
  };

  const restart = async () => {
    try {
      await api['update.restartAndInstall']({});
    } catch (error) {
      notify.failure(error);
    }
  };

  return (
    <SettingsCard title={t('settings.about.title')}>
      <dl className="settings-facts">
        <dt>{t('settings.about.version')}</dt>
        <dd data-testid="about-version">{info.version}</dd>
        <dt>{t('settings.about.platform')}</dt>
        <dd>
          {t(
            info.platform === 'electron'
              ? 'settings.about.platformElectron'
              : 'settings.about.platformWeb',
          )}
        </dd>
        <dt>{t('settings.about.mode')}</dt>
        <dd>{t(info.demo ? 'settings.about.modeDemo' : 'settings.about.modeCustom')}</dd>
        <dt>{t('settings.about.dataDir')}</dt>
        <dd>
          <code className="settings-path">{info.dataDir}</code>
        </dd>
        <dt>{t('settings.about.documents')}</dt>
        <dd>{t('settings.about.documentsWhere')}</dd>
        <dt>{t('settings.about.update')}</dt>
        <dd data-testid="about-update">{t(status.key, status.params)}</dd>
      </dl>
      {update?.state === 'ready' ? (
        <div className="settings-form__actions">
          <button type="button" className="button button--primary" onClick={() => void restart()}>
            {t('settings.about.restart')}
          </button>
        </div>
      ) : null}
      {canCheckForUpdate(update) ? (
        <div className="settings-form__actions">
          <button type="button" className="button" disabled={checking} onClick={() => void check()}>
            {t('settings.about.check')}
          </button>
        </div>
      ) : null}
    </SettingsCard>
  );
}
