import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { DispatchDialog } from '../../dispatch/DispatchDialog';
import { markSentByDatabox } from '../commands/markSentByDatabox';
import { useDocumentFiles } from './useLetters';
import type { LetterDialogProps } from './useLetterCommand';
import { useBoxes } from '../../databox/ui/useBoxes';
import { Dialog } from '../../ui/Dialog';
import { CloseButton } from '../../ui/DialogButtons';

/**
 * "Odeslat datovou schránkou" for a signed letter: the document's data-box dialog with
 * the signed PDF as the main file; once queued, the letter counts as dispatched.
 */
export function LetterDataboxDialog({ letter, doc, onClose }: LetterDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const files = useDocumentFiles(doc.pid);
  const { boxes } = useBoxes();
  if (!files || !boxes) return <p className="field__hint">{t('common.preview.loading')}</p>;
  if (boxes.length === 0)
    return (
      <Dialog
        open
        title={t('signingUi.actions.sendDatabox')}
        onClose={onClose}
        footer={<CloseButton onClose={onClose} />}
      >
        <p data-testid="letter-no-boxes">{t('dispatch.panel.noBoxes')}</p>
      </Dialog>
    );
  return (
    <DispatchDialog
      doc={doc}
      files={files}
      boxes={boxes}
      onClose={onClose}
      preselectedIds={letter.signedComponentId ? [letter.signedComponentId] : undefined}
      onQueued={(messageId) => markSentByDatabox(db, { letterId: letter.id, messageId })}
    />
  );
}
