import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import type { DispatchDraft } from './dispatchForm';

type LegalPart = 'law' | 'year' | 'section' | 'paragraph' | 'point';
const parts: LegalPart[] = ['law', 'year', 'section', 'paragraph', 'point'];

/** Zmocnění: the law (number / year, §, odst., písm.) that entitles the authority to send. */
export function LegalTitleFields({
  draft,
  errorOf,
  onChange,
}: {
  draft: DispatchDraft;
  errorOf: (path: string) => string | null;
  onChange: (patch: Partial<DispatchDraft>) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="dispatch-legal">
      <legend>{t('dispatch.legal.title')}</legend>
      <p className="field__hint">{t('dispatch.legal.hint')}</p>
      <div className="dispatch-legal__parts">
        {parts.map((part) => (
          <Field key={part} label={t(`dispatch.legal.${part}`)} error={errorOf(part)}>
            <input
              className="input"
              inputMode={part === 'law' || part === 'year' ? 'numeric' : undefined}
              value={draft[part]}
              onChange={(event) => onChange({ [part]: event.target.value })}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
