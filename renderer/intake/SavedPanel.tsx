import { useLiveQuery } from 'dexie-react-hooks';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { retentionLabel } from '../../common/domain/filePlan';
import { formatOfficeDate, formatOfficeDateTime } from '../../common/domain/time';
import { useServices } from '../app/services';
import { ProvisionalBadge } from '../journal/NumberBadge';
import type { SavedDocument } from './intakeDraft';

interface Props {
  saved: SavedDocument;
  onStamp: () => void;
  onAnother: () => void;
  onShowInJournal: () => void;
}

/**
 * The confirmation after a save: the reference number, big enough to copy onto the
 * letter by hand, and the next steps. What it shows is read back from the database,
 * so the clerk sees what was stored, not what was typed.
 */
export const SavedPanel = forwardRef<HTMLHeadingElement, Props>(function SavedPanel(
  { saved, onStamp, onAnother, onShowInJournal },
  headingRef,
) {
  const { t } = useTranslation();
  const { db } = useServices();
  const record = useLiveQuery(() => db.documents.get(saved.pid), [db, saved.pid]);
  // What is stored wins: a sync may have replaced the number meanwhile.
  const provisional = (record?.numberStatus ?? saved.numberStatus) === 'provisional';
  return (
    <section className="saved-panel" role="status" aria-labelledby="intake-saved-title">
      <h2 id="intake-saved-title" ref={headingRef} tabIndex={-1} className="saved-panel__title">
        {t('intake.saved.title')}
      </h2>
      <p className="saved-panel__reference">
        <span className="saved-panel__reference-label">{t('intake.saved.reference')}</span>{' '}
        <strong data-testid="saved-reference">{saved.referenceNumber}</strong>
        {provisional ? (
          <>
            {' '}
            <ProvisionalBadge referenceNumber={saved.referenceNumber} />
          </>
        ) : null}
      </p>
      {provisional ? (
        <p className="saved-panel__provisional" data-testid="saved-provisional">
          {t('intake.saved.provisional')}
        </p>
      ) : null}
      <dl className="saved-panel__facts">
        <div>
          <dt>{t('intake.saved.pid')}</dt>
          <dd className="intake-mono" data-testid="saved-pid">
            {saved.pid}
          </dd>
        </div>
        {record ? (
          <>
            <div className="saved-panel__wide">
              <dt>{t('intake.saved.subject')}</dt>
              <dd data-testid="saved-subject">{record.subject}</dd>
            </div>
            <div className="saved-panel__wide">
              <dt>
                {record.direction === 'incoming'
                  ? t('intake.saved.sender')
                  : t('intake.saved.addressees')}
              </dt>
              <dd data-testid="saved-counterparty">{record.counterparty}</dd>
            </div>
            <div>
              <dt>
                {record.direction === 'incoming'
                  ? t('intake.saved.receivedAt')
                  : t('intake.saved.createdOn')}
              </dt>
              <dd>
                {record.direction === 'incoming'
                  ? formatOfficeDateTime(record.documentDate)
                  : formatOfficeDate(record.documentDate)}
              </dd>
            </div>
            <div>
              <dt>{t('intake.saved.sheets')}</dt>
              <dd>
                {record.attachments.count > 0
                  ? t('intake.saved.sheetsValueKind', {
                      sheets: record.sheets,
                      attachments: record.attachments.count,
                      kind: t(`common.enums.attachmentKind.${record.attachments.kind}`),
                    })
                  : t('intake.saved.sheetsValue', { sheets: record.sheets, attachments: 0 })}
              </dd>
            </div>
            <div>
              <dt>{t('intake.saved.fileMark')}</dt>
              <dd>
                {t('intake.saved.fileMarkValue', {
                  mark: record.fileMark,
                  rule: retentionLabel(record.retention),
                })}
              </dd>
            </div>
            <div>
              <dt>{t('intake.saved.handler')}</dt>
              <dd>{record.handler}</dd>
            </div>
            <div>
              <dt>{t('intake.saved.files')}</dt>
              <dd>
                {record.componentCount > 0 ? record.componentCount : t('intake.saved.filesNone')}
              </dd>
            </div>
          </>
        ) : null}
      </dl>
      {saved.renamedFiles.length > 0 ? (
        <ul className="saved-panel__renamed">
          {saved.renamedFiles.map(([from, to]) => (
            <li key={`${from}-${to}`}>{t('validation.file.renamed', { from, to })}</li>
          ))}
        </ul>
      ) : null}
      <div className="saved-panel__actions">
        <button type="button" className="button button--primary" onClick={onStamp}>
          {t('intake.saved.stamp')}
        </button>
        <button type="button" className="button" onClick={onAnother} aria-keyshortcuts="Alt+N F2">
          {t('intake.saved.another')}
        </button>
        <button type="button" className="button" onClick={onShowInJournal}>
          {t('intake.saved.showInJournal')}
        </button>
      </div>
    </section>
  );
});
