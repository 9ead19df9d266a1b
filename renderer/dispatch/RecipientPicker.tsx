import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { errorText } from '../i18n';
import {
  candidateOfHit,
  candidateOfOwner,
  classifyRecipientQuery,
  searchQueryOf,
  type RecipientCandidate,
} from './recipientQuery';

type Search =
  | { phase: 'idle' }
  | { phase: 'searching' }
  | { phase: 'found'; candidates: RecipientCandidate[]; more: boolean }
  | { phase: 'failed'; reason: string };

/**
 * The recipient's box: searched by name, IČO or box ID in ISDS (through the sending
 * box), then checked — a box that cannot receive is refused with the reason.
 */
export function RecipientPicker({
  boxKey,
  value,
  error,
  onChange,
}: {
  boxKey: string;
  value: RecipientCandidate | null;
  error: string | null;
  onChange: (recipient: RecipientCandidate | null) => void;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<Search>({ phase: 'idle' });
  const [checking, setChecking] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const run = async () => {
    const query = classifyRecipientQuery(typed);
    setRefusal(null);
    if (!query || !boxKey) return;
    if (query.kind === 'badBoxId') {
      setSearch({
        phase: 'failed',
        reason: t('isds.limits.recipientInvalid', { value: query.value }) as string,
      });
      return;
    }
    setSearch({ phase: 'searching' });
    try {
      if (query.kind === 'dbID') {
        const { results } = await api['isds.findBox']({
          key: boxKey,
          owner: {
            dbID: query.value,
            ic: null,
            firmName: null,
            pnFirstName: null,
            pnLastName: null,
            dbType: null,
          },
        });
        const candidates = results
          .map(candidateOfOwner)
          .filter((candidate): candidate is RecipientCandidate => candidate !== null);
        setSearch({ phase: 'found', candidates, more: false });
      } else {
        const { result } = await api['isds.search']({ key: boxKey, query: searchQueryOf(query) });
        const candidates = (result?.hits ?? []).map(candidateOfHit);
        setSearch({ phase: 'found', candidates, more: result ? !result.lastPage : false });
      }
    } catch (failure) {
      setSearch({ phase: 'failed', reason: errorText(t, failure) });
    }
  };

  const choose = async (candidate: RecipientCandidate) => {
    setChecking(candidate.dbID);
    setRefusal(null);
    try {
      const check = await api['isds.checkBox']({ key: boxKey, dbID: candidate.dbID });
      if (!check.accessible) {
        setRefusal(
          t('dispatch.recipient.inaccessible', {
            name: candidate.name,
            reason:
              check.dbState === null
                ? t('dispatch.recipient.stateUnknown')
                : (t(`isds.boxState.${check.dbState}` as never, {
                    defaultValue: t('dispatch.recipient.stateCode', { code: check.dbState }),
                  }) as string),
          }),
        );
        return;
      }
      onChange({ ...candidate, dbState: check.dbState });
      setSearch({ phase: 'idle' });
    } catch (failure) {
      setRefusal(t('dispatch.recipient.checkFailed', { reason: errorText(t, failure) }));
    } finally {
      setChecking(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter searches here; it must not send the whole dialog.
      event.preventDefault();
      void run();
    }
  };

  if (value) {
    return (
      <div
        className="dispatch-recipient dispatch-recipient--chosen"
        data-testid="dispatch-recipient"
      >
        <span className="field__label">{t('dispatch.recipient.label')}</span>
        <p className="dispatch-recipient__chosen">
          <strong>{value.name}</strong>
          <span className="journal-fields__code"> {value.dbID}</span>
          {value.address ? (
            <span className="dispatch-recipient__address">{value.address}</span>
          ) : null}
        </p>
        <button type="button" className="button button--small" onClick={() => onChange(null)}>
          {t('dispatch.recipient.change')}
        </button>
      </div>
    );
  }

  return (
    <div className="dispatch-recipient" data-testid="dispatch-recipient">
      <label className="field__label" htmlFor={inputId}>
        {t('dispatch.recipient.label')}
        <span aria-hidden="true"> *</span>
      </label>
      <div className="dispatch-recipient__search">
        <input
          id={inputId}
          className="input"
          value={typed}
          aria-describedby={`${inputId}-hint`}
          aria-invalid={error ? true : undefined}
          data-testid="dispatch-recipient-search"
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="button"
          disabled={search.phase === 'searching' || classifyRecipientQuery(typed) === null}
          data-testid="dispatch-recipient-find"
          onClick={() => void run()}
        >
          {search.phase === 'searching'
            ? t('dispatch.recipient.searching')
            : t('dispatch.recipient.search')}
        </button>
      </div>
      <span id={`${inputId}-hint`} className="field__hint">
        {t('dispatch.recipient.hint')}
      </span>
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
      <div aria-live="polite">
        {search.phase === 'failed' ? <p className="field__error">{search.reason}</p> : null}
        {search.phase === 'found' && search.candidates.length === 0 ? (
          <p className="field__hint">{t('dispatch.recipient.nothing')}</p>
        ) : null}
        {refusal ? (
          <p className="field__error" role="alert" data-testid="dispatch-recipient-refused">
            {refusal}
          </p>
        ) : null}
      </div>
      {search.phase === 'found' && search.candidates.length > 0 ? (
        <ul className="dispatch-recipient__results" aria-label={t('dispatch.recipient.results')}>
          {search.candidates.map((candidate) => (
            <li key={candidate.dbID} className="dispatch-recipient__result">
              <button
                type="button"
                className="button button--small"
                disabled={checking !== null}
                data-testid="dispatch-recipient-option"
                onClick={() => void choose(candidate)}
              >
                {checking === candidate.dbID
                  ? t('dispatch.recipient.checking')
                  : t('dispatch.recipient.choose')}
              </button>
              <span>
                <strong>{candidate.name}</strong>{' '}
                <span className="journal-fields__code">{candidate.dbID}</span>
                {candidate.ico ? (
                  <span> · {t('dispatch.recipient.ico', { ico: candidate.ico })}</span>
                ) : null}
                {candidate.address ? (
                  <span className="dispatch-recipient__address">{candidate.address}</span>
                ) : null}
              </span>
            </li>
          ))}
          {search.more ? <li className="field__hint">{t('dispatch.recipient.more')}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
