import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../../common/domain/caseFileGuards';

export interface LetterDraftButtonsProps {
  /** "Napsat dopis" or "Upravit dopis". */
  writeLabel: string;
  /** "Načíst PDF jako dopis" (or that it is loading). */
  importLabel: string;
  /** Why neither can be done now (both share one guard); null when both can. */
  refusal: Refusal | null;
  onWrite: () => void;
  onImport: () => void;
}

/**
 * Writing and importing the letter. Both answer to the same guard, so a refusal is
 * written once under the pair and each button points at it (aria-describedby); the
 * buttons stay in the tab order (aria-disabled), so a keyboard user hears why.
 */
export function LetterDraftButtons({
  writeLabel,
  importLabel,
  refusal,
  onWrite,
  onImport,
}: LetterDraftButtonsProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const action = (testId: string, label: string, onClick: () => void) => (
    <span className="letter-action" data-testid={testId}>
      <button
        type="button"
        className="button button--small"
        aria-disabled={refusal !== null || undefined}
        aria-describedby={refusal ? reasonId : undefined}
        onClick={() => {
          if (!refusal) onClick();
        }}
      >
        {label}
      </button>
    </span>
  );
  const buttons = (
    <>
      {action('letter-write', writeLabel, onWrite)}
      {action('letter-import-pdf', importLabel, onImport)}
    </>
  );
  if (!refusal) return buttons;
  return (
    <div className="case-action" data-testid="letter-refused">
      <div className="case-actions case-actions--compact">{buttons}</div>
      <span id={reasonId} className="case-action__reason">
        {t(refusal.key as never, refusal.params ?? {}) as string}
      </span>
    </div>
  );
}
