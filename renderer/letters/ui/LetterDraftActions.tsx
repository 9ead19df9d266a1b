import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../common/domain/document';
import { noticeShown } from '../../app/statusSlice';
import { useAppDispatch } from '../../app/store';
import { useServices } from '../../app/services';
import { issueText } from '../../i18n';
import { importPdfLetter } from '../flows/importPdfLetter';
import { letterDocumentRefusal, letterEditRefusal } from '../model/editGuard';
import { letterServicesOf } from '../model/letterServices';
import { RequestSignatureDialog } from '../../signing/ui/RequestSignatureDialog';
import { LetterDraftButtons } from './LetterDraftButtons';
import { LetterEditor } from './LetterEditor';
import { importRefusalText } from './letterErrorText';
import { useLetterText } from './text';
import { useDocumentLetter } from './useDocumentLetter';

export interface LetterDraftActionsProps {
  doc: DocumentRecord;
}

/**
 * The letter of an own document in its detail: its state, "Napsat dopis" (or
 * "Upravit dopis"), "Načíst PDF jako dopis" and, for a saved draft, "Předat k
 * podpisu" (the signing feature's dialog). Nothing for a received document.
 */
export function LetterDraftActions({ doc }: LetterDraftActionsProps) {
  const { t } = useTranslation();
  const text = useLetterText();
  const dispatch = useAppDispatch();
  const { db, api } = useServices();
  const services = useMemo(() => letterServicesOf(api), [api]);
  const letter = useDocumentLetter(doc.pid);
  const [editing, setEditing] = useState(false);
  const [importing, setImporting] = useState(false);
  const [handingOver, setHandingOver] = useState(false);

  if (doc.direction !== 'own' || letter === undefined) return null;
  const refusal = letterDocumentRefusal(doc) ?? letterEditRefusal(letter);

  const runImport = async () => {
    setImporting(true);
    try {
      const outcome = await importPdfLetter({ db, services }, doc);
      if (outcome.status === 'rejected') {
        const reasons = outcome.issues.map((issue) => issueText(t, issue)).join(' ');
        dispatch(noticeShown('error', text('import.rejected', { reason: reasons })));
      } else if (outcome.status === 'imported') {
        dispatch(
          noticeShown('success', text('actions.imported', { reference: doc.referenceNumber })),
        );
        if (outcome.changes.length > 0)
          dispatch(
            noticeShown(
              'info',
              text('actions.importChanges', { changes: outcome.changes.join('; ') }),
            ),
          );
      }
    } catch (error) {
      dispatch(noticeShown('error', importRefusalText(t, error)));
    } finally {
      setImporting(false);
    }
  };

  const canHandOver =
    refusal === null &&
    letter !== null &&
    letter.draftBlobId !== null &&
    (letter.state === 'draft' || letter.state === 'returned');

  return (
    <>
      {/* From the queue on, the signing panel shows where the letter stands. */}
      {letter?.state === 'draft' ? (
        <span className="letter-state" data-testid="letter-state">
          {text(`state.${letter.state}`)}
          {letter.source === 'import' ? ` (${text('state.imported')})` : ''}
        </span>
      ) : null}
      <LetterDraftButtons
        writeLabel={text(letter ? 'actions.edit' : 'actions.write')}
        importLabel={importing ? text('actions.importing') : text('actions.importPdf')}
        refusal={refusal}
        onWrite={() => setEditing(true)}
        onImport={() => {
          if (!importing) void runImport();
        }}
      />
      {canHandOver ? (
        <button
          type="button"
          className="button button--small"
          data-testid="letter-request-signature-detail"
          onClick={() => setHandingOver(true)}
        >
          {text('actions.requestSignature')}
        </button>
      ) : null}
      {editing ? (
        <LetterEditor
          doc={doc}
          onClose={() => setEditing(false)}
          onRequestSignature={() => {
            setEditing(false);
            setHandingOver(true);
          }}
        />
      ) : null}
      {handingOver && letter && canHandOver ? (
        <RequestSignatureDialog letter={letter} doc={doc} onClose={() => setHandingOver(false)} />
      ) : null}
    </>
  );
}
