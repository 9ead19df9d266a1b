import type { ServerResponse } from 'node:http';
import { BASE_HEADERS } from '../http/respond';
import { AUTH_REALM } from './constants';

export const XML_CONTENT_TYPE = 'text/xml; charset=utf-8';

export function sendBody(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  extraHeaders: Record<string, string> = {},
): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...BASE_HEADERS,
    ...extraHeaders,
    'Content-Type': contentType,
    'Content-Length': bytes.length,
  });
  res.end(bytes);
}

/** A SOAP answer: 200 for a response, 500 for a Fault (SOAP 1.1 over HTTP, section 6.2). */
export function sendSoap(res: ServerResponse, xml: string, fault: boolean): void {
  sendBody(res, fault ? 500 : 200, XML_CONTENT_TYPE, xml);
}

export function sendUnauthorized(res: ServerResponse): void {
  sendBody(
    res,
    401,
    'text/plain; charset=utf-8',
    'Přihlášení do eSSL selhalo: neplatné jméno nebo heslo.\n',
    {
      'WWW-Authenticate': `Basic realm="${AUTH_REALM}", charset="UTF-8"`,
    },
  );
}

/** What a hosted eSSL behind single sign-on answers instead of SOAP. */
export const LOGIN_PAGE = `<!DOCTYPE html>
<html lang="cs">
<head><meta charset="utf-8"><title>Přihlášení – eSSL</title></head>
<body>
<h1>Přihlášení do elektronické spisové služby</h1>
<form method="post" action="/login">
<label>Uživatelské jméno <input name="username" autocomplete="username"></label>
<label>Heslo <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Přihlásit</button>
</form>
</body>
</html>
`;
