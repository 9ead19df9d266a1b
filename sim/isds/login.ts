import type { IncomingMessage } from 'node:http';
import { loginPaths, type IsdsService, type LoginMethod } from '../../common/isds/operations';
import { basicCredentials, type IsdsAccount, type IsdsLogins } from './accounts';

const SERVICES: ReadonlyArray<IsdsService> = ['dz', 'dx', 'df', 'DsManage'];

/** Which login method and service a path names: `/certds/DS/dx` → certificateAndPassword, dx. */
export function routeOf(path: string): { method: LoginMethod; service: IsdsService } | null {
  for (const [method, prefix] of Object.entries(loginPaths) as Array<[LoginMethod, string]>) {
    if (!path.startsWith(`${prefix}/`)) continue;
    const service = path.slice(prefix.length + 1);
    const found = SERVICES.find((candidate) => candidate === service);
    if (found) return { method, service: found };
  }
  return null;
}

/**
 * The account a request logs in as, or null (→ 401). Certificate logins only count on
 * the TLS listener, where the handshake checked the certificate against the sim's CA.
 */
export function loginOf(
  req: IncomingMessage,
  method: LoginMethod,
  logins: IsdsLogins,
  /** SHA-256 (lower-case hex) of the verified client certificate, or null. */
  fingerprint: string | null,
): IsdsAccount | null {
  const basic = basicCredentials(req.headers.authorization);
  const byPassword = () =>
    basic
      ? (logins.accounts.find(
          (account) =>
            account.username === basic.username &&
            account.password === basic.password &&
            account.password !== '',
        ) ?? null)
      : null;
  if (method === 'password') return byPassword();
  if (!fingerprint) return null;
  if (method === 'systemCertificate')
    return logins.accounts.find((account) => account.certFingerprint === fingerprint) ?? null;
  if (method === 'certificateAndPassword') {
    const account = byPassword();
    return account && account.certFingerprint === fingerprint ? account : null;
  }
  // hosted: the eSSL's certificate, the box ID as the username, no password.
  if (!basic || basic.password !== '') return null;
  const certificate = logins.certificates.find((cert) => cert.fingerprint === fingerprint);
  if (!certificate?.boxes.includes(basic.username)) return null;
  return logins.accounts.find((account) => account.dbID === basic.username) ?? null;
}
