import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../../app/services';
import type { ComponentRecord } from '../../../db/schema';
import { errorText } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { CloseButton, ConfirmButtons } from '../../../ui/DialogButtons';
import { FormFailure } from '../../../ui/FormFailure';
import { FormatChangeTable } from './FormatChangeTable';
import {
  formatChangeRows,
  runFormatChanges,
  type FormatChangeProgress,
  type FormatChangeRow,
} from './runFormatChanges';
import '../conversionDialogs.css';

export interface FormatChangeDialogProps {
  /** The files offered (a document's, or all of a case file's that need the change). */
  components: readonly ComponentRecord[];
  onClose: () => void;
}

/**
 * Změna datového formátu (§ 69a zákona 499/2004 Sb.): the files with their verdict,
 * converted to PDF/A one after another with the § 24 clause; each row shows how it went.
 */
export function FormatChangeDialog({ components, onClose }: FormatChangeDialogProps) {
  const { t } = useTranslation();
  const { api, db } = useServices();
  // The files as offered: a caller's live list shrinks as files get converted, the rows stay.
  const [offered] = useState(components);
  const [rows, setRows] = useState<FormatChangeRow[] | null>(null);
  const [progress, setProgress] = useState<Record<string, FormatChangeProgress>>({});
  const [phase, setPhase] = useState<'ready' | 'running' | 'finished'>('ready');
  const [summary, setSummary] = useState<{ done: number; failed: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    formatChangeRows(db, offered).then(
      (found) => {
        if (live) setRows(found);
      },
      (error: unknown) => {
        if (live) {
          setRows([]);
          setFailure(errorText(t, error));
        }
      },
    );
    return () => {
      live = false;
    };
  }, [db, offered, t]);

  const pending = (rows ?? [])
    .filter((row) => row.verdict === 'needsChange')
    .map((row) => row.component);

  const start = async () => {
    setPhase('running');
    setFailure(null);
    try {
      const result = await runFormatChanges({ api, db }, pending, (id, step) =>
        setProgress((before) => ({ ...before, [id]: step })),
      );
      setSummary(result);
      setPhase('finished');
    } catch (error) {
      // Refused before any file (the office or the clerk not set up): nothing was converted.
      setFailure(errorText(t, error));
      setPhase('ready');
    }
  };

  const footer =
    phase === 'finished' || (rows !== null && pending.length === 0) ? (
      <CloseButton onClose={onClose} />
    ) : (
      <ConfirmButtons
        onCancel={onClose}
        onConfirm={() => void start()}
        confirmLabel={t('conversionDialogs.formatChange.start')}
        workingLabel={t('conversionDialogs.formatChange.working')}
        working={phase === 'running' || rows === null}
      />
    );

  return (
    <Dialog
      open
      wide
      title={t('conversionDialogs.formatChange.title')}
      onClose={onClose}
      footer={footer}
    >
      <div className="conversion-dialog" data-testid="format-change-dialog">
        <p>{t('conversionDialogs.formatChange.explanation')}</p>
        {rows ? <FormatChangeTable rows={rows} progress={progress} /> : null}
        {rows !== null && pending.length === 0 && phase === 'ready' ? (
          <p role="status">{t('conversionDialogs.formatChange.nothing')}</p>
        ) : null}
        {summary ? (
          <p role="status" data-testid="format-change-summary">
            {summary.failed > 0
              ? t('conversionDialogs.formatChange.summaryFailed', {
                  done: summary.done,
                  total: summary.done + summary.failed,
                  failed: summary.failed,
                })
              : t('conversionDialogs.formatChange.summary', {
                  done: summary.done,
                  total: summary.done,
                })}
          </p>
        ) : null}
        <FormFailure text={failure} />
      </div>
    </Dialog>
  );
}
