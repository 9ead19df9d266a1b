import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LetterDetail } from './LetterDetail';
import { LetterGrid } from './LetterGrid';
import { compactColumns, letterSections, sectionColumns, type LetterSection } from './letterRows';
import { useLetterSections } from './useLetters';
import '../../styles/recordList.css';
import '../../styles/journal.css';
import '../../styles/databox.css';
import './signing.css';

const TABPANEL_ID = 'signing-tabpanel';
const tabId = (section: LetterSection) => `signing-tab-${section}`;

/**
 * K podpisu: the letters waiting for the mayor's signature, oldest first, with the
 * letter's pages and "Podepsat" / "Vrátit k úpravě" beside the list; and the signed
 * letters waiting to be sent (B-B ones can get their timestamp), and the returned ones.
 */
export function SigningScreen() {
  const { t } = useTranslation();
  const sections = useLetterSections();
  const [section, setSection] = useState<LetterSection>('awaiting');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const rows = sections?.[section] ?? [];
  const showDetail = detailOpen && selectedId !== null;

  const onSelect = useCallback((id: string) => {
    setSelectedId(id);
  }, []);
  const onOpen = useCallback((id: string) => {
    setSelectedId(id);
    setDetailOpen(true);
  }, []);
  const closeDetail = useCallback(() => {
    setDetailOpen(false);
    gridRef.current?.focus();
  }, []);

  const choose = (next: LetterSection) => {
    setSection(next);
    setSelectedId(null);
    setDetailOpen(false);
  };
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const index = letterSections.indexOf(section);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = letterSections[(index + step + letterSections.length) % letterSections.length];
    if (!next) return;
    choose(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <section
      className="screen record-list signing"
      aria-labelledby="signing-title"
      data-testid="signing-screen"
    >
      <div className="record-list__top">
        <h1 id="signing-title" className="screen__title record-list__title">
          {t('signingUi.title')}
        </h1>
      </div>
      <div role="tablist" aria-label={t('signingUi.sections.label')} className="databox-tabs">
        {letterSections.map((name) => (
          <button
            key={name}
            id={tabId(name)}
            type="button"
            role="tab"
            aria-selected={section === name}
            aria-controls={TABPANEL_ID}
            tabIndex={section === name ? 0 : -1}
            className={section === name ? 'databox-tab databox-tab--active' : 'databox-tab'}
            data-testid={`signing-tab-${name}`}
            onClick={() => choose(name)}
            onKeyDown={onTabKey}
          >
            {t(`signingUi.sections.${name}`, { count: sections?.[name].length ?? 0 })}
          </button>
        ))}
      </div>
      <div
        id={TABPANEL_ID}
        role="tabpanel"
        aria-labelledby={tabId(section)}
        className={
          showDetail ? 'record-list__content record-list__content--detail' : 'record-list__content'
        }
      >
        <div className="record-table">
          <LetterGrid
            rows={rows}
            columns={showDetail ? compactColumns : sectionColumns[section]}
            label={t(`signingUi.sections.${section}`, { count: rows.length })}
            selectedId={selectedId}
            onSelect={onSelect}
            onOpen={onOpen}
            onClose={closeDetail}
            gridRef={gridRef}
          />
          {sections === undefined ? (
            <p className="record-table__empty">{t('signingUi.grid.loading')}</p>
          ) : rows.length === 0 ? (
            <p className="record-table__empty" data-testid="signing-empty">
              {t(`signingUi.grid.empty.${section}`)}
            </p>
          ) : null}
        </div>
        {showDetail && selectedId ? (
          <LetterDetail key={selectedId} id={selectedId} onClose={closeDetail} />
        ) : null}
      </div>
      <p className="record-list__hint">{t('signingUi.grid.keyboardHint')}</p>
    </section>
  );
}
