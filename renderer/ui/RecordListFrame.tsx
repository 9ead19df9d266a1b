import type { HTMLAttributes, ReactNode } from 'react';

export interface RecordListFrameProps {
  /** Classes after `screen record-list`. */
  className: string;
  testId: string;
  titleId: string;
  title: string;
  /** What stands beside the title: counts, the toolbar. */
  top?: ReactNode;
  /** The keyboard hint below the list. */
  hint: string;
  children: ReactNode;
}

/** A screen that lists records (journal-like): the title row, the list, the keyboard hint. */
export function RecordListFrame({
  className,
  testId,
  titleId,
  title,
  top,
  hint,
  children,
}: RecordListFrameProps) {
  return (
    <section
      className={`screen record-list ${className}`}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <div className="record-list__top">
        <h1 id={titleId} className="screen__title record-list__title">
          {title}
        </h1>
        {top}
      </div>
      {children}
      <p className="record-list__hint">{hint}</p>
    </section>
  );
}

export interface RecordListContentProps extends HTMLAttributes<HTMLDivElement> {
  showDetail: boolean;
  /** The grid and what it says when empty. */
  table: ReactNode;
  /** The detail beside the list, when open. */
  detail: ReactNode;
}

/** The list and, with a record open, its detail beside it. */
export function RecordListContent({ showDetail, table, detail, ...rest }: RecordListContentProps) {
  return (
    <div
      {...rest}
      className={
        showDetail ? 'record-list__content record-list__content--detail' : 'record-list__content'
      }
    >
      <div className="record-table">{table}</div>
      {detail}
    </div>
  );
}
