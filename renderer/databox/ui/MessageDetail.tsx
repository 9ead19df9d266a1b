import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { DetailFrame } from '../../ui/DetailFrame';
import { useOpenInJournal } from '../../journal/useOpenInJournal';
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
  const message = useMessage(id);
  const reference = useDocumentReference(message?.documentPid ?? null);
  // The fiction date is counted from the time the pane opened; a minute's drift does not matter.
  const [now] = useState(() => new Date());

  const unread = message?.direction === 'received' && message.unread;
  useEffect(() => {
    if (unread) void markMessageRead(db, id);
  }, [db, id, unread]);

  const openDocument = useOpenInJournal();

  return (
    <DetailFrame
      titleId="databox-detail-title"
      className="databox-detail"
      testId="databox-detail"
      kicker={message ? boxLabel(message.boxKey) : t('databox.detail.region')}
      title={
        message
          ? counterpartyText(message) || t('databox.detail.region')
          : t('databox.detail.region')
      }
      closeLabel={t('databox.detail.close')}
      onClose={onClose}
      found={message === undefined ? undefined : message !== null}
      loadingText={t('databox.detail.loading')}
      missingText={t('databox.detail.missing')}
    >
      {message ? (
        <>
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
        </>
      ) : null}
    </DetailFrame>
  );
}
