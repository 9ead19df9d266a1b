import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LetterDetail } from './LetterDetail';
import { LetterGrid } from './LetterGrid';
import { compactColumns, letterSections, sectionColumns, type LetterSection } from './letterRows';
import { useLetterSections } from './useLetters';
import { RecordListContent, RecordListFrame } from '../../ui/RecordListFrame';
import { TabList } from '../../ui/TabList';
import { useRecordSelection } from '../../ui/useRecordSelection';
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
  const { selectedId, showDetail, gridRef, onSelect, onOpen, closeDetail, clear } =
    useRecordSelection();
  const rows = sections?.[section] ?? [];

  const choose = (next: LetterSection) => {
    setSection(next);
    clear();
  };
  return (
    <RecordListFrame
      className="signing"
      testId="signing-screen"
      titleId="signing-title"
      title={t('signingUi.title')}
      hint={t('signingUi.grid.keyboardHint')}
    >
      <TabList
        tabs={letterSections}
        selected={section}
        onSelect={choose}
        label={t('signingUi.sections.label')}
        text={(name) => t(`signingUi.sections.${name}`, { count: sections?.[name].length ?? 0 })}
        tabId={tabId}
        panelId={() => TABPANEL_ID}
        className="databox-tabs"
        tabClassName="databox-tab"
        testId={(name) => `signing-tab-${name}`}
      />
      <RecordListContent
        id={TABPANEL_ID}
        role="tabpanel"
        aria-labelledby={tabId(section)}
        showDetail={showDetail}
        table={
          <>
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
          </>
        }
        detail={
          showDetail && selectedId ? (
            <LetterDetail key={selectedId} id={selectedId} onClose={closeDetail} />
          ) : null
        }
      />
    </RecordListFrame>
  );
}
