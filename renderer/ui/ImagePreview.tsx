import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows a JPEG or PNG from a Blob (TIFF cannot be drawn by the browser; the caller says so). */
export function ImagePreview({ blob, label }: { blob: Blob; label: string }) {
  const { t } = useTranslation();
  const url = useMemo(() => URL.createObjectURL(blob), [blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  if (failedUrl === url) return <p className="field__error">{t('common.preview.failed')}</p>;
  return <img className="image-preview" src={url} alt={label} onError={() => setFailedUrl(url)} />;
}
