import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { provisionalRest } from './numberStatus';
import '../styles/numberStatus.css';

/** The "prozatímní" mark of a number the eSSL has yet to give; its tooltip says why. */
export function ProvisionalBadge({ referenceNumber }: { referenceNumber: string }) {
  const { t } = useTranslation();
  return (
    <span
      className="number-badge"
      data-testid="provisional-badge"
      title={t('journal.number.provisionalTitle', { referenceNumber })}
    >
      {t('journal.number.provisional')}
    </span>
  );
}

/** The reference-number cell of a journal row whose number is provisional. */
export function ProvisionalReferenceCell({ doc }: { doc: DocumentRecord }) {
  const { t } = useTranslation();
  return (
    <div
      role="gridcell"
      className="record-cell journal-cell--referenceNumber journal-cell--provisional"
      title={t('journal.number.provisionalTitle', { referenceNumber: doc.referenceNumber })}
    >
      <ProvisionalBadge referenceNumber={doc.referenceNumber} />{' '}
      {provisionalRest(doc.referenceNumber)}
    </div>
  );
}
