import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImagePreview } from './ImagePreview';
import { PdfPreview } from './PdfPreview';
import { TiffPreview } from './TiffPreview';

export interface FilePreviewProps {
  /** The file; its type says how to show it. */
  blob: Blob;
  name: string;
  width: number;
  maxPages?: number;
}

function PdfBlobPreview({ blob, name, width, maxPages }: FilePreviewProps) {
  const { t } = useTranslation();
  const [bytes, setBytes] = useState<{ blob: Blob; data: Uint8Array } | null>(null);
  useEffect(() => {
    let stale = false;
    void blob.arrayBuffer().then((buffer) => {
      if (!stale) setBytes({ blob, data: new Uint8Array(buffer) });
    });
    return () => {
      stale = true;
    };
  }, [blob]);
  if (!bytes || bytes.blob !== blob)
    return <p className="field__hint">{t('common.preview.loading')}</p>;
  return <PdfPreview bytes={bytes.data} label={name} maxPages={maxPages} width={width} />;
}

/** A scan or file in the app: PDF pages, a JPEG/PNG/TIFF image, or a word on why not. */
export function FilePreview(props: FilePreviewProps) {
  const { t } = useTranslation();
  const { blob, name } = props;
  if (blob.type === 'application/pdf') return <PdfBlobPreview {...props} />;
  if (blob.type === 'image/jpeg' || blob.type === 'image/png')
    return <ImagePreview blob={blob} label={name} />;
  if (blob.type === 'image/tiff') return <TiffPreview blob={blob} label={name} />;
  return <p className="field__hint">{t('common.preview.failed')}</p>;
}
