import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannel, type Handlers } from '../../common/contract/api';
import { dispatch } from '../../common/contract/dispatch';
import type { Envelope } from '../../common/contract/envelope';
import { methodNames, type MethodName } from '../../common/contract/methods';
import type { Logger } from '../services/log/logger';
import { isAppUrl } from './appOrigin';

function refusal(name: MethodName): Envelope<never> {
  return {
    ok: false,
    error: {
      code: 'errors.forbiddenSender',
      message: 'Požadavek nepřišel z okna aplikace a byl odmítnut.',
      params: { method: name },
    },
  };
}

function frameOrigin(url: string | undefined): string {
  if (!url) return '(none)';
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(invalid)';
  }
}

/**
 * One `ipcMain.handle` per contract method and nothing more. A call is answered only
 * when it comes from a frame showing the app's own page; its argument is then
 * checked against the method's schema by `dispatch` before any service sees it.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  logger: Logger,
): void {
  for (const name of methodNames) {
    ipcMain.handle(ipcChannel(name), async (event: IpcMainInvokeEvent, args: unknown) => {
      const url = event.senderFrame?.url;
      if (!isAppUrl(url)) {
        logger.warn('ipc: refused a call from a foreign frame', {
          method: name,
          origin: frameOrigin(url),
        });
        return refusal(name);
      }
      return dispatch(handlers, name, args, logger);
    });
  }
}
