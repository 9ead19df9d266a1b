export interface ActionButtonsProps<Action extends string> {
  actions: ReadonlyArray<Action>;
  /** The group's accessible name. */
  label: string;
  testId: (action: Action) => string;
  text: (action: Action) => string;
  /** The step the record waits for stands out. */
  primary: (action: Action) => boolean;
  disabled: (action: Action) => boolean;
  onStart: (action: Action) => void;
}

/** A record's next steps in its detail, as one group of small buttons. */
export function ActionButtons<Action extends string>({
  actions,
  label,
  testId,
  text,
  primary,
  disabled,
  onStart,
}: ActionButtonsProps<Action>) {
  return (
    <div className="journal-detail__actions" role="group" aria-label={label}>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={
            primary(action) ? 'button button--small button--primary' : 'button button--small'
          }
          data-testid={testId(action)}
          disabled={disabled(action)}
          onClick={() => onStart(action)}
        >
          {text(action)}
        </button>
      ))}
    </div>
  );
}
