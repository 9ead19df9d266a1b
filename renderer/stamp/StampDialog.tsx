import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { errorText } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { PdfPreview } from '../ui/PdfPreview';
import { useNotify } from '../ui/useNotify';
import { StampPrintSheet, type PageSize } from './StampPrintSheet';
import { useStampPdf } from './useStampPdf';
import '../styles/stamp.css';

interface Props {
  pid: string;
  referenceNumber: string;
  open: boolean;
  onClose: () => void;
}

const formatMm = (value: number) => String(Math.round(value));

/** The intake stamp: a preview, a PDF to keep, and printing at the label's real size. */
export function StampDialog({ pid, referenceNumber, open, onClose }: Props) {
  const { t } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  const { state, retry } = useStampPdf(pid, open);
  const [size, setSize] = useState<PageSize | null>(null);
  const ready = state.status === 'ready' ? state.pdf : null;

  const save = async () => {
    if (!ready) return;
    try {
      const result = await api['files.save']({
        suggestedName: ready.fileName,
        mime: 'application/pdf',
        // The contract's schema types its bytes as backed by a plain ArrayBuffer, which these are.
        bytes: ready.pdf as Uint8Array<ArrayBuffer>,
      });
      if (result.saved) notify.success(t('stamp.saved'));
    } catch (error) {
      notify.failure(error);
    }
  };

  const close = () => {
    retry();
    onClose();
  };

  return (
    <Dialog
      title={t('stamp.title', { referenceNumber })}
      open={open}
      onClose={close}
      footer={
        <>
          <button type="button" className="button" onClick={() => void save()} disabled={!ready}>
            {t('stamp.save')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.print()}
            disabled={!ready}
          >
            {t('stamp.print')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.actions.close')}
          </button>
        </>
      }
    >
      {state.status === 'loading' ? <p aria-live="polite">{t('stamp.loading')}</p> : null}
      {state.status === 'failed' ? (
        <p className="field__error" role="alert">
          {errorText(t, state.error)}
        </p>
      ) : null}
      {ready ? (
        <div className="stamp-preview">
          <PdfPreview
            bytes={ready.pdf}
            label={t('stamp.preview', { referenceNumber })}
            maxPages={1}
            width={510}
          />
          {size ? (
            <p className="field__hint">
              {t('stamp.size', {
                width: formatMm(size.widthMm),
                height: formatMm(size.heightMm),
              })}
            </p>
          ) : null}
          <StampPrintSheet pdf={ready.pdf} onSize={setSize} />
        </div>
      ) : null}
    </Dialog>
  );
}
