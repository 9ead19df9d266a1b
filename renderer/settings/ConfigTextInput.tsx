export interface ConfigTextInputProps {
  type: 'url' | 'text';
  value: string;
  testId: string;
  onChange: (value: string) => void;
  /** The field's problem shows once it is left. */
  onBlur: () => void;
  /** Given by the Field around it (renderer/ui/Field.tsx clones them in): the label's target. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
}

/** An address or a path as the configuration keeps it: typed as is, no spelling, no autofill. */
export function ConfigTextInput({
  type,
  value,
  testId,
  onChange,
  onBlur,
  ...fieldProps
}: ConfigTextInputProps) {
  return (
    <input
      {...fieldProps}
      className="input"
      type={type}
      inputMode={type === 'url' ? 'url' : undefined}
      value={value}
      spellCheck={false}
      autoComplete="off"
      data-testid={testId}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
}
