import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigated } from '../../app/appSlice';
import { useServices } from '../../app/services';
import { useAppDispatch } from '../../app/store';
import { detailOpened } from '../../journal/journalSlice';
import { DeliveryStatus } from './DeliveryStatus';
import { EnvelopeFields } from './EnvelopeFields';
import { MessageFiles } from './MessageFiles';
import { counterpartyText, suspicionText } from './messageText';
import { SealSection } from './SealSection';
import { useDocumentReference } from './useDocumentReference';
import { useMessage } from './useMessages';
import { markMessageRead } from './markRead';

export interface MessageDetailProps {
  id: string;
  boxLabel: (key: string) => string;
  onClose: () => void;
}

/** One data message: envelope, seal and timestamp, files, the journal document, and for ours the delivery. */
export function MessageDetail({ id, boxLabel, onClose }: MessageDetailProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const dispatch = useAppDispatch();
  const message = useMessage(id);
  const reference = useDocumentReference(message?.documentPid ?? null);
  // The fiction date is counted from the time the pane opened; a minute's drift does not matter.
  const [now] = useState(() => new Date());

  const unread = message?.direction === 'received' && message.unread;
  useEffect(() => {
    if (unread) void markMessageRead(db, id);
  }, [db, id, unread]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  const openDocument = (pid: string) => {
    dispatch(detailOpened(pid));
    dispatch(navigated('journal'));
  };

  return (
    <aside
      className="journal-detail databox-detail"
      aria-labelledby="databox-detail-title"
      data-testid="databox-detail"
      onKeyDown={onKeyDown}
    >
      <header className="journal-detail__header">
        <div className="journal-detail__heading">
          <span className="journal-detail__kicker">
            {message ? boxLabel(message.boxKey) : t('databox.detail.region')}
          </span>
          <h2 id="databox-detail-title">
            {message
              ? counterpartyText(message) || t('databox.detail.region')
              : t('databox.detail.region')}
          </h2>
        </div>
        <button
          type="button"
          className="dialog__close"
          aria-label={t('databox.detail.close')}
          title={t('databox.detail.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {message === undefined ? (
        <p className="journal-detail__none">{t('databox.detail.loading')}</p>
      ) : null}
      {message === null ? (
        <p className="journal-detail__none">{t('databox.detail.missing')}</p>
      ) : null}
      {message ? (
        <div className="journal-detail__body">
          {message.suspicious.length > 0 ? (
            <div className="databox-warning" role="note" data-testid="databox-detail-suspicious">
              <strong>
                <span aria-hidden="true">⚠ </span>
                {t('databox.suspicion.title')}
              </strong>
              <ul>
                {message.suspicious.map((reason) => (
                  <li key={reason}>{suspicionText(t, reason)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <section className="journal-detail__section" aria-labelledby="databox-document-title">
            <h3 id="databox-document-title">{t('databox.detail.document')}</h3>
            {message.documentPid ? (
              <p data-testid="databox-document">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => openDocument(message.documentPid as string)}
                >
                  {t('databox.detail.openDocument', {
                    reference: reference ?? message.documentPid,
                  })}
                </button>
              </p>
            ) : (
              <p className="journal-detail__none" data-testid="databox-document">
                {t('databox.detail.noDocument')}
              </p>
            )}
          </section>
          {message.direction === 'sent' ? (
            <section className="journal-detail__section" aria-labelledby="databox-delivery-title">
              <h3 id="databox-delivery-title">{t('databox.delivery.title')}</h3>
              <DeliveryStatus message={message} now={now} />
            </section>
          ) : null}
          <EnvelopeFields message={message} />
          <MessageFiles message={message} />
          {message.direction === 'received' || message.seal ? (
            <SealSection seal={message.seal} timestamp={message.timestamp} />
          ) : null}
        </div>
      ) : null}
    </aside>
  );
}
