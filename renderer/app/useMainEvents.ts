import { useEffect } from 'react';
import type { Api } from '../../common/contract/api';
import { connectivityChanged, taskProgressed, updateChanged } from './statusSlice';
import { useAppDispatch } from './store';

const CONNECTIVITY_INTERVAL_MS = 30_000;

/** Subscribes the store to main's events and keeps the connectivity indicator fresh. */
export function useMainEvents(api: Api): void {
  const dispatch = useAppDispatch();
  useEffect(() => {
    const unsubscribe = [
      api.on('update.status', (status) => dispatch(updateChanged(status))),
      api.on('connectivity.changed', (status) => dispatch(connectivityChanged(status))),
      api.on('task.progress', (progress) => dispatch(taskProgressed(progress))),
    ];
    const check = () => {
      api['connectivity.check']({}).then(
        (status) => dispatch(connectivityChanged(status)),
        () =>
          dispatch(
            connectivityChanged({
              online: false,
              target: null,
              checkedAt: new Date().toISOString(),
            }),
          ),
      );
    };
    check();
    api['update.getStatus']({}).then(
      (status) => dispatch(updateChanged(status)),
      () => undefined,
    );
    const timer = window.setInterval(check, CONNECTIVITY_INTERVAL_MS);
    window.addEventListener('online', check);
    window.addEventListener('offline', check);
    return () => {
      unsubscribe.forEach((stop) => stop());
      window.clearInterval(timer);
      window.removeEventListener('online', check);
      window.removeEventListener('offline', check);
    };
  }, [api, dispatch]);
}
