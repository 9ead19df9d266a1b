import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows a JPEG or PNG from a Blob (TIFF cannot be drawn by the browser; the caller says so). */
export function ImagePreview({ blob, label }: { blob: Blob; label: string }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    setFailed(false);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  if (failed) return <p className="field__error">{t('common.preview.failed')}</p>;
  return url ? <img className="image-preview" src={url} alt={label} onError={() => setFailed(true)} /> : null;
}
