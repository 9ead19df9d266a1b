import { useTranslation } from 'react-i18next';
import { ImagePreview } from './ImagePreview';
import { PdfPreview } from './PdfPreview';
import { TiffPreview } from './TiffPreview';
import { useKeyedTask } from './useKeyedTask';

export interface FilePreviewProps {
  /** The file; its type says how to show it. */
  blob: Blob;
  name: string;
  width: number;
  maxPages?: number;
}

function PdfBlobPreview({ blob, name, width, maxPages }: FilePreviewProps) {
  const { t } = useTranslation();
  const read = useKeyedTask(blob, async (pdf) => new Uint8Array(await pdf.arrayBuffer()));
  if (read.status !== 'done') return <p className="field__hint">{t('common.preview.loading')}</p>;
  return <PdfPreview bytes={read.value} label={name} maxPages={maxPages} width={width} />;
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
