import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows a JPEG or PNG from a Blob (TIFF cannot be drawn by the browser; the caller says so). */
export function ImagePreview({ blob, label }: { blob: Blob; label: string }) {
  const { t } = useTranslation();
  const image = useRef<HTMLImageElement>(null);
  const [failed, setFailed] = useState<Blob | null>(null);
  // The object URL lives exactly as long as this effect: made here, revoked in its
  // cleanup, so a remount (StrictMode, a hidden subtree coming back) makes a new one.
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  if (failed === blob) return <p className="field__error">{t('common.preview.failed')}</p>;
  return <img ref={image} className="image-preview" alt={label} onError={() => setFailed(blob)} />;
}
