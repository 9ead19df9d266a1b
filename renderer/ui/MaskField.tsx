import { Field } from './Field';

export interface MaskFieldProps {
  label: string;
  /** Which placeholders the mask may hold. */
  hint: string;
  value: string;
  error: string | null;
  onChange: (mask: string) => void;
  /** Introduces the example, e.g. "Next reference:". */
  exampleLabel: string;
  /** What the mask gives for the next record; null when it gives nothing valid. */
  example: string | null;
  /** Said instead of an example when the mask is not valid. */
  exampleInvalid: string;
  exampleTestId: string;
  /** What a change of the mask affects. */
  note: string;
}

/**
 * A mask of reference numbers with what it gives for the next record, updated as the
 * clerk types. Its looks live with the settings (settings.css), the only screen that
 * edits masks.
 */
export function MaskField({
  label,
  hint,
  value,
  error,
  onChange,
  exampleLabel,
  example,
  exampleInvalid,
  exampleTestId,
  note,
}: MaskFieldProps) {
  return (
    <div className="settings-form__wide settings-mask">
      <Field label={label} hint={hint} error={error} required>
        <input
          className="input settings-mask__input"
          value={value}
          spellCheck={false}
          autoComplete="off"
          maxLength={80}
          onChange={(event) => onChange(event.target.value)}
        />
      </Field>
      <p className="settings-mask__example">
        <span>{exampleLabel}</span>{' '}
        <output
          data-testid={exampleTestId}
          className={
            example ? 'settings-mask__value' : 'settings-mask__value settings-mask__value--invalid'
          }
        >
          {example ?? exampleInvalid}
        </output>
      </p>
      <p className="settings-note">{note}</p>
    </div>
  );
}
