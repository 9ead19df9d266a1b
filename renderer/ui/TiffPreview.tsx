import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { errorText } from '../i18n';
import { ImagePreview } from './ImagePreview';
import { drawableTiff, type DrawableTiff } from './tiffPreviewSource';

type Outcome = { tiff: Blob; drawn: DrawableTiff } | { tiff: Blob; failure: unknown };

/** A TIFF scan's first page, made drawable by main; a multi-page scan says which page it is. */
export function TiffPreview({ blob, label }: { blob: Blob; label: string }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    let stale = false;
    drawableTiff(api, blob).then(
      (drawn) => {
        if (!stale) setOutcome({ tiff: blob, drawn });
      },
      (failure: unknown) => {
        if (!stale) setOutcome({ tiff: blob, failure });
      },
    );
    return () => {
      stale = true;
    };
  }, [api, blob]);
  if (!outcome || outcome.tiff !== blob)
    return <p className="field__hint">{t('common.preview.loading')}</p>;
  if ('failure' in outcome) return <p className="field__error">{errorText(t, outcome.failure)}</p>;
  const { image, pages } = outcome.drawn;
  return (
    <>
      <ImagePreview blob={image} label={label} />
      {pages > 1 ? (
        <p className="field__hint">{t('tiffPreview.firstPageOf', { total: pages })}</p>
      ) : null}
    </>
  );
}
