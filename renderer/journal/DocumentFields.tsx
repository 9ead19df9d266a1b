import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { formatOfficeDateTime, formatOfficeDate } from '../../common/domain/time';
import { attachmentsText, formatCalendarDate, partyLines } from './format';
import { ProvisionalBadge } from './NumberBadge';
import { isProvisional, numberNotes } from './numberStatus';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="journal-fields__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Lines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <span key={index} className="journal-fields__line">
          {line}
        </span>
      ))}
    </>
  );
}

/** The number, marked when the eSSL has yet to give or confirm it, and its corrections. */
function ReferenceNumber({ doc }: { doc: DocumentRecord }) {
  const { t } = useTranslation();
  const provisional = isProvisional(doc);
  const notes = numberNotes(t, doc);
  return (
    <>
      <span data-testid="detail-reference-number">{doc.referenceNumber}</span>
      {provisional ? (
        <>
          {' '}
          <ProvisionalBadge referenceNumber={doc.referenceNumber} />
        </>
      ) : null}
      {notes.map((note) => (
        <span
          key={note}
          className={provisional ? 'number-notes number-notes--provisional' : 'number-notes'}
          data-testid="number-note"
        >
          {note}
        </span>
      ))}
    </>
  );
}

/** Every field of a document, grouped as the clerk reads a registry card. */
export function DocumentFields({
  doc,
  fileMarkTitle,
}: {
  doc: DocumentRecord;
  fileMarkTitle: string | null;
}) {
  const { t } = useTranslation();
  const empty = t('journal.detail.empty');
  const incoming = doc.direction === 'incoming';
  const retentionMeaning = t(`journal.detail.retentionMeaning.${doc.retention.mark}`);
  return (
    <>
      <section className="journal-detail__section" aria-labelledby="journal-detail-identification">
        <h3 id="journal-detail-identification">{t('journal.detail.sections.identification')}</h3>
        <dl className="journal-fields">
          <Row label={t('journal.detail.fields.referenceNumber')}>
            <ReferenceNumber doc={doc} />
          </Row>
          <Row label={t('journal.detail.fields.pid')}>
            <span className="journal-fields__code">{doc.pid}</span>
          </Row>
          <Row label={t('journal.detail.fields.direction')}>
            {t(`common.enums.direction.${doc.direction}`)}
          </Row>
          {incoming ? (
            <Row label={t('journal.detail.fields.channel')}>
              {doc.channel ? t(`common.enums.channel.${doc.channel}`) : empty}
            </Row>
          ) : null}
          <Row
            label={t(
              incoming
                ? 'journal.detail.fields.documentDateIncoming'
                : 'journal.detail.fields.documentDateOwn',
            )}
          >
            {incoming ? formatOfficeDateTime(doc.documentDate) : formatOfficeDate(doc.documentDate)}
          </Row>
          <Row label={t('journal.detail.fields.registeredAt')}>
            {formatOfficeDateTime(doc.registeredAt)}
          </Row>
          <Row label={t('journal.detail.fields.createdBy')}>{doc.createdBy}</Row>
          <Row label={t('journal.detail.fields.state')}>{t(`common.enums.state.${doc.state}`)}</Row>
        </dl>
      </section>

      <section className="journal-detail__section" aria-labelledby="journal-detail-parties">
        <h3 id="journal-detail-parties">{t('journal.detail.sections.parties')}</h3>
        <dl className="journal-fields">
          {doc.sender ? (
            <Row label={t('journal.detail.fields.sender')}>
              <Lines lines={partyLines(t, doc.sender)} />
            </Row>
          ) : null}
          {doc.addressees.length > 0 ? (
            <Row label={t('journal.detail.fields.addressees')}>
              {doc.addressees.map((party, index) => (
                <div key={index} className="journal-fields__party">
                  <Lines lines={partyLines(t, party)} />
                </div>
              ))}
            </Row>
          ) : null}
          {incoming ? (
            <>
              <Row label={t('journal.detail.fields.senderReference')}>
                {doc.senderReference?.number ?? empty}
              </Row>
              <Row label={t('journal.detail.fields.senderReferenceDate')}>
                {doc.senderReference?.date ? formatCalendarDate(doc.senderReference.date) : empty}
              </Row>
            </>
          ) : (
            <Row label={t('journal.detail.fields.author')}>{doc.author ?? empty}</Row>
          )}
        </dl>
      </section>

      <section className="journal-detail__section" aria-labelledby="journal-detail-content">
        <h3 id="journal-detail-content">{t('journal.detail.sections.content')}</h3>
        <dl className="journal-fields">
          <Row label={t('journal.detail.fields.subject')}>
            <span className="journal-fields__subject">{doc.subject}</span>
          </Row>
          <Row label={t('journal.detail.fields.sheets')}>{doc.sheets}</Row>
          <Row label={t('journal.detail.fields.attachments')}>{attachmentsText(t, doc)}</Row>
          <Row label={t('journal.detail.fields.note')}>
            {doc.note ? <span className="journal-fields__note">{doc.note}</span> : empty}
          </Row>
        </dl>
      </section>

      <section className="journal-detail__section" aria-labelledby="journal-detail-classification">
        <h3 id="journal-detail-classification">{t('journal.detail.sections.classification')}</h3>
        <dl className="journal-fields">
          <Row label={t('journal.detail.fields.fileMark')}>
            {fileMarkTitle ? `${doc.fileMark} — ${fileMarkTitle}` : doc.fileMark}
          </Row>
          <Row label={t('journal.detail.fields.retention')}>
            {t('journal.detail.retention', {
              mark: doc.retention.mark,
              period: doc.retention.period,
              meaning: retentionMeaning,
            })}
          </Row>
          <Row label={t('journal.detail.fields.handler')}>{doc.handler}</Row>
        </dl>
      </section>
    </>
  );
}
