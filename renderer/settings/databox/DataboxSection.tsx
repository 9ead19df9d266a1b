import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsdsBoxInfo } from '../../../common/contract/isds';
import { useServices } from '../../app/services';
import { sharedDataboxEngine } from '../../databox/sharedEngine';
import { useBoxes } from '../../databox/ui/useBoxes';
import { Dialog } from '../../ui/Dialog';
import { ConfirmButtons } from '../../ui/DialogButtons';
import { useNotify } from '../../ui/useNotify';
import { SettingsCard } from '../SettingsCard';
import { BoxConnectionTest } from './BoxConnectionTest';
import { BoxDialog } from './BoxDialog';
import '../../styles/databox.css';

type Editing = { box: IsdsBoxInfo | null } | null;

/** Nastavení → Datové schránky: the boxes this PC works with, added, edited, tested and removed. */
export function DataboxSection() {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const boxesState = useBoxes();
  const { boxes } = boxesState;
  // A changed box may change the gateway's polling schedule.
  const reload = async () => {
    await boxesState.reload();
    try {
      const { boxes: current } = await api['isds.boxes']({});
      sharedDataboxEngine(db, api).engine.schedulePolls(current);
    } catch {
      // The list shows the failure; the schedule keeps its last state.
    }
  };
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<IsdsBoxInfo | null>(null);
  const [working, setWorking] = useState(false);

  const remove = async (box: IsdsBoxInfo) => {
    setWorking(true);
    try {
      await api['isds.removeBox']({ key: box.key });
      notify.success(t('databox.settings.removed', { label: box.label }));
      setRemoving(null);
      await reload();
    } catch (error) {
      notify.failure(error);
    } finally {
      setWorking(false);
    }
  };

  return (
    <SettingsCard
      title={t('databox.settings.title')}
      description={t('databox.settings.description')}
    >
      <div data-testid="databox-settings">
        {boxes === null ? <p className="settings-note">{t('databox.settings.loading')}</p> : null}
        {boxes && boxes.length === 0 ? (
          <p className="settings-note">{t('databox.settings.none')}</p>
        ) : null}
        {boxes && boxes.length > 0 ? (
          <ul className="databox-settings__list">
            {boxes.map((box) => (
              <li
                key={box.key}
                className="databox-settings__box"
                data-testid={`databox-settings-box-${box.key}`}
              >
                <div className="databox-settings__head">
                  <strong>{box.label}</strong>
                  {box.dbID ? <span className="databox-box__id">{box.dbID}</span> : null}
                </div>
                <dl className="settings-facts">
                  <dt>{t('databox.settings.login')}</dt>
                  <dd>{t(`databox.settings.loginMethod.${box.login}`)}</dd>
                  <dt>{t('databox.settings.url')}</dt>
                  <dd className="settings-path">{box.url}</dd>
                  <dt>{t('databox.settings.where')}</dt>
                  <dd>
                    {box.viaGateway
                      ? box.autoPoll
                        ? t('databox.settings.gatewayPolled', { minutes: box.pollMinutes })
                        : t('databox.settings.gatewayManual')
                      : t('databox.settings.directManual')}
                  </dd>
                  <dt>{t('databox.settings.secrets')}</dt>
                  <dd>
                    {[
                      box.hasPassword ? t('databox.settings.hasPassword') : null,
                      box.hasCertificate ? t('databox.settings.hasCertificate') : null,
                    ]
                      .filter(Boolean)
                      .join(', ') || t('databox.settings.noSecrets')}
                  </dd>
                </dl>
                <div className="settings-form__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('databox.settings.editNamed', { label: box.label })}
                    onClick={() => setEditing({ box })}
                  >
                    {t('databox.settings.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t('databox.settings.removeNamed', { label: box.label })}
                    onClick={() => setRemoving(box)}
                  >
                    {t('databox.settings.remove')}
                  </button>
                </div>
                <BoxConnectionTest
                  boxKey={box.key}
                  label={box.label}
                  onTested={() => void reload()}
                />
              </li>
            ))}
          </ul>
        ) : null}
        <div className="settings-form__actions">
          <button
            type="button"
            className="button"
            data-testid="databox-settings-add"
            onClick={() => setEditing({ box: null })}
          >
            {t('databox.settings.add')}
          </button>
        </div>
      </div>
      {editing ? (
        <BoxDialog
          box={editing.box}
          takenKeys={(boxes ?? []).map((box) => box.key)}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
        />
      ) : null}
      {removing ? (
        <Dialog
          title={t('databox.settings.removeTitle', { label: removing.label })}
          open
          onClose={() => setRemoving(null)}
          footer={
            <ConfirmButtons
              onCancel={() => setRemoving(null)}
              onConfirm={() => void remove(removing)}
              confirmLabel={t('databox.settings.removeConfirm')}
              working={working}
              danger
            />
          }
        >
          <p>{t('databox.settings.removeExplained', { label: removing.label })}</p>
        </Dialog>
      ) : null}
    </SettingsCard>
  );
}
