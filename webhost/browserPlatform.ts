import { ServiceError } from '../common/contract/envelope';
import type { UpdateStatus } from '../common/contract/types';
import type { PlatformHandlers } from '../main/services/handlers';

const webUpdates: UpdateStatus = { state: 'disabled', reason: 'web', version: null, percent: null };

function dialogsLiveInThePage(): never {
  // The renderer's HTTP bridge answers files.open / files.save itself (file input,
  // download); a call that reaches the host came from something else.
  throw new ServiceError('errors.unsupportedInBrowser', 'Tuto akci v prohlížeči nelze provést.');
}

/**
 * The desktop-only half of the contract, as a browser host can offer it: no OS
 * dialogs, no OS browser to hand links to (the page opens them itself), no updater
 * (the host is updated with the repository).
 */
export function createBrowserPlatformHandlers(): PlatformHandlers {
  return {
    'files.open': async () => dialogsLiveInThePage(),
    'files.save': async () => dialogsLiveInThePage(),
    'shell.openExternal': async () => ({ opened: false }),
    'update.getStatus': async () => webUpdates,
    'update.check': async () => webUpdates,
    'update.restartAndInstall': async () => ({ accepted: false }),
  };
}
