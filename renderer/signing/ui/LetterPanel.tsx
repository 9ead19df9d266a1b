import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../common/domain/document';
import { LetterActions } from './LetterActions';
import { LetterFacts } from './LetterFacts';
import { LetterHistory } from './LetterHistory';
import { useDocumentLetters } from './useLetters';
import './signing.css';

/**
 * The document's letter in its detail (Podací deník): where it stands on its way and
 * its next step — sign or return, send by data box or post, add a timestamp, the dodejka.
 */
export function LetterPanel({ doc }: { doc: DocumentRecord }) {
  const { t } = useTranslation();
  // A draft is the letter editor's (its actions sit with the document's); this panel
  // follows the letter from the moment it is submitted for signature.
  const letters = useDocumentLetters(doc.pid)?.filter((letter) => letter.state !== 'draft');
  if (!letters || letters.length === 0) return null;
  return (
    <section
      className="journal-detail__section"
      aria-labelledby="letter-panel-title"
      data-testid="letter-panel"
    >
      <h3 id="letter-panel-title">{t('signingUi.panel.title')}</h3>
      {letters.map((letter) => (
        <div key={letter.id} className="letter-panel__letter" data-letter-id={letter.id}>
          <LetterFacts letter={letter} />
          <LetterActions letter={letter} doc={doc} />
          <LetterHistory letter={letter} />
        </div>
      ))}
    </section>
  );
}
