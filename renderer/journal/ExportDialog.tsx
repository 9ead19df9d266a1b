import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalQuery } from '../db/journal/query';
import { Dialog } from '../ui/Dialog';
import { ConfirmButtons } from '../ui/DialogButtons';
import { Field } from '../ui/Field';
import { filterSummary } from './format';
import { useJournalExport, type ExportFormat } from './useJournalExport';

export interface ExportDialogProps {
  /** The query the journal shows now. */
  query: JournalQuery;
  /** How many rows it has. */
  total: number;
  onClose: () => void;
}

/** Export of the shown selection, or of every document of a period, to CSV or PDF. */
export function ExportDialog({ query, total, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const { run, working } = useJournalExport();
  const [scope, setScope] = useState<'filtered' | 'period'>('filtered');
  const [from, setFrom] = useState(query.from ?? '');
  const [to, setTo] = useState(query.to ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const summary = filterSummary(t, query);
  const periodMissing = scope === 'period' && (!from || !to);
  const periodInvalid = scope === 'period' && Boolean(from && to && from > to);

  const exportAs = async (format: ExportFormat) => {
    setMessage(null);
    if (periodMissing) {
      setMessage(t('journal.export.periodRequired'));
      return;
    }
    if (periodInvalid) return;
    const target: JournalQuery =
      scope === 'filtered' ? query : { from, to, sort: 'referenceNumber', descending: false };
    const outcome = await run(format, target);
    if (outcome.ok) onClose();
    else if (outcome.message) setMessage(outcome.message);
  };

  return (
    <Dialog
      open
      title={t('journal.export.title')}
      onClose={onClose}
      footer={
        <ConfirmButtons
          onCancel={onClose}
          onConfirm={() => void exportAs('pdf')}
          confirmLabel={t('journal.export.pdf')}
          working={working}
        >
          <button
            type="button"
            className="button"
            disabled={working}
            onClick={() => void exportAs('csv')}
          >
            {t('journal.export.csv')}
          </button>
        </ConfirmButtons>
      }
    >
      <fieldset className="journal-export__scope">
        <legend>{t('journal.export.scope')}</legend>
        <label className="journal-export__choice">
          <input
            type="radio"
            name="journal-export-scope"
            checked={scope === 'filtered'}
            onChange={() => setScope('filtered')}
          />
          <span>
            {t('journal.export.scopeFiltered', { count: total })}
            <span className="field__hint journal-export__summary">
              {t('journal.export.filterSummary', {
                summary: summary || t('journal.export.noFilters'),
              })}
            </span>
          </span>
        </label>
        <label className="journal-export__choice">
          <input
            type="radio"
            name="journal-export-scope"
            checked={scope === 'period'}
            onChange={() => setScope('period')}
          />
          <span>{t('journal.export.scopePeriod')}</span>
        </label>
        {scope === 'period' ? (
          <div className="journal-export__period">
            <Field
              label={t('journal.export.from')}
              required
              error={periodInvalid ? t('journal.filters.periodInvalid') : null}
            >
              <input
                type="date"
                className="input"
                value={from}
                onChange={(event) => setFrom(event.target.value)}
              />
            </Field>
            <Field label={t('journal.export.to')} required>
              <input
                type="date"
                className="input"
                value={to}
                onChange={(event) => setTo(event.target.value)}
              />
            </Field>
          </div>
        ) : null}
      </fieldset>
      {working ? (
        <p className="journal-export__working" role="status">
          {t('journal.export.working')}
        </p>
      ) : null}
      {message ? (
        <p className="field__error" role="alert">
          {message}
        </p>
      ) : null}
    </Dialog>
  );
}
