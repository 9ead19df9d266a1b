import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/useNotify';

/** Saves bytes through the OS dialog and says so; a missing source is a clear failure. */
export function useSaveFile() {
  const { t } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  return useCallback(
    async (name: string, mime: string, read: () => Promise<Uint8Array<ArrayBuffer> | null>) => {
      try {
        const bytes = await read();
        if (!bytes) {
          notify.info(t('databox.files.unavailable', { name }));
          return;
        }
        const result = await api['files.save']({ suggestedName: name, mime, bytes });
        if (result.saved) notify.success(t('databox.files.saved', { name }));
      } catch (error) {
        notify.failure(error);
      }
    },
    [api, notify, t],
  );
}
