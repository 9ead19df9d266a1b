import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredSigner } from '../../../common/contract/signing';
import { errorText } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ConfirmButtons } from '../../ui/DialogButtons';
import { useNotify } from '../../ui/useNotify';

/** Asks before a kept certificate and its password leave the keychain; cannot be undone. */
export function ForgetSignerDialog({
  signer,
  forget,
  onClose,
}: {
  signer: StoredSigner;
  forget: (signer: StoredSigner) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const name = signer.check.certificate.subjectName;

  const confirm = async () => {
    setWorking(true);
    setFailure(null);
    try {
      const removed = await forget(signer);
      if (removed) notify.success(t('signingSettings.kept.forgotten', { name }));
      else notify.info(t('signingSettings.kept.alreadyGone', { name }));
      onClose();
    } catch (error) {
      // Said in the dialog: the certificate is still kept and the mayor may try again.
      setFailure(errorText(t, error));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Dialog
      title={t('signingSettings.kept.forgetTitle', { name })}
      open
      onClose={onClose}
      footer={
        <ConfirmButtons
          onCancel={onClose}
          onConfirm={() => void confirm()}
          confirmLabel={t('signingSettings.kept.forget')}
          workingLabel={t('signingSettings.kept.forgetting')}
          working={working}
          danger
        />
      }
    >
      <p>{t('signingSettings.kept.forgetExplained')}</p>
      {failure ? (
        <p
          className="settings-form__failure"
          role="alert"
          data-testid="signing-settings-forget-error"
        >
          {failure}
        </p>
      ) : null}
    </Dialog>
  );
}
