import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { formatOfficeDateTime } from '../../common/domain/time';
import { custodyText, modeText, retentionText } from './format';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="case-fields__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The header fields of a case file, as its cover (obal spisu) lists them. */
export function CaseFileFields({
  caseFile,
  groupTitle,
}: {
  caseFile: CaseFileRecord;
  groupTitle: string | null;
}) {
  const { t } = useTranslation();
  const empty = t('caseFiles.empty');
  const custody = custodyText(t, caseFile.custody);
  return (
    <dl className="case-fields">
      <Row label={t('caseFiles.fields.reference')}>{caseFile.reference}</Row>
      <Row label={t('caseFiles.fields.title')}>
        <span className="case-fields__title">{caseFile.title}</span>
      </Row>
      <Row label={t('caseFiles.fields.fileMark')}>
        {groupTitle ? `${caseFile.fileMark} — ${groupTitle}` : caseFile.fileMark}
      </Row>
      <Row label={t('caseFiles.fields.retention')}>{retentionText(t, caseFile.retention)}</Row>
      <Row label={t('caseFiles.fields.mode')}>{modeText(t, caseFile.mode)}</Row>
      <Row label={t('caseFiles.fields.handler')}>{caseFile.handler}</Row>
      <Row label={t('caseFiles.fields.state')}>{t(`common.enums.state.${caseFile.state}`)}</Row>
      <Row label={t('caseFiles.fields.openedAt')}>{formatOfficeDateTime(caseFile.openedAt)}</Row>
      <Row label={t('caseFiles.fields.closedAt')}>
        {caseFile.closedAt ? formatOfficeDateTime(caseFile.closedAt) : empty}
      </Row>
      {caseFile.triggerYear !== null ? (
        <Row label={t('caseFiles.fields.triggerYear')}>{caseFile.triggerYear}</Row>
      ) : null}
      {caseFile.disposalYear !== null ? (
        <Row label={t('caseFiles.fields.disposalYear')}>{caseFile.disposalYear}</Row>
      ) : null}
      <Row label={t('caseFiles.fields.custody')}>{custody ?? t('caseFiles.custody.none')}</Row>
      <Row label={t('caseFiles.fields.id')}>
        <span className="case-fields__code">{caseFile.id}</span>
      </Row>
      <Row label={t('caseFiles.fields.createdBy')}>{caseFile.createdBy}</Row>
    </dl>
  );
}
