import { BRIDGE_GLOBAL, type Api, type Bridge } from '../../common/contract/api';
import { unwrapEnvelope } from '../../common/contract/envelope';
import { methodNames } from '../../common/contract/methods';
import { openFilesInBrowser, saveFileInBrowser } from './browserFiles';
import { TOKEN_META } from '../../common/contract/http';
import { createHttpBridge } from './httpBridge';

/** The preload's object in Electron; the HTTP client when served by the browser host. */
export function resolveBridge(): Bridge {
  const injected = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
  if (injected) return injected;
  const token =
    document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
  return {
    ...createHttpBridge(window.location.origin, token),
    'files.open': ({ purpose }) => openFilesInBrowser(purpose),
    'files.save': (args) => saveFileInBrowser(args),
  };
}

/** Unwraps envelopes: a call returns its value or throws ContractCallError. */
export function createApi(bridge: Bridge): Api {
  const api = Object.fromEntries(
    methodNames.map((name) => [
      name,
      async (args: unknown) =>
        unwrapEnvelope(await (bridge[name] as (a: unknown) => Promise<never>)(args)),
    ]),
  );
  return { ...api, on: bridge.on } as Api;
}

let instance: Api | null = null;

export function getApi(): Api {
  instance ??= createApi(resolveBridge());
  return instance;
}
