import { useTranslation } from 'react-i18next';
import type { TokenSearch as TokenSearchState } from './useTokenSearch';

/** "Vyhledat karty": what the PKCS#11 drivers see now, to check a card works before signing. */
export function TokenSearch({
  search,
  unsaved,
}: {
  search: TokenSearchState;
  /** The driver list in the form differs from the saved one main searches with. */
  unsaved: boolean;
}) {
  const { t } = useTranslation();
  const { tokens, searching, failure } = search;
  return (
    <div
      className="signing-settings__anchors"
      role="group"
      aria-label={t('signingSettings.tokens.title')}
      data-testid="signing-settings-tokens"
    >
      <div className="settings-form__actions">
        <button
          type="button"
          className="button"
          disabled={searching}
          data-testid="signing-settings-tokens-search"
          onClick={() => void search.search()}
        >
          {searching ? t('signingSettings.tokens.searching') : t('signingSettings.tokens.search')}
        </button>
      </div>
      {unsaved ? (
        <p className="settings-note settings-note--warning">
          {t('signingSettings.tokens.unsaved')}
        </p>
      ) : null}
      {failure ? (
        <p className="field__error" role="alert" data-testid="signing-settings-tokens-error">
          {t('signingSettings.tokens.failed', { reason: failure })}
        </p>
      ) : null}
      {tokens && tokens.length === 0 ? (
        <p className="settings-note" role="status" data-testid="signing-settings-tokens-none">
          {t('signingSettings.tokens.none')}
        </p>
      ) : null}
      {tokens && tokens.length > 0 ? (
        <ul className="signing-settings__list" aria-label={t('signingSettings.tokens.listLabel')}>
          {tokens.map((token) => (
            <li
              key={token.id}
              className="signing-settings__item"
              data-testid="signing-settings-token"
            >
              <strong>
                {t('signingSettings.tokens.item', {
                  name: token.check.certificate.subjectName || token.label,
                  label: token.label,
                  token: token.tokenLabel,
                })}
              </strong>
              <span
                className={
                  token.check.qualified ? 'signing-settings__ok' : 'signing-settings__warning'
                }
                data-qualified={token.check.qualified}
              >
                {token.check.qualified
                  ? t('signingSettings.tokens.qualified')
                  : t('signingSettings.tokens.notQualified')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
