import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { navigated } from '../app/appSlice';
import { useAppDispatch } from '../app/store';
import type { ComponentRecord } from '../db/schema';
import { messageOpened } from '../databox/ui/databoxSlice';
import { DeliveryStatus } from '../databox/ui/DeliveryStatus';
import { timeText } from '../databox/ui/messageText';
import { useBoxes } from '../databox/ui/useBoxes';
import { DispatchDialog } from './DispatchDialog';
import { useDocumentMessages } from './useDocumentMessages';
import '../styles/databox.css';

/**
 * The document and the data boxes: for an own document, sending it and where each
 * sending stands (queued, sent, delivered, the fiction date ahead); for one that
 * arrived by data box, the message it came in.
 */
export function DispatchPanel({ doc, files }: { doc: DocumentRecord; files: ComponentRecord[] }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const messages = useDocumentMessages(doc.pid);
  const { boxes } = useBoxes();
  const [open, setOpen] = useState(false);
  // Counted when the panel renders; the fiction date moves by days, not minutes.
  const [now] = useState(() => new Date());
  const own = doc.direction === 'own';
  if (!own && (!messages || messages.length === 0)) return null;
  const showMessage = (id: string, sent: boolean) => {
    dispatch(messageOpened({ id, tab: sent ? 'sent' : 'received' }));
    dispatch(navigated('databox'));
  };
  const cancelled = doc.state === 'cancelled';
  const noBoxes = boxes !== null && boxes.length === 0;
  return (
    <section
      className="journal-detail__section dispatch-panel"
      aria-labelledby="dispatch-panel-title"
      data-testid="dispatch-panel"
    >
      <h3 id="dispatch-panel-title">{t('dispatch.panel.title')}</h3>
      {own && !cancelled ? (
        <div className="journal-detail__actions">
          <button
            type="button"
            className="button button--small"
            data-testid="dispatch-open"
            disabled={!boxes || noBoxes}
            aria-describedby={noBoxes ? 'dispatch-no-boxes' : undefined}
            onClick={() => setOpen(true)}
          >
            {t('dispatch.panel.open')}
          </button>
          {noBoxes ? (
            <span id="dispatch-no-boxes" className="field__hint">
              {t('dispatch.panel.noBoxes')}
            </span>
          ) : null}
        </div>
      ) : null}
      {messages && messages.length === 0 && own ? (
        <p className="journal-detail__none">{t('dispatch.panel.none')}</p>
      ) : null}
      {messages && messages.length > 0 ? (
        <ul className="journal-files">
          {messages.map((message) => {
            const sent = message.direction === 'sent';
            return (
              <li key={message.id} className="journal-file" data-testid="dispatch-message">
                <div className="dispatch-panel__head">
                  <span>
                    {sent
                      ? t('dispatch.panel.sentTo', {
                          recipient:
                            message.envelope.dmRecipient ?? message.envelope.dbIDRecipient ?? '',
                          at: timeText(message.createdAt),
                        })
                      : t('dispatch.panel.receivedFrom', {
                          sender: message.envelope.dmSender ?? message.envelope.dbIDSender ?? '',
                          dmID: message.dmID ?? '',
                        })}
                  </span>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => showMessage(message.id, sent)}
                  >
                    {t('dispatch.panel.show')}
                  </button>
                </div>
                {sent ? <DeliveryStatus message={message} now={now} /> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {open && boxes ? (
        <DispatchDialog doc={doc} files={files} boxes={boxes} onClose={() => setOpen(false)} />
      ) : null}
    </section>
  );
}
