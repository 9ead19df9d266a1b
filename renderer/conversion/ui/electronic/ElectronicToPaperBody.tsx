import { useTranslation } from 'react-i18next';
import type { ElectronicInputExamination } from '../../../../common/contract/conversion';
import type { DataMessageRecord } from '../../../../common/domain/databox';
import type { ComponentRecord } from '../../../db/schema';
import { formatFileSize } from '../../../ui/formatFileSize';
import { ElectronicRegisterFields } from './ElectronicRegisterFields';
import type { ElectronicToPaperValues } from './electronicDraft';
import { needsInvalidConfirmation } from './electronicDraft';
import type { ElectronicInput } from './electronicInput';
import { ExaminationView } from './ExaminationView';

/** Where the verification of the chosen file stands. */
export type ExaminationState =
  | { status: 'working' }
  | { status: 'done'; examination: ElectronicInputExamination }
  | { status: 'failed'; failure: string };

export interface ElectronicToPaperBodyProps {
  input: ElectronicInput;
  selected: ComponentRecord | null;
  message: DataMessageRecord | null;
  examination: ExaminationState | null;
  values: ElectronicToPaperValues;
  onValues: (change: Partial<ElectronicToPaperValues>) => void;
  onSelect: (componentId: string) => void;
  onRetry: () => void;
  fieldError: (path: string) => string | null;
  today: string;
}

/** The electronic → paper dialog's content: the file, its verification, printing, the register. */
export function ElectronicToPaperBody({
  input,
  selected,
  message,
  examination,
  values,
  onValues,
  onSelect,
  onRetry,
  fieldError,
  today,
}: ElectronicToPaperBodyProps) {
  const { t, i18n } = useTranslation();
  const others =
    input.others.length > 0 ? (
      <p className="field__hint" data-testid="conversion-not-offered">
        {t('conversionDialogs.electronic.notOffered', {
          names: input.others.map((file) => `„${file.name}“`).join(', '),
        })}
      </p>
    ) : null;
  if (input.pdfs.length === 0 || !selected)
    return (
      <div className="conversion-dialog">
        <p role="note" data-testid="conversion-no-pdf">
          {t('conversionDialogs.electronic.noPdf')}
        </p>
        {others}
      </div>
    );

  const done = examination?.status === 'done' ? examination.examination : null;
  return (
    <div className="conversion-dialog">
      <fieldset>
        <legend className="field__label">{t('conversionDialogs.electronic.file')}</legend>
        {input.pdfs.map((file) => (
          <label key={file.id} className="conversion-dialog__choice">
            <input
              type="radio"
              name="conversion-component"
              value={file.id}
              checked={file.id === selected.id}
              data-testid={`conversion-component-${file.id}`}
              onChange={() => onSelect(file.id)}
            />
            {file.name} ({formatFileSize(file.size, i18n.language)})
          </label>
        ))}
        {others}
      </fieldset>
      {message?.dmID ? (
        <p className="conversion-dialog__notice" data-testid="conversion-from-message">
          {t('conversionDialogs.electronic.fromMessage', { dmID: message.dmID })}
        </p>
      ) : null}
      {examination?.status === 'working' ? (
        <p role="status">{t('conversionDialogs.electronic.examining')}</p>
      ) : null}
      {examination?.status === 'failed' ? (
        <div role="alert" className="conversion-verdict conversion-verdict--error">
          <p>{t('conversionDialogs.electronic.examineFailed', { reason: examination.failure })}</p>
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('conversionDialogs.electronic.examineAgain')}
          </button>
        </div>
      ) : null}
      {done ? (
        <>
          <ExaminationView examination={done} />
          <p>{t('conversionDialogs.electronic.pages', { count: done.pages })}</p>
          {needsInvalidConfirmation(done) ? (
            <div className="field">
              <label className="conversion-dialog__choice">
                <input
                  type="checkbox"
                  required
                  aria-required
                  aria-invalid={fieldError('confirmInvalid') ? true : undefined}
                  checked={values.confirmedInvalid}
                  data-testid="conversion-confirm-invalid"
                  onChange={(event) => onValues({ confirmedInvalid: event.target.checked })}
                />
                {done.kind === 'none'
                  ? t('conversionDialogs.electronic.confirmUnsigned')
                  : t('conversionDialogs.electronic.confirmInvalid')}
              </label>
              {fieldError('confirmInvalid') ? (
                <span className="field__error" role="alert">
                  {fieldError('confirmInvalid')}
                </span>
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
      <fieldset>
        <legend className="field__label">{t('conversionDialogs.electronic.printing')}</legend>
        {([false, true] as const).map((duplex) => (
          <label key={String(duplex)} className="conversion-dialog__choice">
            <input
              type="radio"
              name="conversion-duplex"
              checked={values.duplex === duplex}
              data-testid={`conversion-${duplex ? 'duplex' : 'simplex'}`}
              onChange={() => onValues({ duplex })}
            />
            {duplex
              ? t('conversionDialogs.electronic.duplex')
              : t('conversionDialogs.electronic.simplex')}
          </label>
        ))}
        <p className="field__hint">{t('conversionDialogs.electronic.printingHint')}</p>
      </fieldset>
      <ElectronicRegisterFields
        values={values}
        onChange={onValues}
        fieldError={fieldError}
        today={today}
      />
      <p className="conversion-dialog__notice" data-testid="conversion-number-notice">
        {t('conversionDialogs.electronic.numberNotice')}
      </p>
    </div>
  );
}
