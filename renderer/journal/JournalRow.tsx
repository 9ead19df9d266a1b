import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { useCaseFile } from '../caseFiles/useCaseFileData';
import { cellText, cellTitle, type JournalColumn } from './columns';
import { ProvisionalReferenceCell } from './NumberBadge';
import { isProvisional } from './numberStatus';

export interface JournalRowProps {
  doc: DocumentRecord | undefined;
  columns: ReadonlyArray<JournalColumn>;
  index: number;
  /** Top of the row inside the list body, in pixels. */
  top: number;
  selected: boolean;
  onPick: (index: number, pid: string) => void;
  onOpen: (index: number, pid: string) => void;
}

export function journalRowId(index: number): string {
  return `journal-row-${index}`;
}

/**
 * One line of the journal. Memoised: while the list scrolls only the rows that come
 * into view render; the others keep their DOM.
 */
export const JournalRow = memo(function JournalRow({
  doc,
  columns,
  index,
  top,
  selected,
  onPick,
  onOpen,
}: JournalRowProps) {
  const { t } = useTranslation();
  const style = { transform: `translateY(${top}px)` };
  if (!doc) {
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        className="record-row record-row--loading"
        style={style}
      >
        {columns.map((column, position) => (
          <div key={column.id} role="gridcell" className={`record-cell journal-cell--${column.id}`}>
            {position === 0 ? (
              <span className="journal-cell__placeholder">{t('journal.grid.loadingRow')}</span>
            ) : null}
          </div>
        ))}
      </div>
    );
  }
  const cancelled = doc.state === 'cancelled';
  const className = [
    'record-row',
    index % 2 === 1 ? 'record-row--odd' : '',
    selected ? 'record-row--selected' : '',
    cancelled ? 'journal-row--cancelled' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      role="row"
      id={journalRowId(index)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={className}
      style={style}
      data-pid={doc.pid}
      onMouseDown={(event) => {
        // A double click opens the detail; it should not also select a word of the row.
        if (event.detail > 1) event.preventDefault();
      }}
      onClick={() => onPick(index, doc.pid)}
      onDoubleClick={() => onOpen(index, doc.pid)}
    >
      {columns.map((column) => {
        if (column.id === 'caseFile' && doc.caseFileId !== null)
          return <CaseFileCell key={column.id} doc={doc} />;
        if (column.id === 'referenceNumber' && isProvisional(doc))
          return <ProvisionalReferenceCell key={column.id} doc={doc} />;
        const text = cellText(t, doc, column.id);
        return (
          <div
            key={column.id}
            role="gridcell"
            className={`record-cell journal-cell--${column.id}`}
            title={cellTitle(t, doc, column.id, text)}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});

/**
 * The case file's reference, read for the rows in view only (the row holds the file's
 * id; a reference of a collection sheet is its initiator's number, of a linked file its own).
 */
function CaseFileCell({ doc }: { doc: DocumentRecord }) {
  const { t } = useTranslation();
  const caseFile = useCaseFile(doc.caseFileId);
  const text = cellText(t, doc, 'caseFile', { caseFileReference: caseFile?.reference });
  return (
    <div
      role="gridcell"
      className="record-cell journal-cell--caseFile"
      title={caseFile ? `${caseFile.reference} — ${caseFile.title}` : undefined}
    >
      {text}
    </div>
  );
}
