import { useTranslation } from 'react-i18next';
import { collectionSheetReference, type CaseFileRecord } from '../../common/domain/caseFile';

interface Props {
  caseFile: CaseFileRecord;
  /** The initiator's reference number, in a sběrný arch the base of the new number. */
  initiatorReference: string | null;
  onDetach: () => void;
}

/**
 * Says that the document being written goes into a case file, what it takes from it,
 * and — in a sběrný arch — the number it will get; the clerk can register it outside.
 */
export function IntakeCaseFileBanner({ caseFile, initiatorReference, onDetach }: Props) {
  const { t } = useTranslation();
  const sheet = caseFile.mode === 'collectionSheet' && initiatorReference !== null;
  return (
    <div className="intake-case-file" role="note" data-testid="intake-case-file">
      <p>
        {t('intake.caseFile.into', { reference: caseFile.reference, title: caseFile.title })}{' '}
        {t('intake.caseFile.classification', { mark: caseFile.fileMark })}{' '}
        {sheet
          ? t('intake.caseFile.collectionSheet', {
              number: collectionSheetReference(initiatorReference, caseFile.nextOrder),
            })
          : t('intake.caseFile.linking')}
      </p>
      <button type="button" className="button" onClick={onDetach}>
        {t('intake.caseFile.detach')}
      </button>
    </div>
  );
}
