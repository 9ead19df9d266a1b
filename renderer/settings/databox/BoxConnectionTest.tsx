import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsdsTestResult } from '../../../common/contract/isds';
import { useServices } from '../../app/services';
import { errorText } from '../../i18n';
import { dateText } from '../../databox/ui/messageText';
import { ownerName } from '../../databox/ui/ownerName';

type TestState =
  | { phase: 'idle' }
  | { phase: 'testing' }
  | { phase: 'passed'; result: IsdsTestResult }
  | { phase: 'failed'; error: unknown };

/** "Ověřit připojení": logs in with the saved settings and says whose box it is and when the password expires. */
export function BoxConnectionTest({
  boxKey,
  label,
  onTested,
}: {
  boxKey: string;
  label: string;
  onTested: () => void;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [state, setState] = useState<TestState>({ phase: 'idle' });
  const run = async () => {
    setState({ phase: 'testing' });
    try {
      const result = await api['isds.test']({ key: boxKey });
      setState({ phase: 'passed', result });
      // The test stores the box ID it learned: the list shows it.
      onTested();
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };
  const owner = state.phase === 'passed' ? state.result.owner : null;
  return (
    <div className="databox-settings__test">
      <button
        type="button"
        className="button button--small"
        disabled={state.phase === 'testing'}
        aria-label={t('databox.settings.testNamed', { label })}
        data-testid={`databox-settings-test-${boxKey}`}
        onClick={() => void run()}
      >
        {state.phase === 'testing' ? t('databox.settings.testing') : t('databox.settings.test')}
      </button>
      <div aria-live="polite" data-testid={`databox-settings-test-result-${boxKey}`}>
        {state.phase === 'passed' ? (
          <p className="settings-state settings-state--ok">
            {t('databox.settings.testOk', {
              owner: owner ? ownerName(owner) : t('databox.settings.ownerUnknown'),
              dbID: owner?.dbID ?? '—',
            })}
            {state.result.pswExpDate ? (
              <>
                {' '}
                {t('databox.settings.passwordExpires', { date: dateText(state.result.pswExpDate) })}
              </>
            ) : null}
          </p>
        ) : null}
        {state.phase === 'failed' ? (
          <p className="settings-state settings-state--error">
            {t('databox.settings.testFailed', { reason: errorText(t, state.error) })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
