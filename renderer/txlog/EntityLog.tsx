import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TxEntityType } from '../../common/domain/transactionLog';
import { useServices } from '../app/services';
import { resolveIdentifiers } from './identifiers';
import { readEntityLog } from './txlogQuery';
import { TxLogTable } from './TxLogTable';
import { useTxLogExport } from './useTxLogExport';
import '../styles/txlog.css';

export interface EntityLogProps {
  entityType: TxEntityType;
  entityId: string;
  /** What the clerk knows the record by (reference number, case-file reference); the id if absent. */
  identifier?: string;
  /** The heading's level where the log is embedded (a detail pane uses 3). */
  headingLevel?: 2 | 3;
}

/**
 * The transaction log of one record — every operation on it, oldest first — with
 * its export as NSESSS XML (TransakcniLogObjektu). Drop it into any detail view.
 */
export function EntityLog({ entityType, entityId, identifier, headingLevel = 2 }: EntityLogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const headingId = useId();
  const { exportEntityXml, working } = useTxLogExport();
  const [refusal, setRefusal] = useState<string | null>(null);
  const log = useLiveQuery(async () => {
    const entries = await readEntityLog(db, entityType, entityId);
    return { entries, labels: await resolveIdentifiers(db, entries) };
  }, [db, entityType, entityId]);

  const name = identifier ?? entityId;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="txlog-entity" aria-labelledby={headingId}>
      <div className="txlog-entity__head">
        <Heading id={headingId} className="txlog-entity__title">
          {t('txlog.entity.title', { identifier: name })}
        </Heading>
        {log ? (
          <span className="txlog-entity__count">
            {t('txlog.entity.count', { count: log.entries.length })}
          </span>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={working || !log || log.entries.length === 0}
          onClick={async () => setRefusal(await exportEntityXml(entityType, entityId))}
        >
          {working ? t('txlog.export.working') : t('txlog.entity.exportXml')}
        </button>
      </div>
      {refusal ? (
        <p role="alert" className="txlog-refusal">
          {refusal}
        </p>
      ) : null}
      {log && log.entries.length === 0 ? (
        <p className="txlog-empty">{t('txlog.entity.none')}</p>
      ) : null}
      {log && log.entries.length > 0 ? (
        // Narrow detail panes scroll the table sideways: the keyboard must reach it too.
        <div className="txlog-table-wrap" role="region" aria-labelledby={headingId} tabIndex={0}>
          <TxLogTable
            entries={log.entries}
            labels={log.labels}
            caption={t('txlog.entity.title', { identifier: name })}
            withObject={false}
          />
        </div>
      ) : null}
    </section>
  );
}
