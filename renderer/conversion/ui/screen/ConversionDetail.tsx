import { useTranslation } from 'react-i18next';
import { useOpenInJournal } from '../../../journal/useOpenInJournal';
import { EntityLog } from '../../../txlog/EntityLog';
import { DetailFrame } from '../../../ui/DetailFrame';
import { useStableBlob } from '../../../ui/useStableBlob';
import { ConversionActions } from './ConversionActions';
import type { ConversionView } from './conversionData';
import { ConversionFacts } from './ConversionFacts';
import { ConversionPreview } from './ConversionPreview';
import { numberText } from './conversionRows';
import { ExaminationFacts } from './ExaminationFacts';
import { RegisterStatus } from './RegisterStatus';
import { useConversionView } from './useConversions';

/** The selected conversion, live. */
export function ConversionDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const view = useConversionView(id);
  return <ConversionDetailPane view={view} onClose={onClose} />;
}

/**
 * A conversion of the register: where it stands with the register, what can be done next,
 * every field, the examination of an e → p input, the output's pages and its history.
 */
export function ConversionDetailPane({
  view,
  onClose,
}: {
  /** `undefined` while loading, null when the conversion is gone. */
  view: ConversionView | null | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // The query re-runs on every write; the pages are drawn again only when the file changed.
  const pdf = useStableBlob(view?.preview?.file);
  const openDocument = useOpenInJournal();
  const conversion = view?.conversion ?? null;
  const title = conversion ? numberText(t, conversion) : t('conversionScreen.detail.region');
  const reference = view?.doc?.referenceNumber ?? null;

  return (
    <DetailFrame
      titleId="conversion-detail-title"
      className="conversion-detail"
      testId="conversion-detail"
      kicker={t('conversionScreen.detail.region')}
      title={title}
      closeLabel={t('conversionScreen.detail.close')}
      onClose={onClose}
      found={view === undefined ? undefined : view !== null}
      loadingText={t('conversionScreen.detail.loading')}
      missingText={t('conversionScreen.detail.missing')}
    >
      {view && conversion ? (
        <>
          <p className="conversion-detail__input">
            <strong>{conversion.input.description}</strong>
            <br />
            {t(`conversion.direction.${conversion.direction}`)}
          </p>
          <RegisterStatus conversion={conversion} />
          <ConversionActions conversion={conversion} />
          <ConversionFacts conversion={conversion} referenceNumber={reference} />
          {conversion.examination ? (
            <ExaminationFacts
              examination={conversion.examination}
              confirmedInvalid={conversion.confirmedInvalid}
            />
          ) : null}
          <ConversionPreview
            pdf={pdf}
            kind={view.preview?.kind ?? null}
            label={t('conversionScreen.preview.label', { label: title })}
          />
          <EntityLog
            entityType="conversion"
            entityId={conversion.id}
            identifier={conversion.number ?? conversion.input.description}
            headingLevel={3}
          />
          {view.doc ? (
            <p>
              <button
                type="button"
                className="button button--small"
                data-testid="conversion-open-document"
                onClick={() => openDocument(conversion.pid)}
              >
                {t('conversionScreen.detail.openDocument', { reference: reference ?? '' })}
              </button>
            </p>
          ) : (
            <p className="field__hint">{t('conversionScreen.detail.documentMissing')}</p>
          )}
        </>
      ) : null}
    </DetailFrame>
  );
}
