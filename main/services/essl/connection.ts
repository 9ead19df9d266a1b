import type { EsslAccount } from '../../../common/contract/essl';
import type { AppConfig, AppInfo } from '../../../common/contract/types';
import type { CredentialStore } from '../credentials/credentialStore';
import { DEFAULT_ESSL_SYSTEM_CODE } from './esslClient';
import { configError } from './errors';
import type { DemoLogin } from './demoAccount';

/** The credential-store account that holds the eSSL password. */
export const ESSL_CREDENTIAL_ACCOUNT = 'essl';
/** Where the built-in simulator serves its eSSL. */
export const DEMO_ESSL_PATH = '/erms';

/** Everything a client needs to call the eSSL. Holds the password: never log it. */
export interface EsslConnection {
  url: string;
  user: string;
  password: string;
  systemCode: string;
  caPem: string | null;
  proxyUrl: string | null;
  demo: boolean;
}

export interface ConnectionSources {
  info: AppInfo;
  getConfig(): Promise<AppConfig>;
  credentials: CredentialStore;
  /** The demo login (cached by the caller). */
  demoLogin(simUrl: string): Promise<DemoLogin>;
}

function demoSimUrl(info: AppInfo, config: AppConfig): string | null {
  return config.mode === 'demo' ? info.simUrl : null;
}

/** The connection as the settings and the keychain (or, in the demo, the simulator) give it. */
export async function resolveConnection(sources: ConnectionSources): Promise<EsslConnection> {
  const config = await sources.getConfig();
  const simUrl = demoSimUrl(sources.info, config);
  if (config.mode === 'demo') {
    if (!simUrl)
      throw configError(
        'demo mode without a simulator',
        'Ukázková eSSL neběží. Spusťte aplikaci znovu, nebo v Nastavení → Připojení přepněte na služby ORP.',
      );
    const login = await sources.demoLogin(simUrl);
    return {
      url: new URL(DEMO_ESSL_PATH, simUrl).toString(),
      user: login.username,
      password: login.password,
      systemCode: config.esslSystemCode || DEFAULT_ESSL_SYSTEM_CODE,
      caPem: null,
      proxyUrl: null,
      demo: true,
    };
  }
  if (!config.esslUrl) throw configError('no eSSL URL');
  if (!config.esslUser) throw configError('no eSSL user');
  const password = await sources.credentials.read(ESSL_CREDENTIAL_ACCOUNT);
  if (!password) throw configError('no eSSL password stored');
  return {
    url: config.esslUrl,
    user: config.esslUser,
    password,
    systemCode: config.esslSystemCode || DEFAULT_ESSL_SYSTEM_CODE,
    caPem: config.esslCaPem,
    proxyUrl: config.proxyUrl,
    demo: false,
  };
}

/** What the settings screen shows: who logs in where — never the password itself. */
export async function describeAccount(sources: ConnectionSources): Promise<EsslAccount> {
  const config = await sources.getConfig();
  const systemCode = config.esslSystemCode || DEFAULT_ESSL_SYSTEM_CODE;
  const simUrl = demoSimUrl(sources.info, config);
  if (config.mode === 'demo') {
    if (!simUrl) return { url: null, user: null, systemCode, passwordStored: false, demo: true };
    const login = await sources.demoLogin(simUrl);
    return {
      url: new URL(DEMO_ESSL_PATH, simUrl).toString(),
      user: login.username,
      systemCode,
      passwordStored: true,
      demo: true,
    };
  }
  return {
    url: config.esslUrl,
    user: config.esslUser,
    systemCode,
    passwordStored: await sources.credentials.has(ESSL_CREDENTIAL_ACCOUNT),
    demo: false,
  };
}
