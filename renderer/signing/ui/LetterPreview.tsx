import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePreview } from '../../ui/FilePreview';

const PREVIEW_WIDTH = 420;

/** The letter's pages as the mayor will sign them (pdf.js). */
export function LetterPreview({ pdf, label }: { pdf: Blob | null; label: string }) {
  const { t } = useTranslation();
  // A rendering stored without its type is still a PDF: the preview goes by the type.
  const typed = useMemo(
    () =>
      pdf && pdf.type !== 'application/pdf' ? new Blob([pdf], { type: 'application/pdf' }) : pdf,
    [pdf],
  );
  if (!typed) return <p className="journal-detail__none">{t('signingUi.detail.noRendering')}</p>;
  return (
    <div
      className="signing-detail__preview"
      role="group"
      aria-label={label}
      data-testid="letter-preview"
    >
      <FilePreview blob={typed} name={label} width={PREVIEW_WIDTH} maxPages={3} />
    </div>
  );
}
