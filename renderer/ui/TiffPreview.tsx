import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { errorText } from '../i18n';
import { ImagePreview } from './ImagePreview';
import { drawableTiff } from './tiffPreviewSource';
import { useKeyedTask } from './useKeyedTask';

/** A TIFF scan's first page, made drawable by main; a multi-page scan says which page it is. */
export function TiffPreview({ blob, label }: { blob: Blob; label: string }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const outcome = useKeyedTask(blob, (tiff) => drawableTiff(api, tiff));
  if (outcome.status === 'pending')
    return <p className="field__hint">{t('common.preview.loading')}</p>;
  if (outcome.status === 'failed')
    return <p className="field__error">{errorText(t, outcome.error)}</p>;
  const { image, pages } = outcome.value;
  return (
    <>
      <ImagePreview blob={image} label={label} />
      {pages > 1 ? (
        <p className="field__hint">{t('tiffPreview.firstPageOf', { total: pages })}</p>
      ) : null}
    </>
  );
}
