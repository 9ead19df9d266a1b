import { useTranslation } from 'react-i18next';
import type { StoredSigner } from '../../../common/contract/signing';
import { dateText } from './letterRows';

export interface StoredSignerListProps {
  /** Null while loading. */
  signers: StoredSigner[] | null;
  failure: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onForget: (signer: StoredSigner) => void;
}

/** The certificates kept in the OS keychain, to pick one or to forget it. */
export function StoredSignerList({
  signers,
  failure,
  selectedId,
  onSelect,
  onForget,
}: StoredSignerListProps) {
  const { t } = useTranslation();
  if (failure)
    return (
      <p className="field__error" role="alert">
        {failure}
      </p>
    );
  if (!signers) return <p className="field__hint">{t('signingUi.sign.storedLoading')}</p>;
  if (signers.length === 0)
    return (
      <p className="field__hint" data-testid="sign-stored-none">
        {t('signingUi.sign.storedNone')}
      </p>
    );
  return (
    <ul className="sign-dialog__choices" aria-label={t('signingUi.sign.storedLabel')}>
      {signers.map((signer) => {
        const name = signer.check.certificate.subjectName;
        return (
          <li key={signer.id} className="sign-dialog__choice">
            <label className="sign-dialog__choice">
              <input
                type="radio"
                name="sign-stored"
                checked={selectedId === signer.id}
                data-testid="sign-stored-item"
                onChange={() => onSelect(signer.id)}
              />
              {t('signingUi.sign.storedItem', {
                name,
                until: dateText(signer.check.certificate.notAfter),
              })}
            </label>
            <button
              type="button"
              className="button button--small"
              data-testid="sign-forget"
              aria-label={t('signingUi.sign.forgetNamed', { name })}
              onClick={() => onForget(signer)}
            >
              {t('signingUi.sign.forget')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
