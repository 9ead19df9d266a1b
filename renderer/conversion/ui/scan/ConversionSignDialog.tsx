import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningOutcome } from '../../../../common/contract/signing';
import type { ConversionRecord } from '../../../../common/domain/conversion';
import { useServices } from '../../../app/services';
import { errorText } from '../../../i18n';
import { SignPdfDialog } from '../../../signing/ui/SignPdfDialog';
import { Dialog } from '../../../ui/Dialog';
import { CloseButton } from '../../../ui/DialogButtons';
import { useNotify } from '../../../ui/useNotify';
import { conversionSigning, signableConversion } from './conversionSigning';

export interface ConversionSignDialogProps {
  conversionId: string;
  onClose: () => void;
}

/**
 * The converting person signs the output with its clause (PAdES, B-T asked for), with
 * the visible signature in the box the clause page left for it; the signed PDF becomes
 * the document's component and the conversion is done.
 */
export function ConversionSignDialog({ conversionId, onClose }: ConversionSignDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  // Read once when the dialog opens: once signed, the conversion is `done`, and the
  // dialog must go on showing the outcome rather than "not awaiting signature".
  const [opened, setOpened] = useState<
    { conversion: ConversionRecord } | { failure: string } | null
  >(null);
  useEffect(() => {
    let live = true;
    db.conversions.get(conversionId).then(
      (found) => {
        if (!live) return;
        try {
          setOpened({ conversion: signableConversion(found) });
        } catch (error) {
          setOpened({ failure: errorText(t, error) });
        }
      },
      (error: unknown) => {
        if (live) setOpened({ failure: errorText(t, error) });
      },
    );
    return () => {
      live = false;
    };
  }, [db, conversionId, t]);

  if (!opened || 'failure' in opened) {
    return (
      <Dialog
        open
        title={t('conversionScan.sign.heading')}
        onClose={onClose}
        footer={<CloseButton onClose={onClose} />}
      >
        {opened ? (
          <p className="field__error" role="alert" data-testid="conversion-sign-refused">
            {opened.failure}
          </p>
        ) : (
          <p role="status">{t('conversionScan.sign.loading')}</p>
        )}
      </Dialog>
    );
  }

  const signing = conversionSigning(db, opened.conversion);
  const keep = async (outcome: SigningOutcome) => {
    await signing.keep(outcome);
    notify.success(t('conversionScan.sign.signed', { number: signing.number }));
  };

  return (
    <SignPdfDialog
      title={t('conversionScan.sign.title', { number: signing.number })}
      loadPdf={signing.loadPdf}
      signatureBox={signing.signatureBox}
      visibleLabel={t('conversionScan.sign.visible')}
      noBoxText={t('conversionScan.sign.noBox')}
      reason={signing.reason}
      onSigned={keep}
      onClose={onClose}
    />
  );
}
