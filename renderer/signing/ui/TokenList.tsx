import { useTranslation } from 'react-i18next';
import type { TokenCertificate } from '../../../common/contract/signing';
import { Field } from '../../ui/Field';

export interface TokenListProps {
  /** Null before the first look for cards. */
  tokens: TokenCertificate[] | null;
  loading: boolean;
  failure: string | null;
  selectedId: string | null;
  pin: string;
  onLoad: () => void;
  onSelect: (id: string) => void;
  onPin: (pin: string) => void;
}

/** Keys on smart cards and USB tokens present now, and the PIN for the one chosen. */
export function TokenList({
  tokens,
  loading,
  failure,
  selectedId,
  pin,
  onLoad,
  onSelect,
  onPin,
}: TokenListProps) {
  const { t } = useTranslation();
  return (
    <div className="sign-dialog__source" data-testid="sign-pkcs11">
      <button
        type="button"
        className="button button--small"
        data-testid="sign-load-tokens"
        disabled={loading}
        onClick={onLoad}
      >
        {loading ? t('signingUi.sign.loadingTokens') : t('signingUi.sign.loadTokens')}
      </button>
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      {tokens && tokens.length === 0 && !failure ? (
        <p className="field__hint" data-testid="sign-tokens-none">
          {t('signingUi.sign.tokensNone')}
        </p>
      ) : null}
      {tokens && tokens.length > 0 ? (
        <ul className="sign-dialog__choices" aria-label={t('signingUi.sign.tokensLabel')}>
          {tokens.map((token) => (
            <li key={token.id}>
              <label className="sign-dialog__choice">
                <input
                  type="radio"
                  name="sign-token"
                  checked={selectedId === token.id}
                  data-testid="sign-token-item"
                  onChange={() => onSelect(token.id)}
                />
                {t('signingUi.sign.tokenItem', {
                  name: token.check.certificate.subjectName || token.label,
                  token: token.tokenLabel,
                })}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {selectedId ? (
        <Field label={t('signingUi.sign.pin')} hint={t('signingUi.sign.pinHint')}>
          <input
            className="input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            data-testid="sign-pin"
            onChange={(event) => onPin(event.target.value)}
          />
        </Field>
      ) : null}
    </div>
  );
}
