import type { KeyboardEvent, ReactNode } from 'react';

export interface DetailFrameProps {
  /** Id of the heading the pane is labelled by. */
  titleId: string;
  /** Extra class beside `journal-detail` (the pane's look is shared). */
  className?: string;
  testId?: string;
  kicker: ReactNode;
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
  /** `undefined` while the live query loads; false when the record is gone. */
  found: boolean | undefined;
  loadingText: string;
  missingText: string;
  children: ReactNode;
}

/**
 * The side pane that shows one selected record (journal document, data message,
 * letter): heading with a close button, the loading and "gone" states, and Escape —
 * which, inside a dialog opened from the pane, closes only that dialog.
 */
export function DetailFrame(props: DetailFrameProps) {
  const { onClose } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (
      event.key !== 'Escape' ||
      (event.target instanceof Element && event.target.closest('dialog'))
    )
      return;
    event.preventDefault();
    onClose();
  };

  return (
    <aside
      className={props.className ? `journal-detail ${props.className}` : 'journal-detail'}
      aria-labelledby={props.titleId}
      data-testid={props.testId}
      onKeyDown={onKeyDown}
    >
      <header className="journal-detail__header">
        <div className="journal-detail__heading">
          <span className="journal-detail__kicker">{props.kicker}</span>
          <h2 id={props.titleId}>{props.title}</h2>
        </div>
        <button
          type="button"
          className="dialog__close"
          aria-label={props.closeLabel}
          title={props.closeLabel}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {props.found === undefined ? (
        <p className="journal-detail__none">{props.loadingText}</p>
      ) : null}
      {props.found === false ? <p className="journal-detail__none">{props.missingText}</p> : null}
      {props.found ? <div className="journal-detail__body">{props.children}</div> : null}
    </aside>
  );
}
