import { useTranslation } from 'react-i18next';
import { MaskField } from '../ui/MaskField';
import { exampleReferenceNumber } from './referenceExample';
import { useNumberingState } from './useNumberingState';
import { useNumberSource } from './useNumberSource';

export interface ReferenceMaskFieldProps {
  mask: string;
  abbreviation: string;
  error: string | null;
  onChange: (mask: string) => void;
}

/** The mask with the number the next registration would get, updated as the clerk types. */
export function ReferenceMaskField({
  mask,
  abbreviation,
  error,
  onChange,
}: ReferenceMaskFieldProps) {
  const { t } = useTranslation();
  const numbering = useNumberingState();
  const source = useNumberSource();
  const example = numbering
    ? exampleReferenceNumber(mask, abbreviation, numbering.nextSequence, numbering.year)
    : null;
  return (
    <MaskField
      label={t('settings.organization.referenceMask')}
      hint={t('settings.organization.referenceMaskHint')}
      value={mask}
      error={error}
      onChange={onChange}
      exampleLabel={t('settings.organization.example')}
      example={example}
      exampleInvalid={t('settings.organization.exampleInvalid')}
      exampleTestId="reference-example"
      note={
        source === 'essl'
          ? t('settings.organization.numbersFromEssl')
          : t('settings.organization.newNumbersOnly')
      }
    />
  );
}
