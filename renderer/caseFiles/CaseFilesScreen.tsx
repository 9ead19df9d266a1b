import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from '../app/store';
import '../styles/caseFiles.css';
import { CaseFileDetail } from './CaseFileDetail';
import { filterCaseFiles, filterOptions, LIST_LIMIT } from './caseFileFilter';
import { CaseFileFilters } from './CaseFileFilters';
import { CaseFileList } from './CaseFileList';
import { caseFileSelected } from './caseFilesSlice';
import { CreateCaseFileDialog } from './CreateCaseFileDialog';
import { useAllCaseFiles } from './useCaseFileData';

/**
 * Spisy: the case files filtered by state, mark, handler, year and words; choosing
 * one shows its detail in place of the list (full width for the inventory).
 */
export function CaseFilesScreen() {
  const dispatch = useAppDispatch();
  const selectedId = useAppSelector((state) => state.caseFiles.selectedId);
  // The file last shown, so the list can give it the focus back.
  const [lastOpened, setLastOpened] = useState<string | null>(selectedId);
  if (selectedId && selectedId !== lastOpened) setLastOpened(selectedId);
  return (
    <section className="screen case-files" aria-labelledby="caseFiles-title">
      {selectedId ? (
        <CaseFileDetail
          key={selectedId}
          id={selectedId}
          onBack={() => dispatch(caseFileSelected(null))}
        />
      ) : (
        <CaseFileListView
          returnFocusTo={lastOpened}
          onOpen={(id) => dispatch(caseFileSelected(id))}
        />
      )}
    </section>
  );
}

function CaseFileListView({
  returnFocusTo,
  onOpen,
}: {
  returnFocusTo: string | null;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const filter = useAppSelector((state) => state.caseFiles.filter);
  const all = useAllCaseFiles();
  const [creating, setCreating] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const files = useMemo(() => (all ? filterCaseFiles(all, filter) : null), [all, filter]);
  const options = useMemo(() => filterOptions(all ?? []), [all]);
  const loaded = files !== null;

  // Back from a file's detail, the focus returns to that file in the list.
  useEffect(() => {
    if (!loaded || !returnFocusTo) return;
    listRef.current
      ?.querySelector<HTMLButtonElement>(`[data-case-file="${CSS.escape(returnFocusTo)}"]`)
      ?.focus();
  }, [loaded, returnFocusTo]);

  return (
    <>
      <div className="case-files__top">
        <h1 id="caseFiles-title" className="screen__title case-files__title">
          {t('caseFiles.title')}
        </h1>
        <p className="case-files__count" role="status" data-testid="case-files-count">
          {files === null
            ? t('caseFiles.loading')
            : t('caseFiles.list.count', { count: files.length })}
        </p>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('caseFiles.actions.create')}
        </button>
      </div>
      <CaseFileFilters options={options} />
      <div ref={listRef}>
        {files && files.length > 0 ? (
          <CaseFileList files={files.slice(0, LIST_LIMIT)} onOpen={onOpen} />
        ) : null}
        {files && files.length > LIST_LIMIT ? (
          <p className="case-files__empty">
            {t('caseFiles.list.more', { shown: LIST_LIMIT, count: files.length })}
          </p>
        ) : null}
        {files && files.length === 0 ? (
          <p className="case-files__empty">
            {all && all.length > 0 ? t('caseFiles.list.empty') : t('caseFiles.list.none')}
          </p>
        ) : null}
      </div>
      {creating ? (
        <CreateCaseFileDialog onClose={() => setCreating(false)} onCreated={onOpen} />
      ) : null}
    </>
  );
}
