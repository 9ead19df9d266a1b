import type { ServerResponse } from 'node:http';
import { sendBody } from '../essl/httpReplies';

export { XML_CONTENT_TYPE, sendBody, sendSoap } from '../essl/httpReplies';

export const ISDS_REALM = 'ISDS';

/**
 * What ISDS answers a failed login with: 401 and an HTML page, not SOAP (the client
 * must not try to read it as a response).
 */
export const UNAUTHORIZED_PAGE = `<!DOCTYPE html>
<html lang="cs">
<head><meta charset="utf-8"><title>401 – Přístup odepřen</title></head>
<body>
<h1>Přístup odepřen</h1>
<p>Přihlášení do informačního systému datových schránek se nezdařilo: neplatné
přihlašovací údaje nebo certifikát.</p>
</body>
</html>
`;

export function sendUnauthorized(res: ServerResponse): void {
  sendBody(res, 401, 'text/html; charset=utf-8', UNAUTHORIZED_PAGE, {
    'WWW-Authenticate': `Basic realm="${ISDS_REALM}", charset="UTF-8"`,
  });
}

/** What a portal in front of ISDS shows instead of SOAP (the `html` fault). */
export const PORTAL_LOGIN_PAGE = `<!DOCTYPE html>
<html lang="cs">
<head><meta charset="utf-8"><title>Datové schránky – přihlášení</title></head>
<body>
<h1>Přihlášení do datové schránky</h1>
<form method="post" action="/as/processLogin">
<label>Uživatelské jméno <input name="uname" autocomplete="username"></label>
<label>Heslo <input name="pwd" type="password" autocomplete="current-password"></label>
<button type="submit">Přihlásit</button>
</form>
</body>
</html>
`;
