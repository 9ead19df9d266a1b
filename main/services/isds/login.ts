import type { IsdsBoxSettings, IsdsLoginMethod } from '../../../common/contract/isds';
import type { AppConfig } from '../../../common/contract/types';
import { loginPaths } from '../../../common/isds/operations';
import type { ClientCertificate } from '../essl/agents';
import type { BoxSecrets } from './boxStore';
import { certificatePrint } from './certificate';
import { configError } from './errors';

/** Everything a client needs to reach a box. Holds secrets: never log it. */
export interface IsdsLogin {
  method: IsdsLoginMethod;
  /** The services' base, e.g. `https://ws1.datovka.gov.cz/DS`; `/dz`, `/dx`, … follow. */
  baseUrl: string;
  /** HTTP Basic; null for a login by system certificate alone. */
  username: string | null;
  password: string | null;
  certificate: ClientCertificate | null;
  caPem: string | null;
  proxyUrl: string | null;
  /** Requests under the same account are serialised by this key. */
  accountKey: string;
}

const NEEDS_PASSWORD =
  'Pro tuto datovou schránku není uložené heslo. Zadejte ho v Nastavení → Datové schránky.';
const NEEDS_CERTIFICATE =
  'Pro tuto datovou schránku není uložený certifikát. Vložte ho (soubor .pfx nebo .p12) v Nastavení → Datové schránky.';
const NEEDS_USERNAME =
  'Pro tuto datovou schránku chybí přihlašovací jméno. Doplňte ho v Nastavení → Datové schránky.';

/**
 * Where and as whom a box logs in: name + password at `<url>/DS`, a system
 * certificate at `<certUrl>/cert/DS`, certificate + name + password at
 * `<certUrl>/certds/DS`, a hosted eSSL (certificate, the box ID as the name, an empty
 * password) at `<certUrl>/hspis/DS`.
 */
export function resolveLogin(
  settings: IsdsBoxSettings,
  secrets: BoxSecrets,
  network: { caPem: string | null; proxyUrl: string | null },
): IsdsLogin {
  const method = settings.login;
  const base = method === 'password' ? settings.url : (settings.certUrl ?? settings.url);
  const baseUrl = base.replace(/\/+$/, '') + loginPaths[method];
  const needCertificate = (): ClientCertificate => {
    if (!secrets.certificate)
      throw configError(`${settings.key}: no certificate`, NEEDS_CERTIFICATE);
    return secrets.certificate;
  };
  let username: string | null = null;
  let password: string | null = null;
  let certificate: ClientCertificate | null = null;
  switch (method) {
    case 'password':
    case 'certificateAndPassword':
      if (!settings.username) throw configError(`${settings.key}: no user name`, NEEDS_USERNAME);
      if (!secrets.password) throw configError(`${settings.key}: no password`, NEEDS_PASSWORD);
      username = settings.username;
      password = secrets.password;
      if (method === 'certificateAndPassword') certificate = needCertificate();
      break;
    case 'systemCertificate':
      certificate = needCertificate();
      break;
    case 'hosted':
      username = settings.username ?? settings.dbID;
      if (!username)
        throw configError(
          `${settings.key}: hosted login without a box ID`,
          'Pro přihlášení hostovanou spisovou službou je třeba znát ID datové schránky. Doplňte ho v Nastavení → Datové schránky.',
        );
      password = '';
      certificate = needCertificate();
      break;
  }
  const accountKey = [
    baseUrl,
    username ?? '',
    certificate ? certificatePrint(certificate) : '',
  ].join('\n');
  return {
    method,
    baseUrl,
    username,
    password,
    certificate,
    caPem: network.caPem,
    proxyUrl: network.proxyUrl,
    accountKey,
  };
}

/** The network settings of the ORP apply to ISDS as well (its gateway, its proxy). */
export function networkOf(config: AppConfig): { caPem: string | null; proxyUrl: string | null } {
  return { caPem: config.esslCaPem, proxyUrl: config.proxyUrl };
}
