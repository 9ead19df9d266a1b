import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePreview } from '../../../ui/FilePreview';
import type { PreviewKind } from './conversionData';

const PREVIEW_WIDTH = 420;

/**
 * The output as it is (pdf.js): with its clause once the register numbered it; before that
 * the prepared scans, said plainly to be without a clause.
 */
export function ConversionPreview({
  pdf,
  kind,
  label,
}: {
  pdf: Blob | null;
  kind: PreviewKind | null;
  label: string;
}) {
  const { t } = useTranslation();
  // A working file stored without its type is still a PDF: the preview goes by the type.
  const typed = useMemo(
    () =>
      pdf && pdf.type !== 'application/pdf' ? new Blob([pdf], { type: 'application/pdf' }) : pdf,
    [pdf],
  );
  if (!typed || !kind)
    return (
      <p className="journal-detail__none" data-testid="conversion-no-preview">
        {t('conversionScreen.preview.none')}
      </p>
    );
  return (
    <div
      className="signing-detail__preview"
      role="group"
      aria-label={label}
      data-testid="conversion-preview"
      data-kind={kind}
    >
      <p className="field__hint">{t(`conversionScreen.preview.${kind}`)}</p>
      <FilePreview blob={typed} name={label} width={PREVIEW_WIDTH} maxPages={3} />
    </div>
  );
}
