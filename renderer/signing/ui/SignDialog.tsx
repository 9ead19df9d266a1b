import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningOutcome } from '../../../common/contract/signing';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/useNotify';
import { recordSignature } from '../commands/recordSignature';
import { signingInput } from './letterBytes';
import { SignPdfDialog } from './SignPdfDialog';

export interface SignDialogProps {
  letter: LetterRecord;
  doc: DocumentRecord;
  onClose: () => void;
}

/**
 * "Podepsat" a letter: the PDF it shows (its rendering, or the signed file when a
 * further signature is added) signed in the letter's signature box and kept as the
 * document's signed component.
 */
export function SignDialog({ letter, doc, onClose }: SignDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  // Fixed when the dialog opens: after signing, the letter is `signed` but this was the first.
  const [again] = useState(() => letter.state === 'signed');

  const keep = async (outcome: SigningOutcome) => {
    await recordSignature(db, {
      letterId: letter.id,
      signedPdf: outcome.pdf,
      outcome: {
        level: outcome.level,
        signingTime: outcome.signingTime,
        timestampTime: outcome.timestampTime,
        signerName: outcome.certificate.subjectName,
      },
    });
    notify.success(t('signingUi.notices.signed', { reference: doc.referenceNumber }));
  };

  return (
    <SignPdfDialog
      title={
        again
          ? t('signingUi.sign.titleAgain', { reference: doc.referenceNumber })
          : t('signingUi.sign.title', { reference: doc.referenceNumber })
      }
      loadPdf={() => signingInput(db, letter)}
      signatureBox={letter.signatureBox}
      // The signature box holds the first signature; a further one stays invisible.
      visibleAtFirst={!again}
      visibleLabel={t('signingUi.sign.visible')}
      noBoxText={t('signingUi.sign.visibleNone')}
      onSigned={keep}
      onClose={onClose}
    />
  );
}
