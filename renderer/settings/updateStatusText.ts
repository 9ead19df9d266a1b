import type { UpdateStatus } from '../../common/contract/types';

type DisabledReason = 'development' | 'noFeed' | 'web';
const disabledReasons: readonly string[] = [
  'development',
  'noFeed',
  'web',
] satisfies DisabledReason[];

export type UpdateStatusKey =
  | `settings.about.updateState.${DisabledReason}`
  | 'settings.about.updateState.unknown'
  | 'settings.about.updateState.disabled'
  | 'settings.about.updateState.idle'
  | 'settings.about.updateState.checking'
  | 'settings.about.updateState.downloading'
  | 'settings.about.updateState.ready'
  | 'settings.about.updateState.upToDate'
  | 'settings.about.updateState.error';

export interface UpdateStatusText {
  key: UpdateStatusKey;
  params: { percent?: number; version?: string };
}

/**
 * The updater's state as a sentence. An error's own text is technical and English;
 * it is in the application log, the clerk reads a plain sentence.
 */
export function updateStatusText(status: UpdateStatus | null): UpdateStatusText {
  if (!status) return { key: 'settings.about.updateState.unknown', params: {} };
  switch (status.state) {
    case 'disabled':
      return {
        key:
          status.reason !== null && disabledReasons.includes(status.reason)
            ? `settings.about.updateState.${status.reason as DisabledReason}`
            : 'settings.about.updateState.disabled',
        params: {},
      };
    case 'downloading':
      return {
        key: 'settings.about.updateState.downloading',
        params: { percent: Math.round(status.percent ?? 0) },
      };
    case 'ready':
      return { key: 'settings.about.updateState.ready', params: { version: status.version ?? '' } };
    default:
      return { key: `settings.about.updateState.${status.state}`, params: {} };
  }
}

/** A manual check makes sense unless updates are off or one is already under way. */
export function canCheckForUpdate(status: UpdateStatus | null): boolean {
  return status !== null && ['idle', 'upToDate', 'error'].includes(status.state);
}
