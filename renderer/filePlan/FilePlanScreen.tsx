import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeDateString } from '../../common/domain/time';
import { ImportPlanDialog } from './ImportPlanDialog';
import { PlanHeader } from './PlanHeader';
import { PlanTree } from './PlanTree';
import { PlanVersionsList } from './PlanVersionsList';
import { branchMarks, buildPlanTree, countNodes, filterPlanTree } from './planTree';
import { splitPlanVersions } from './planVersions';
import { useFilePlan } from './useFilePlan';
import { usePlanExport } from './usePlanExport';
import { usePlanImport } from './usePlanImport';
import '../styles/filePlan.css';

/**
 * Spisový a skartační plán: the version in force, its groups as a tree the clerk can
 * search, earlier versions, and import / export as nsesss-plan XML.
 */
export function FilePlanScreen() {
  const { t } = useTranslation();
  const data = useFilePlan();
  const [today] = useState(() => officeDateString(new Date()));
  const [query, setQuery] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  // Which groups are open, remembered per query: a new search opens every group it found.
  const [opened, setOpened] = useState<{ query: string; marks: Set<string> } | null>(null);
  const importer = usePlanImport();
  const exporter = usePlanExport();

  const versions = useMemo(
    () => splitPlanVersions(data?.versions ?? [], today),
    [data?.versions, today],
  );
  const tree = useMemo(() => buildPlanTree(data?.groups ?? [], today), [data?.groups, today]);
  const filtered = useMemo(
    () => filterPlanTree(tree, { query, showRetired }),
    [tree, query, showRetired],
  );
  const currentId = versions.current?.id;
  const currentGroups = useMemo(
    () => (data?.groups ?? []).filter((group) => group.planId === currentId),
    [data?.groups, currentId],
  );

  const searched = query.trim();
  const expanded =
    opened && opened.query === searched
      ? opened.marks
      : new Set(
          searched ? branchMarks(filtered.nodes) : filtered.nodes.map((n) => n.group.fileMark),
        );
  const shownCount = countNodes(filtered.nodes);

  return (
    <section className="screen file-plan" aria-labelledby="file-plan-title">
      <div className="file-plan__top">
        <h1 id="file-plan-title" className="screen__title">
          {t('filePlan.title')}
        </h1>
        <div className="file-plan__toolbar">
          <button
            type="button"
            className="button button--primary"
            disabled={importer.working}
            onClick={() => void importer.start()}
          >
            {t('filePlan.screen.import')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!versions.current || currentGroups.length === 0 || exporter.working}
            onClick={() => {
              if (versions.current) void exporter.run(versions.current, currentGroups);
            }}
          >
            {t('filePlan.screen.export')}
          </button>
        </div>
      </div>

      {data === undefined ? (
        <p>{t('filePlan.screen.loading')}</p>
      ) : (
        <>
          <PlanHeader
            version={versions.current}
            groupCount={versions.current ? currentGroups.length : data.groups.length}
            classifiableCount={
              (versions.current ? currentGroups : data.groups).filter(
                (group) => group.retention !== null,
              ).length
            }
          />

          <section className="file-plan__groups" aria-labelledby="file-plan-tree-title">
            <h2 id="file-plan-tree-title">{t('filePlan.tree.title')}</h2>
            <div
              className="file-plan__filters"
              role="search"
              aria-label={t('filePlan.tree.search')}
            >
              <label className="field file-plan__search">
                <span className="field__label">{t('filePlan.tree.searchLabel')}</span>
                <input
                  type="search"
                  className="input"
                  value={query}
                  placeholder={t('filePlan.tree.searchPlaceholder')}
                  onChange={(event) => setQuery(event.target.value)}
                />
              </label>
              <label className="file-plan__check">
                <input
                  type="checkbox"
                  checked={showRetired}
                  onChange={(event) => setShowRetired(event.target.checked)}
                />
                {t('filePlan.tree.showRetired')}
              </label>
              <div className="file-plan__expand">
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    setOpened({ query: searched, marks: new Set(branchMarks(filtered.nodes)) })
                  }
                >
                  {t('filePlan.tree.expandAll')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => setOpened({ query: searched, marks: new Set() })}
                >
                  {t('filePlan.tree.collapseAll')}
                </button>
              </div>
            </div>
            <p className="file-plan__count" role="status" aria-live="polite">
              {searched
                ? t('filePlan.tree.found', { count: filtered.matches.size })
                : t('filePlan.tree.shown', { count: shownCount })}
            </p>
            {filtered.nodes.length > 0 ? (
              <PlanTree
                nodes={filtered.nodes}
                expanded={expanded}
                onExpandedChange={(marks) => setOpened({ query: searched, marks })}
                matches={filtered.matches}
                labelledBy="file-plan-tree-title"
              />
            ) : (
              <p className="file-plan__muted">
                {searched ? t('filePlan.tree.nothingFound') : t('filePlan.tree.empty')}
              </p>
            )}
            <p className="file-plan__hint">{t('filePlan.tree.keyboardHint')}</p>
          </section>

          <PlanVersionsList versions={versions.older} />
        </>
      )}

      {importer.state.step !== 'idle' ? (
        <ImportPlanDialog
          state={importer.state}
          working={importer.working}
          onConfirm={() => void importer.confirm()}
          onClose={importer.close}
        />
      ) : null}
    </section>
  );
}
