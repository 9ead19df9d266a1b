import { useTranslation } from 'react-i18next';
import type { PdfSignaturesReport } from '../../../common/contract/signing';
import { SignatureItem } from './SignatureItem';
import { checkProblemText, reportVerdict } from './signatureVerdict';

/** The verification report of one PDF: unsigned, unreadable, or each signature in order. */
export function SignatureReportView({ report }: { report: PdfSignaturesReport }) {
  const { t } = useTranslation();
  const verdict = reportVerdict(report);
  if (verdict === 'unreadable') {
    return (
      <p
        className="databox-verdict databox-verdict--error"
        data-testid="signature-report"
        data-verdict="unreadable"
      >
        <span aria-hidden="true">⚠ </span>
        {t('signingUi.verify.unreadable')}{' '}
        {report.unreadable
          ? checkProblemText(t, report.unreadable, 'signingUi.verify.problemUnknown')
          : null}
      </p>
    );
  }
  if (verdict === 'unsigned') {
    return (
      <p
        className="signature-panel__unsigned"
        data-testid="signature-report"
        data-verdict="unsigned"
      >
        {t('signingUi.verify.unsigned')}
      </p>
    );
  }
  return (
    <div data-testid="signature-report" data-verdict={verdict}>
      <p className="signature-panel__count">
        {t('signingUi.verify.count', { count: report.signatures.length })}
      </p>
      <ol className="signature-panel__list">
        {report.signatures.map((signature, index) => (
          <SignatureItem key={`${signature.fieldName}-${index}`} signature={signature} />
        ))}
      </ol>
    </div>
  );
}
