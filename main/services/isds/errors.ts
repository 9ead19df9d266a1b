import type { IsdsErrorKind } from '../../../common/contract/isds';
import { CallError, type CallErrorInit } from '../callError';
import { EsslError } from '../essl/errors';
import { networkFailureOf } from '../essl/networkFailure';

/**
 * Every way an ISDS call can fail, as one error type (`errors.isds.<kind>`); `statusCode`
 * is dmStatusCode / dbStatusCode, or the SOAP faultcode.
 */
export class IsdsError extends CallError<IsdsErrorKind> {
  constructor(init: CallErrorInit<IsdsErrorKind>) {
    super(init);
    this.name = 'IsdsError';
  }

  protected errorKey(): string {
    return `errors.isds.${this.kind}`;
  }

  protected describesKind(kind: IsdsErrorKind): boolean {
    return kind === 'status';
  }
}

const TRY_LATER = 'Zkuste to prosím později.';
const CHECK_BOX = 'Zkontrolujte nastavení schránky v Nastavení → Datové schránky.';

export function transportError(
  detail: string,
  options: { message?: string; retryable?: boolean; httpStatus?: number | null } = {},
): IsdsError {
  return new IsdsError({
    kind: 'transport',
    message: options.message ?? `Spojení s datovou schránkou se nezdařilo. ${TRY_LATER}`,
    detail,
    retryable: options.retryable ?? true,
    httpStatus: options.httpStatus ?? null,
  });
}

export function authError(detail: string, httpStatus: number | null): IsdsError {
  return new IsdsError({
    kind: 'auth',
    message: `Přihlášení do datové schránky selhalo: ISDS nepřijalo přihlašovací údaje (jméno, heslo nebo certifikát). ${CHECK_BOX} Opakované chybné přihlášení může účet dočasně zablokovat.`,
    detail,
    retryable: false,
    httpStatus,
  });
}

export function busyError(detail: string): IsdsError {
  return new IsdsError({
    kind: 'busy',
    message: `Datová schránka právě zpracovává jiný požadavek tohoto účtu (ISDS 3009). ${TRY_LATER}`,
    detail,
    retryable: true,
    statusCode: '3009',
  });
}

export function statusError(code: string, description: string | null): IsdsError {
  const text = description?.trim() || null;
  return new IsdsError({
    kind: 'status',
    message: text
      ? `ISDS požadavek odmítlo: ${text} (kód ${code}).`
      : `ISDS požadavek odmítlo (kód ${code}).`,
    detail: `status ${code}${text ? `: ${text}` : ''}`,
    retryable: false,
    statusCode: code,
    description: text,
  });
}

export function malformedError(
  detail: string,
  options: {
    message?: string;
    retryable?: boolean;
    statusCode?: string;
    description?: string;
    httpStatus?: number;
  } = {},
): IsdsError {
  return new IsdsError({
    kind: 'malformed',
    message:
      options.message ?? `Odpověď ISDS nelze přečíst (není to platná zpráva SOAP). ${TRY_LATER}`,
    detail,
    retryable: options.retryable ?? true,
    statusCode: options.statusCode ?? null,
    description: options.description ?? null,
    httpStatus: options.httpStatus ?? null,
  });
}

export function faultError(faultCode: string, faultString: string, httpStatus: number): IsdsError {
  const text = faultString.trim().slice(0, 255);
  // A Server fault is ISDS's own trouble and may pass; a Client fault will not.
  const server = faultCode.slice(faultCode.indexOf(':') + 1).startsWith('Server');
  return malformedError(`SOAP Fault ${faultCode}: ${faultString}`, {
    message: `ISDS odpovědělo chybou${text ? `: ${text}` : ''}. ${server ? TRY_LATER : ''}`.trim(),
    retryable: server,
    statusCode: faultCode,
    description: text || undefined,
    httpStatus,
  });
}

export function invalidError(detail: string, message?: string): IsdsError {
  return new IsdsError({
    kind: 'invalid',
    message:
      message ??
      'Odpověď ISDS neodpovídá rozhraní datových schránek, proto ji aplikace nepřijala. Podrobnosti jsou v protokolu aplikace.',
    detail,
    retryable: false,
  });
}

export function configError(detail: string, message?: string): IsdsError {
  return new IsdsError({
    kind: 'config',
    message:
      message ??
      `Datová schránka není nastavená: chybí adresa, přihlašovací jméno, heslo nebo certifikát. ${CHECK_BOX}`,
    detail,
    retryable: false,
  });
}

/** Network failures in ISDS words, by the code the shared transport recorded. */
function networkMessage(code: string | null, httpStatus: number | null): string | null {
  switch (networkFailureOf(code)) {
    case 'dns':
      return 'Server datových schránek se nepodařilo najít (DNS). Zkontrolujte připojení k internetu a adresu v Nastavení → Datové schránky.';
    case 'refused':
      return `Server datových schránek odmítl spojení. ${TRY_LATER}`;
    case 'reset':
      return `Spojení s datovou schránkou se přerušilo dřív, než přišla celá odpověď. ${TRY_LATER}`;
    case 'timeout':
      return `Server datových schránek neodpověděl včas. ${TRY_LATER}`;
    case 'unreachable':
      return 'Síť k serveru datových schránek není dostupná. Zkontrolujte připojení k internetu.';
    case 'proxyAuth':
      return 'Proxy server vyžaduje přihlášení. Doplňte jméno a heslo do adresy proxy v Nastavení → Připojení.';
    case 'proxy':
      return `Proxy server nepropustil spojení k datovým schránkám. ${TRY_LATER}`;
    case 'tls':
      return 'Certifikát serveru datových schránek není důvěryhodný nebo neodpovídá adrese, nebo server nepřijal certifikát schránky. Spojení bylo odmítnuto.';
    default:
      if (httpStatus !== null)
        return `Server datových schránek je dočasně nedostupný (HTTP ${httpStatus}). ${TRY_LATER}`;
      return null;
  }
}

/**
 * The shared SOAP transport (written for the eSSL) reports in EsslErrors; this words
 * them for a data box. Kinds carry over; the retry advice is the transport's.
 */
export function fromTransport(error: EsslError): IsdsError {
  switch (error.kind) {
    case 'auth':
      return authError(error.detail, error.httpStatus);
    case 'transport':
      return transportError(error.detail, {
        retryable: error.retryable,
        httpStatus: error.httpStatus,
        message: networkMessage(error.networkCode, error.httpStatus) ?? undefined,
      });
    case 'malformed':
      return malformedError(error.detail, {
        retryable: error.retryable,
        message: error.detail.startsWith('answer too large')
          ? 'Odpověď ISDS je příliš velká, aplikace ji nepřijala.'
          : undefined,
      });
    case 'config':
      return configError(
        error.detail,
        `Adresa datové schránky nebo certifikát certifikační autority nejsou platné. ${CHECK_BOX}`,
      );
    default:
      return malformedError(error.detail, { retryable: error.retryable });
  }
}

/** Any failure of a call as an IsdsError (an unknown one counts as a network failure). */
export function asIsdsError(error: unknown): IsdsError {
  if (error instanceof IsdsError) return error;
  if (error instanceof EsslError) return fromTransport(error);
  return transportError(error instanceof Error ? error.message : String(error));
}
