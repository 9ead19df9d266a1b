import { useTranslation } from 'react-i18next';
import type { IsdsBoxInfo } from '../../../common/contract/isds';
import type { ReceiveView } from './receiveView';

/**
 * The boxes with a download button each, what the last download brought, and for a box
 * reached directly (not through the ORP gateway) the warning that a download is a login.
 */
export function BoxesPanel({
  boxes,
  receive,
  onSettings,
}: {
  boxes: IsdsBoxInfo[];
  receive: ReceiveView;
  onSettings: () => void;
}) {
  const { t } = useTranslation();
  const direct = boxes.filter((box) => !box.viaGateway);
  if (boxes.length === 0) {
    return (
      <div className="databox-boxes databox-boxes--empty" data-testid="databox-no-boxes">
        <p>{t('databox.boxes.none')}</p>
        <button type="button" className="button" onClick={onSettings}>
          {t('databox.boxes.openSettings')}
        </button>
      </div>
    );
  }
  return (
    <div className="databox-boxes">
      <ul className="databox-boxes__list" aria-label={t('databox.boxes.label')}>
        {boxes.map((box) => {
          const error = receive.boxErrors.get(box.key) ?? null;
          return (
            <li key={box.key} className="databox-box" data-testid={`databox-box-${box.key}`}>
              <span className="databox-box__label">{box.label}</span>
              {box.dbID ? <span className="databox-box__id">{box.dbID}</span> : null}
              <span className="databox-box__via">
                {box.viaGateway ? t('databox.boxes.viaGateway') : t('databox.boxes.direct')}
              </span>
              <button
                type="button"
                className="button button--small"
                data-testid={`databox-receive-${box.key}`}
                disabled={receive.busy}
                aria-label={t('databox.receive.oneNamed', { box: box.label })}
                onClick={() => receive.receive([box.key])}
              >
                {t('databox.receive.one')}
              </button>
              {error ? (
                <span className="databox-box__error" role="alert">
                  {error}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {direct.length > 0 ? (
        <p className="databox-legal" role="note" data-testid="databox-legal-note">
          {t('databox.receive.legalNote', {
            boxes: direct.map((box) => box.label).join(', '),
            count: direct.length,
          })}
        </p>
      ) : null}
      <div aria-live="polite" className="databox-receive">
        {receive.progress ? (
          <p className="databox-receive__progress" data-testid="databox-receive-progress">
            {receive.progress}
          </p>
        ) : null}
        {receive.result ? (
          <p
            className={`databox-receive__result databox-receive__result--${receive.result.tone}`}
            data-testid="databox-receive-result"
          >
            {receive.result.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
