import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../common/domain/document';
import type { ComponentRecord } from '../../db/schema';
import { ElectronicToPaperDialog } from './electronic/ElectronicToPaperDialog';
import { isPrintablePdf } from './electronic/electronicInput';
import { FormatChangeDialog } from './formatChange/FormatChangeDialog';
import { ScanConversionDialog } from './scan/ScanConversionDialog';
import { useFormatChangeNeeds } from './useFormatChangeNeeds';
import './conversionDialogs.css';

/** States in which a document still takes a new file (a conversion adds one). */
const OPEN_STATES: ReadonlySet<DocumentRecord['state']> = new Set([
  'registered',
  'inProgress',
  'settled',
]);

type OpenDialog =
  | { kind: 'scan' }
  | { kind: 'toPaper' }
  | { kind: 'formatChange'; components: readonly ComponentRecord[] };

/** A PDF that can be printed with the clause (a conversion's own printout cannot). */
export function hasPrintablePdf(files: readonly ComponentRecord[]): boolean {
  return files.some(isPrintablePdf);
}

/**
 * The document's conversions in its detail: from paper (scans), to paper (only with a
 * PDF), and the format change to PDF/A (only when a file needs it). Nothing for a
 * cancelled document; a closed one offers only the format change.
 */
export function ConversionActions({
  doc,
  files,
}: {
  doc: DocumentRecord;
  files: readonly ComponentRecord[];
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const needing = useFormatChangeNeeds(files);
  const close = () => setDialog(null);
  const usable = doc.state !== 'cancelled';
  const open = usable && OPEN_STATES.has(doc.state);
  const toPaper = open && hasPrintablePdf(files);
  const formatChange = usable && needing !== undefined && needing.length > 0;

  return (
    <>
      {open || formatChange ? (
        <span
          className="conversion-actions"
          role="group"
          aria-label={t('conversionDialogs.actions.label')}
          data-testid="conversion-actions"
        >
          {open ? (
            <button
              type="button"
              className="button button--small"
              data-testid="conversion-from-paper"
              onClick={() => setDialog({ kind: 'scan' })}
            >
              {t('conversionDialogs.actions.fromPaper')}
            </button>
          ) : null}
          {toPaper ? (
            <button
              type="button"
              className="button button--small"
              data-testid="conversion-to-paper"
              onClick={() => setDialog({ kind: 'toPaper' })}
            >
              {t('conversionDialogs.actions.toPaper')}
            </button>
          ) : null}
          {formatChange ? (
            <button
              type="button"
              className="button button--small"
              data-testid="conversion-format-change"
              onClick={() => setDialog({ kind: 'formatChange', components: needing })}
            >
              {t('conversionDialogs.actions.formatChange')}
            </button>
          ) : null}
        </span>
      ) : null}
      {/* A dialog stays open while the files change under it (a converted file drops out). */}
      {dialog?.kind === 'scan' ? <ScanConversionDialog pid={doc.pid} onClose={close} /> : null}
      {dialog?.kind === 'toPaper' ? (
        <ElectronicToPaperDialog pid={doc.pid} onClose={close} />
      ) : null}
      {dialog?.kind === 'formatChange' ? (
        <FormatChangeDialog components={dialog.components} onClose={close} />
      ) : null}
    </>
  );
}
