import { useTranslation } from 'react-i18next';
import { DetailFrame } from '../../ui/DetailFrame';
import { useStableBlob } from '../../ui/useStableBlob';
import { useOpenInJournal } from '../../journal/useOpenInJournal';
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
  const view = useLetterView(id);
  // The query re-runs on every sync write; the pages are drawn and the signatures
  // checked again only when the PDF itself changed.
  const pdf = useStableBlob(view?.pdf);
  const pdfIdentity = view?.pdf ? `${view.pdf.id}:${view.pdf.sha256}` : 'none';
  const doc = view?.doc ?? null;
  const reference = doc?.referenceNumber ?? view?.letter.pid ?? '';

  const openDocument = useOpenInJournal();

  return (
    <DetailFrame
      titleId="signing-detail-title"
      className="signing-detail"
      testId="signing-detail"
      kicker={t('signingUi.detail.region')}
      title={reference || t('signingUi.detail.region')}
      closeLabel={t('signingUi.detail.close')}
      onClose={onClose}
      found={view === undefined ? undefined : view !== null}
      loadingText={t('signingUi.detail.loading')}
      missingText={t('signingUi.detail.missing')}
    >
      {view ? (
        <>
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
        </>
      ) : null}
    </DetailFrame>
  );
}
