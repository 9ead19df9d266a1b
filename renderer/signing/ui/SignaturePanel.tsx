import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfSignaturesReport } from '../../../common/contract/signing';
import { useServices } from '../../app/services';
import { errorText } from '../../i18n';
import { SignatureReportView } from './SignatureReportView';
import './signing.css';

interface CheckResult {
  report: PdfSignaturesReport | null;
  failure: string | null;
}

export interface SignaturePanelProps {
  /** The PDF as stored (a component of any document, ours or received). */
  blob: Blob;
  name: string;
  /** Verify at once (a signed letter); otherwise on "Ověřit podpisy". */
  autoVerify?: boolean;
}

/**
 * "Elektronické podpisy" of a PDF: asks main to verify every signature and document
 * timestamp and shows each — green only when valid with a trusted chain over an
 * unchanged document.
 */
export function SignaturePanel({ blob, name, autoVerify = false }: SignaturePanelProps) {
  const { t } = useTranslation();
  const { api } = useServices();
  const titleId = useId();
  const [result, setResult] = useState<CheckResult | null>(null);
  // A panel that verifies at once starts out working; the effect only reports the end.
  const [working, setWorking] = useState(autoVerify);

  const check = useCallback(async (): Promise<CheckResult> => {
    try {
      const pdf = new Uint8Array(await blob.arrayBuffer());
      return { report: await api['signing.verify']({ pdf }), failure: null };
    } catch (error) {
      return { report: null, failure: errorText(t, error) };
    }
  }, [api, blob, t]);

  useEffect(() => {
    if (!autoVerify) return;
    let live = true;
    void check().then((outcome) => {
      if (!live) return;
      setResult(outcome);
      setWorking(false);
    });
    return () => {
      live = false;
    };
  }, [autoVerify, check]);

  const verify = async () => {
    setWorking(true);
    setResult(await check());
    setWorking(false);
  };
  const report = result?.report ?? null;
  const failure = result?.failure ?? null;

  return (
    <section className="signature-panel" aria-labelledby={titleId} data-testid="signature-panel">
      <div className="signature-panel__head">
        <h4 id={titleId}>{t('signingUi.verify.title')}</h4>
        <button
          type="button"
          className="button button--small"
          data-testid="signature-verify"
          aria-label={t('signingUi.verify.buttonNamed', { name })}
          disabled={working}
          onClick={() => void verify()}
        >
          {report ? t('signingUi.verify.again') : t('signingUi.verify.button')}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {working ? t('signingUi.verify.working') : ''}
      </p>
      {working ? <p className="field__hint">{t('signingUi.verify.working')}</p> : null}
      {failure ? (
        <p className="databox-verdict databox-verdict--error" role="alert">
          {failure}
        </p>
      ) : null}
      {report && !working ? <SignatureReportView report={report} /> : null}
    </section>
  );
}
