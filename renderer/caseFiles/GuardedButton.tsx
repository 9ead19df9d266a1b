import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../common/domain/caseFileGuards';

export interface GuardedButtonProps {
  label: string;
  /** Why the action is not possible now; null when it is. */
  refusal: Refusal | null;
  onClick: () => void;
  variant?: 'primary' | 'danger';
  small?: boolean;
}

/**
 * An action its guard may refuse: then marked disabled, with the reason written under
 * it and announced with the button. It stays in the tab order (aria-disabled), so a
 * keyboard user reaches it and hears why.
 */
export function GuardedButton({ label, refusal, onClick, variant, small }: GuardedButtonProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const className = ['button', variant ? `button--${variant}` : '', small ? 'button--small' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="case-action">
      <button
        type="button"
        className={className}
        aria-disabled={refusal !== null || undefined}
        aria-describedby={refusal ? reasonId : undefined}
        onClick={() => {
          if (!refusal) onClick();
        }}
      >
        {label}
      </button>
      {refusal ? (
        <span id={reasonId} className="case-action__reason">
          {t(refusal.key as never, refusal.params ?? {}) as string}
        </span>
      ) : null}
    </div>
  );
}
