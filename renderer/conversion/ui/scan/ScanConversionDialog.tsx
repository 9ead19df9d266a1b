import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../../common/domain/document';
import type { ValidationIssue } from '../../../../common/domain/validation';
import { useServices } from '../../../app/services';
import { errorText } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { CloseButton } from '../../../ui/DialogButtons';
import { useFocusOnOpen } from '../../../ui/useFocusOnOpen';
import { useNotify } from '../../../ui/useNotify';
import { PdfPageSource, PdfPagesContext } from './pdfPageSource';
import { initialRegisterForm } from '../registerForm';
import { initialScanDialogState, scanDialogReducer } from './scanDialogState';
import { addScansStep, submitStep } from './scanDialogSteps';
import { readDropped, type ScanInputFile } from './scanFiles';
import { DiscardScansDialog } from './DiscardScansDialog';
import { ScanConversionView } from './ScanConversionView';
import './scan.css';

export interface ScanConversionDialogProps {
  /** The document whose paper input is converted. */
  pid: string;
  onClose: () => void;
}

/** The output PDF's title (its metadata): the document as the journal names it. */
function outputTitle(doc: DocumentRecord): string {
  return `${doc.referenceNumber} – ${doc.subject}`.trim().slice(0, 255);
}

function ScanConversionForm({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const [state, dispatch] = useReducer(scanDialogReducer, doc, (first) =>
    initialScanDialogState(initialRegisterForm(first)),
  );
  const [pdfPages] = useState(() => new PdfPageSource());
  useEffect(() => () => pdfPages.dispose(), [pdfPages]);
  const pickRef = useRef<HTMLButtonElement>(null);
  useFocusOnOpen(pickRef);

  const busy = state.adding || state.working;
  // Files come from the file dialog, dropping and the scanner's folder, each after its own
  // wait: they are added one batch after another, each inspected with all before it.
  const files = useRef<ScanInputFile[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const addNow = async (added: ScanInputFile[], rejected: ValidationIssue[]) => {
    dispatch({ type: 'adding' });
    const action = await addScansStep(api, files.current, added, t);
    if (action.type === 'added') files.current = action.files;
    dispatch(
      rejected.length > 0 && (action.type === 'added' || action.type === 'addRefused')
        ? { ...action, issues: [...rejected, ...action.issues] }
        : action,
    );
  };

  const add = (added: ScanInputFile[], rejected: ValidationIssue[] = []) => {
    if (added.length === 0) {
      if (rejected.length > 0) dispatch({ type: 'addRefused', failure: null, issues: rejected });
      return queue.current;
    }
    queue.current = queue.current.then(() => addNow(added, rejected));
    return queue.current;
  };

  const pick = async () => {
    try {
      const result = await api['files.open']({ purpose: 'scan' });
      if (result.canceled && result.rejected.length === 0) return;
      await add(
        result.files.map((file) => ({
          name: file.name,
          bytes: file.bytes as Uint8Array<ArrayBuffer>,
          fromFolder: false,
        })),
        result.rejected,
      );
    } catch (error) {
      dispatch({ type: 'addRefused', failure: errorText(t, error), issues: [] });
    }
  };

  const drop = async (list: File[]) => {
    try {
      await add(await readDropped(list));
    } catch (error) {
      dispatch({ type: 'addRefused', failure: errorText(t, error), issues: [] });
    }
  };

  const submit = async () => {
    if (busy) return;
    dispatch({ type: 'working' });
    const action = await submitStep(state, {
      db,
      port: api,
      pid: doc.pid,
      title: outputTitle(doc),
      t,
    });
    dispatch(action);
    if (action.type === 'prepared')
      notify.success(t('conversionScan.prepared.notice', { reference: doc.referenceNumber }));
  };

  // Closing with arranged pages that are not prepared yet asks first (Escape is easy to hit).
  const [asking, setAsking] = useState(false);
  const close = () => {
    if (state.pages.length > 0 && !state.prepared && !busy) setAsking(true);
    else if (!busy) onClose();
  };

  return (
    <PdfPagesContext.Provider value={pdfPages}>
      {asking ? <DiscardScansDialog onDiscard={onClose} onKeep={() => setAsking(false)} /> : null}
      <ScanConversionView
        referenceNumber={doc.referenceNumber}
        state={state}
        dispatch={dispatch}
        onPick={() => void pick()}
        onFiles={(files) => void add(files)}
        onDrop={(files) => void drop(files)}
        onSubmit={() => void submit()}
        onClose={close}
        pickRef={pickRef}
      />
    </PdfPagesContext.Provider>
  );
}

/**
 * Paper → electronic (autorizovaná konverze): the scans added (file dialog, dropping,
 * the scanner's folder) and inspected by main, the pages arranged (order, turn, mode;
 * black and white unless colour carries information), the register's fields filled in,
 * and "Připravit konverzi" builds the PDF/A-2b pages and writes the conversion, which
 * then waits for its number from the conversion register.
 */
export function ScanConversionDialog({ pid, onClose }: ScanConversionDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  // null while loading; undefined when there is no such document.
  const doc = useLiveQuery(() => db.documents.get(pid), [db, pid], null);
  if (doc) return <ScanConversionForm doc={doc} onClose={onClose} />;
  return (
    <Dialog
      open
      title={t('conversionScan.heading')}
      onClose={onClose}
      footer={<CloseButton onClose={onClose} />}
    >
      <p role={doc === null ? 'status' : 'alert'}>
        {doc === null ? t('conversionScan.loading') : t('conversionScan.documentMissing')}
      </p>
    </Dialog>
  );
}
