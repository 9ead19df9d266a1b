import type { AppConfigPatch } from '../../common/contract/types';
import type { ValidationIssue } from '../../common/domain/validation';

export const ESSL_USER_MAX = 50;
export const SYSTEM_CODE_MAX = 10;
export const DEFAULT_SYSTEM_CODE = 'ESSL';
export const CA_PEM_MAX = 64 * 1024;
const PROXY_URL_MAX = 500;
const PEM_BEGIN = '-----BEGIN CERTIFICATE-----';

/** The eSSL login and the network route, as typed (the password is not kept here). */
export interface EsslFieldsForm {
  esslUser: string;
  esslSystemCode: string;
  esslCaPem: string;
  proxyUrl: string;
}

export type EsslFieldsValue = Required<
  Pick<AppConfigPatch, 'esslUser' | 'esslSystemCode' | 'esslCaPem' | 'proxyUrl'>
>;

export type EsslFieldsCheck =
  { ok: true; value: EsslFieldsValue } | { ok: false; issues: ValidationIssue[] };

export function esslFieldsOf(config: {
  esslUser: string | null;
  esslSystemCode: string;
  esslCaPem: string | null;
  proxyUrl: string | null;
}): EsslFieldsForm {
  return {
    esslUser: config.esslUser ?? '',
    esslSystemCode: config.esslSystemCode || DEFAULT_SYSTEM_CODE,
    esslCaPem: config.esslCaPem ?? '',
    proxyUrl: config.proxyUrl ?? '',
  };
}

function proxyIssue(text: string): ValidationIssue | null {
  const issue = (message: string, params?: ValidationIssue['params']): ValidationIssue => ({
    path: 'proxyUrl',
    message,
    ...(params ? { params } : {}),
  });
  if (text.length > PROXY_URL_MAX) return issue('validation.tooLong', { max: PROXY_URL_MAX });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return issue('settings.validation.proxyInvalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return issue('settings.validation.proxyInvalid');
  // The configuration file is plain text; a proxy password would lie on the disk.
  if (url.username || url.password) return issue('settings.validation.proxyCredentials');
  return null;
}

/**
 * Checks the eSSL fields of the connection form the way main's configuration schema
 * will (so nothing is refused there without a Czech message here): the system code is
 * required and short, a CA must be a PEM certificate, a proxy an http(s) address.
 */
export function checkEsslFields(form: EsslFieldsForm): EsslFieldsCheck {
  const issues: ValidationIssue[] = [];
  const user = form.esslUser.trim();
  const systemCode = form.esslSystemCode.trim();
  const caPem = form.esslCaPem.trim();
  const proxyUrl = form.proxyUrl.trim();
  if (user.length > ESSL_USER_MAX)
    issues.push({
      path: 'esslUser',
      message: 'settings.validation.esslUserTooLong',
      params: { max: ESSL_USER_MAX },
    });
  if (systemCode.length === 0)
    issues.push({ path: 'esslSystemCode', message: 'settings.validation.systemCodeRequired' });
  else if (systemCode.length > SYSTEM_CODE_MAX)
    issues.push({
      path: 'esslSystemCode',
      message: 'settings.validation.systemCodeTooLong',
      params: { max: SYSTEM_CODE_MAX, length: systemCode.length },
    });
  if (caPem.length > CA_PEM_MAX)
    issues.push({
      path: 'esslCaPem',
      message: 'settings.validation.caPemTooLarge',
      params: { max: CA_PEM_MAX },
    });
  else if (caPem.length > 0 && !caPem.includes(PEM_BEGIN))
    issues.push({ path: 'esslCaPem', message: 'settings.validation.caPemInvalid' });
  const proxy = proxyUrl.length > 0 ? proxyIssue(proxyUrl) : null;
  if (proxy) issues.push(proxy);
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      esslUser: user || null,
      esslSystemCode: systemCode,
      esslCaPem: caPem || null,
      proxyUrl: proxyUrl || null,
    },
  };
}
