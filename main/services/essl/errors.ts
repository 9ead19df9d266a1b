import type { EsslErrorKind } from '../../../common/contract/essl';
import { CallError, type CallErrorInit } from '../callError';
import { networkFailureOf } from './networkFailure';

/**
 * Every way an eSSL call can fail, as one error type (`errors.essl.<kind>`);
 * `statusCode` and `description` are OperaceStatus/Kod and Popis, or the SOAP fault's.
 */
export class EsslError extends CallError<EsslErrorKind> {
  /**
   * Node's error code of a network failure (ECONNREFUSED, CERT_HAS_EXPIRED, …) or
   * EPROXY / EPROXYAUTH, so a client of another service (ISDS) can word it its own way.
   */
  readonly networkCode: string | null;

  constructor(init: CallErrorInit<EsslErrorKind> & { networkCode?: string | null }) {
    super(init);
    this.name = 'EsslError';
    this.networkCode = init.networkCode ?? null;
  }

  protected errorKey(): string {
    return `errors.essl.${this.kind}`;
  }

  protected describesKind(kind: EsslErrorKind): boolean {
    return kind === 'status' || kind === 'fault';
  }
}

const CHECK_SETTINGS = 'Zkontrolujte adresu eSSL v Nastavení → Připojení.';
const TRY_LATER =
  'Zkuste to prosím později; rozpracované změny zůstávají uložené v tomto počítači.';

export function transportError(
  detail: string,
  options: {
    message?: string;
    httpStatus?: number;
    retryable?: boolean;
    networkCode?: string;
  } = {},
): EsslError {
  return new EsslError({
    kind: 'transport',
    message: options.message ?? `Spojení s eSSL se nezdařilo. ${TRY_LATER}`,
    detail,
    retryable: options.retryable ?? true,
    httpStatus: options.httpStatus ?? null,
    networkCode: options.networkCode ?? null,
  });
}

/** Messages for the network failures Node reports by code. */
export function networkError(code: string | undefined, detail: string): EsslError {
  const word = (message: string) => transportError(detail, { networkCode: code, message });
  switch (networkFailureOf(code)) {
    case 'dns':
      return word(
        `Server eSSL se nepodařilo najít (DNS). Zkontrolujte připojení k internetu a adresu eSSL v Nastavení → Připojení.`,
      );
    case 'refused':
      return word(`Server eSSL odmítl spojení — služba neběží nebo je adresa chybná. ${TRY_LATER}`);
    case 'reset':
      return word(`Spojení s eSSL se přerušilo dřív, než přišla celá odpověď. ${TRY_LATER}`);
    case 'timeout':
      return word(`eSSL neodpověděla včas. ${TRY_LATER}`);
    case 'unreachable':
      return word(`Síť k serveru eSSL není dostupná. Zkontrolujte připojení k internetu.`);
    case 'tls':
      // A certificate the app cannot trust is not going to fix itself on a retry.
      return transportError(detail, {
        networkCode: code,
        retryable: false,
        message:
          'Certifikát serveru eSSL není důvěryhodný nebo neodpovídá adrese. Spojení bylo odmítnuto; pokud ORP používá vlastní certifikační autoritu, vložte její certifikát v Nastavení → Připojení.',
      });
    default:
      return transportError(detail, { networkCode: code });
  }
}

export function httpStatusError(status: number): EsslError {
  if (status === 502 || status === 503 || status === 504 || status >= 500) {
    return transportError(`HTTP ${status} without a SOAP Fault`, {
      httpStatus: status,
      message: `eSSL je dočasně nedostupná (HTTP ${status}). ${TRY_LATER}`,
    });
  }
  const retryable = status === 408 || status === 429;
  return transportError(`HTTP ${status} without a SOAP Fault`, {
    httpStatus: status,
    retryable,
    message: retryable
      ? `eSSL je přetížená (HTTP ${status}). ${TRY_LATER}`
      : `eSSL odpověděla chybou HTTP ${status}. ${CHECK_SETTINGS}`,
  });
}

export function authError(
  detail: string,
  httpStatus: number | null,
  loginPage: boolean,
): EsslError {
  return new EsslError({
    kind: 'auth',
    message: loginPage
      ? 'Přihlášení k eSSL selhalo: místo odpovědi eSSL přišla přihlašovací stránka (jednotné přihlášení). Zkontrolujte adresu služby, uživatelské jméno a heslo v Nastavení → Připojení.'
      : 'Přihlášení k eSSL selhalo. Zkontrolujte uživatelské jméno a heslo v Nastavení → Připojení.',
    detail,
    retryable: false,
    httpStatus,
  });
}

export function faultError(faultCode: string, faultString: string, httpStatus: number): EsslError {
  // The faultcode is a QName (`soap:Server`, `SOAP-ENV:Client.Auth`); only its local part matters.
  const local = faultCode.slice(faultCode.indexOf(':') + 1);
  const server = local.startsWith('Server');
  const text = faultString.trim().slice(0, 255);
  return new EsslError({
    kind: 'fault',
    message: server
      ? `V eSSL nastala chyba${text ? `: ${text}` : ''}. ${TRY_LATER}`
      : `eSSL odmítla požadavek${text ? `: ${text}` : ''}.`,
    detail: `SOAP Fault ${faultCode}: ${faultString}`,
    retryable: server,
    statusCode: faultCode,
    description: text || null,
    httpStatus,
  });
}

export function malformedError(
  detail: string,
  options: { message?: string; retryable?: boolean } = {},
): EsslError {
  return new EsslError({
    kind: 'malformed',
    message: options.message ?? `Odpověď eSSL nelze přečíst (není to platné XML). ${TRY_LATER}`,
    detail,
    retryable: options.retryable ?? true,
  });
}

export function invalidError(detail: string): EsslError {
  return new EsslError({
    kind: 'invalid',
    message:
      'Odpověď eSSL neodpovídá rozhraní NSESSS, proto ji aplikace nepřijala. Podrobnosti jsou v protokolu aplikace; předejte je prosím správci eSSL.',
    detail,
    retryable: false,
  });
}

export function statusError(code: string, description: string | null): EsslError {
  const text = description?.trim() || null;
  return new EsslError({
    kind: 'status',
    message: text
      ? `eSSL operaci odmítla: ${text} (kód ${code}).`
      : `eSSL operaci odmítla (kód ${code}).`,
    detail: `OperaceStatus ${code}${text ? `: ${text}` : ''}`,
    retryable: false,
    statusCode: code,
    description: text,
  });
}

export function configError(detail: string, message?: string): EsslError {
  return new EsslError({
    kind: 'config',
    message:
      message ??
      'Připojení k eSSL není nastavené. Vyplňte adresu služby, uživatelské jméno a heslo v Nastavení → Připojení.',
    detail,
    retryable: false,
  });
}

/** Any failure of a call as an EsslError (an unknown one counts as a network failure). */
export function asEsslError(error: unknown): EsslError {
  if (error instanceof EsslError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  return networkError(typeof code === 'string' ? code : undefined, detail);
}
