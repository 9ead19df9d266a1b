import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeShown } from '../app/statusSlice';
import { useAppDispatch } from '../app/store';
import { errorText } from '../i18n';

/** Shows confirmations and failures in the notice area; failures are also logged in main. */
export function useNotify() {
  const dispatch = useAppDispatch();
  const { t } = useTranslation();
  const success = useCallback((text: string) => dispatch(noticeShown('success', text)), [dispatch]);
  const info = useCallback((text: string) => dispatch(noticeShown('info', text)), [dispatch]);
  const failure = useCallback(
    (error: unknown) => dispatch(noticeShown('error', errorText(t, error))),
    [dispatch, t],
  );
  return { success, info, failure };
}
