import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigated } from '../../app/appSlice';
import { useAppDispatch } from '../../app/store';
import { useStableBlob } from '../../ui/useStableBlob';
import { detailOpened } from '../../journal/journalSlice';
import { LetterActions } from './LetterActions';
import { LetterFacts } from './LetterFacts';
import { LetterHistory } from './LetterHistory';
import { LetterPreview } from './LetterPreview';
import { addresseeText } from './letterRows';
import { SignaturePanel } from './SignaturePanel';
import { useLetterView } from './useLetters';

/** The selected letter: what it is, its pages, and what can be done with it. */
export function LetterDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const view = useLetterView(id);
  // The query re-runs on every sync write; the pages are drawn and the signatures
  // checked again only when the PDF itself changed.
  const pdf = useStableBlob(view?.pdf);
  const pdfIdentity = view?.pdf ? `${view.pdf.id}:${view.pdf.sha256}` : 'none';
  const doc = view?.doc ?? null;
  const reference = doc?.referenceNumber ?? view?.letter.pid ?? '';

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Escape inside a dialog closes only the dialog.
    if (
      event.key !== 'Escape' ||
      (event.target instanceof Element && event.target.closest('dialog'))
    )
      return;
    event.preventDefault();
    onClose();
  };

  const openDocument = (pid: string) => {
    dispatch(detailOpened(pid));
    dispatch(navigated('journal'));
  };

  return (
    <aside
      className="journal-detail signing-detail"
      aria-labelledby="signing-detail-title"
      data-testid="signing-detail"
      onKeyDown={onKeyDown}
    >
      <header className="journal-detail__header">
        <div className="journal-detail__heading">
          <span className="journal-detail__kicker">{t('signingUi.detail.region')}</span>
          <h2 id="signing-detail-title">{reference || t('signingUi.detail.region')}</h2>
        </div>
        <button
          type="button"
          className="dialog__close"
          aria-label={t('signingUi.detail.close')}
          title={t('signingUi.detail.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {view === undefined ? (
        <p className="journal-detail__none">{t('signingUi.detail.loading')}</p>
      ) : null}
      {view === null ? (
        <p className="journal-detail__none">{t('signingUi.detail.missing')}</p>
      ) : null}
      {view ? (
        <div className="journal-detail__body">
          {doc ? (
            <>
              <p className="signing-detail__subject">
                <strong>{doc.subject}</strong>
                <br />
                {addresseeText(doc)}
              </p>
              <LetterActions letter={view.letter} doc={doc} />
            </>
          ) : null}
          <LetterFacts letter={view.letter} />
          <LetterPreview pdf={pdf} label={t('signingUi.detail.preview', { reference })} />
          {pdf && view.letter.signedComponentId ? (
            <SignaturePanel
              // New content (signed, later timestamped) is a new check, not the old verdict.
              key={`${view.letter.signatureLevel ?? 'none'}:${pdfIdentity}`}
              blob={pdf}
              name={reference}
              autoVerify
            />
          ) : null}
          <LetterHistory letter={view.letter} />
          {doc ? (
            <p>
              <button
                type="button"
                className="button button--small"
                data-testid="letter-open-document"
                onClick={() => openDocument(doc.pid)}
              >
                {t('signingUi.detail.openDocument', { reference })}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </aside>
  );
}
