import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EsslTestResult } from '../../common/contract/essl';
import { useServices } from '../app/services';
import { errorText } from '../i18n';
import { clockSkewMinutes, skewText } from './clockSkew';

type TestState =
  | { phase: 'idle' }
  | { phase: 'testing' }
  | { phase: 'passed'; result: EsslTestResult; skewMinutes: number | null }
  | { phase: 'failed'; error: unknown };

/**
 * "Vyzkoušet spojení": one round trip to the eSSL with the saved settings; says how
 * long it took and warns when the PC's clock is off the eSSL's.
 */
export function EsslConnectionTest() {
  const { t } = useTranslation();
  const { api } = useServices();
  const [state, setState] = useState<TestState>({ phase: 'idle' });
  const hintId = useId();

  const run = async () => {
    setState({ phase: 'testing' });
    try {
      const result = await api['essl.test']({});
      setState({
        phase: 'passed',
        result,
        skewMinutes: clockSkewMinutes(result.serverDate, new Date()),
      });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };

  return (
    <div className="settings-stack" data-testid="essl-test">
      <div className="settings-form__actions">
        <button
          type="button"
          className="button"
          disabled={state.phase === 'testing'}
          aria-describedby={hintId}
          onClick={() => void run()}
        >
          {state.phase === 'testing'
            ? t('settings.connection.testing')
            : t('settings.connection.test')}
        </button>
      </div>
      <p id={hintId} className="settings-note">
        {t('settings.connection.testHint')}
      </p>
      <div aria-live="polite" data-testid="essl-test-result">
        {state.phase === 'passed' ? (
          <p className="settings-state settings-state--ok">
            {t('settings.connection.testOk', { ms: Math.round(state.result.roundTripMs) })}
          </p>
        ) : null}
        {state.phase === 'passed' && state.skewMinutes !== null ? (
          <p className="settings-state settings-state--warning" data-testid="essl-clock-skew">
            {t('settings.connection.clockSkew', { difference: skewText(t, state.skewMinutes) })}
          </p>
        ) : null}
        {state.phase === 'failed' ? (
          <p className="settings-state settings-state--error">
            {t('settings.connection.testFailed', { reason: errorText(t, state.error) })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
