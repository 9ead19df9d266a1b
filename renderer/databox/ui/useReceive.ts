import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsdsBoxInfo } from '../../../common/contract/isds';
import { useServices } from '../../app/services';
import { errorText } from '../../i18n';
import { useDataboxEngine } from '../engineHooks';
import { databoxErrorText, progressText, resultText } from './receiveText';
import type { ReceiveView } from './receiveView';
import { boxLabel } from './useBoxes';

/**
 * Downloading through the app's one data-box engine (it runs one piece of work at a
 * time, so a scheduled gateway poll and the clerk's click never overlap): its progress,
 * the last result and each box's problem, in words.
 */
export function useReceive(boxes: IsdsBoxInfo[] | null): ReceiveView {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const engine = useDataboxEngine(api, db);
  const { status } = engine;
  const [failure, setFailure] = useState<unknown>(null);
  const labelOf = useCallback((key: string) => boxLabel(boxes, key), [boxes]);

  const receive = useCallback(
    (which: string[] | 'all') => {
      setFailure(null);
      engine
        .receive(which === 'all' ? undefined : which)
        .catch((error: unknown) => setFailure(error ?? new Error('receive failed')));
    },
    [engine],
  );

  return useMemo(() => {
    const boxErrors = new Map<string, string>();
    for (const [key, problem] of Object.entries(status.boxErrors))
      boxErrors.set(
        key,
        databoxErrorText(t, { code: problem.code, message: problem.message, params: {} }),
      );
    return {
      busy: status.phase === 'receiving',
      progress:
        status.phase === 'receiving'
          ? (progressText(t, status.progress, labelOf) ?? t('databox.receive.running'))
          : null,
      result: failure
        ? {
            tone: 'error' as const,
            text: t('databox.receive.crashed', { reason: errorText(t, failure) }),
          }
        : status.lastReceive
          ? resultText(t, status.lastReceive, labelOf)
          : null,
      boxErrors,
      receive,
    };
  }, [status, failure, receive, t, labelOf]);
}
