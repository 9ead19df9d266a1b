import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickedCertificate {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A PKCS#12 file is a few kB; anything this large is not one. */
const MAX_P12_BYTES = 1024 * 1024;

/** Picks the box's .p12 / .pfx certificate; its bytes go straight to the keychain on save. */
export function CertificateField({
  picked,
  stored,
  error,
  onPick,
}: {
  picked: PickedCertificate | null;
  stored: boolean;
  error: string | null;
  onPick: (certificate: PickedCertificate | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const shownError = tooLarge ?? error;
  const state = picked
    ? t('databox.settings.certificatePicked', { name: picked.name })
    : stored
      ? t('databox.settings.certificateStored')
      : t('databox.settings.certificateNone');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('databox.settings.certificate')}
      </label>
      <input
        id={id}
        type="file"
        accept=".p12,.pfx,application/x-pkcs12"
        className="input"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={`${id}-state${shownError ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          setTooLarge(null);
          if (!file) return;
          if (file.size > MAX_P12_BYTES) {
            setTooLarge(t('databox.settings.certificateTooLarge', { name: file.name }));
            onPick(null);
            return;
          }
          void file
            .arrayBuffer()
            .then((buffer) => onPick({ name: file.name, bytes: new Uint8Array(buffer) }));
        }}
      />
      <span id={`${id}-state`} className="field__hint">
        {state}
      </span>
      {shownError ? (
        <span id={`${id}-error`} className="field__error" role="alert">
          {shownError}
        </span>
      ) : null}
    </div>
  );
}
