export interface ConfigTextInputProps {
  type: 'url' | 'text';
  value: string;
  testId: string;
  onChange: (value: string) => void;
  /** The field's problem shows once it is left. */
  onBlur: () => void;
}

/** An address or a path as the configuration keeps it: typed as is, no spelling, no autofill. */
export function ConfigTextInput({ type, value, testId, onChange, onBlur }: ConfigTextInputProps) {
  return (
    <input
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
