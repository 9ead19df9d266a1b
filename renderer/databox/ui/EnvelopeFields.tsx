import { useTranslation } from 'react-i18next';
import type { DataMessageRecord } from '../../../common/domain/databox';
import { flagText, legalTitleText, subjectText, timeText } from './messageText';

function Row({ label, value, code }: { label: string; value: string | null; code?: boolean }) {
  if (value === null || value === '') return null;
  return (
    <div className="journal-fields__row">
      <dt>{label}</dt>
      <dd className={code ? 'journal-fields__code' : undefined}>{value}</dd>
    </div>
  );
}

/** The envelope (obálka): every field as text; what the sender typed is never read as markup. */
export function EnvelopeFields({ message }: { message: DataMessageRecord }) {
  const { t } = useTranslation();
  const envelope = message.envelope;
  const legal = legalTitleText(t, envelope);
  return (
    <section className="journal-detail__section" aria-labelledby="databox-envelope-title">
      <h3 id="databox-envelope-title">{t('databox.envelope.title')}</h3>
      <dl className="journal-fields" data-testid="databox-envelope">
        <div className="journal-fields__row">
          <dt>{t('databox.envelope.subject')}</dt>
          <dd className="journal-fields__subject" data-testid="databox-subject">
            {subjectText(t, message)}
          </dd>
        </div>
        <Row label={t('databox.envelope.sender')} value={envelope.dmSender} />
        <Row label={t('databox.envelope.senderAddress')} value={envelope.dmSenderAddress} />
        <Row label={t('databox.envelope.senderBox')} value={envelope.dbIDSender} code />
        <Row label={t('databox.envelope.recipient')} value={envelope.dmRecipient} />
        <Row label={t('databox.envelope.recipientAddress')} value={envelope.dmRecipientAddress} />
        <Row label={t('databox.envelope.recipientBox')} value={envelope.dbIDRecipient} code />
        <Row label={t('databox.envelope.dmID')} value={message.dmID} code />
        <Row label={t('databox.envelope.senderRef')} value={envelope.dmSenderRefNumber} />
        <Row label={t('databox.envelope.senderIdent')} value={envelope.dmSenderIdent} />
        <Row label={t('databox.envelope.recipientRef')} value={envelope.dmRecipientRefNumber} />
        <Row label={t('databox.envelope.recipientIdent')} value={envelope.dmRecipientIdent} />
        <Row label={t('databox.envelope.toHands')} value={envelope.dmToHands} />
        <Row label={t('databox.envelope.legalTitle')} value={legal} />
        <Row
          label={t('databox.envelope.personalDelivery')}
          value={flagText(t, envelope.dmPersonalDelivery)}
        />
        <Row
          label={t('databox.envelope.allowFiction')}
          value={flagText(t, envelope.dmAllowSubstDelivery)}
        />
        <Row label={t('databox.envelope.deliveryTime')} value={timeText(message.deliveryTime)} />
        <Row
          label={t('databox.envelope.acceptanceTime')}
          value={timeText(message.acceptanceTime)}
        />
      </dl>
    </section>
  );
}
