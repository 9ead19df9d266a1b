import type { IsdsBoxInfo, IsdsBoxSettings, IsdsLoginMethod } from '../../../common/contract/isds';
import type { ValidationIssue } from '../../../common/domain/validation';
import { checkServiceUrl } from '../serviceUrl';

/** The addresses ISDS publishes (name + password, and certificate logins). */
export const ISDS_URLS = {
  production: 'https://ws1.datovka.gov.cz',
  test: 'https://ws1.datovka-test.gov.cz',
  productionCert: 'https://ws1c.datovka.gov.cz',
  testCert: 'https://ws1c.datovka-test.gov.cz',
} as const;

export type UrlPreset = 'gateway' | 'production' | 'test';

export const LABEL_MAX = 100;
export const USERNAME_MAX = 100;
export const POLL_MIN = 5;
export const POLL_MAX = 24 * 60;
export const DEFAULT_POLL_MINUTES = 15;

/** The form as typed: text stays text until it is saved. */
export interface BoxDraft {
  key: string | null;
  label: string;
  dbID: string | null;
  login: IsdsLoginMethod;
  preset: UrlPreset;
  url: string;
  certUrl: string;
  username: string;
  /** Typed here only; never read back from the keychain. */
  password: string;
  autoPoll: boolean;
  pollMinutes: string;
}

/** Which secrets and fields a login method needs. */
export function loginNeeds(login: IsdsLoginMethod): {
  username: boolean;
  password: boolean;
  certificate: boolean;
} {
  switch (login) {
    case 'password':
      return { username: true, password: true, certificate: false };
    case 'certificateAndPassword':
      return { username: true, password: true, certificate: true };
    case 'systemCertificate':
    case 'hosted':
      return { username: false, password: false, certificate: true };
  }
}

function presetOf(url: string): UrlPreset {
  if (url === ISDS_URLS.production) return 'production';
  if (url === ISDS_URLS.test) return 'test';
  return 'gateway';
}

export function emptyDraft(): BoxDraft {
  return {
    key: null,
    label: '',
    dbID: null,
    login: 'password',
    preset: 'gateway',
    url: '',
    certUrl: '',
    username: '',
    password: '',
    autoPoll: false,
    pollMinutes: String(DEFAULT_POLL_MINUTES),
  };
}

export function draftOf(box: IsdsBoxInfo): BoxDraft {
  return {
    key: box.key,
    label: box.label,
    dbID: box.dbID,
    login: box.login,
    preset: presetOf(box.url),
    url: box.url,
    certUrl: box.certUrl ?? '',
    username: box.username ?? '',
    password: '',
    autoPoll: box.autoPoll,
    pollMinutes: String(box.pollMinutes),
  };
}

/** Choosing a preset fills the addresses; the ORP gateway's address is the ORP's to give. */
export function withPreset(draft: BoxDraft, preset: UrlPreset): BoxDraft {
  if (preset === 'gateway') return { ...draft, preset, url: '', certUrl: '' };
  const production = preset === 'production';
  return {
    ...draft,
    preset,
    url: production ? ISDS_URLS.production : ISDS_URLS.test,
    certUrl: production ? ISDS_URLS.productionCert : ISDS_URLS.testCert,
    // ISDS itself is never asked on a schedule: a login there delivers messages.
    autoPoll: false,
  };
}

/** A key for a new box from its label: "ZŠ Horní Lhota" → `zs-horni-lhota` (unique among `taken`). */
export function keyFromLabel(label: string, taken: ReadonlyArray<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 34)
      .replace(/-+$/, '') || 'schranka';
  let key = base;
  for (let n = 2; taken.includes(key); n += 1) key = `${base}-${n}`;
  return key;
}

export type BoxCheck =
  { ok: true; settings: IsdsBoxSettings } | { ok: false; issues: ValidationIssue[] };

/**
 * The draft as settings main accepts, or what is wrong, field by field. The gateway is
 * the only address asked on a schedule; a password must be typed once for a login that
 * needs one (`hasPassword` says the keychain holds it already).
 */
export function checkBoxDraft(
  draft: BoxDraft,
  options: { takenKeys: ReadonlyArray<string>; hasPassword: boolean },
): BoxCheck {
  const issues: ValidationIssue[] = [];
  const label = draft.label.trim();
  if (label.length === 0)
    issues.push({ path: 'label', message: 'databox.settings.validation.labelRequired' });
  else if (label.length > LABEL_MAX)
    issues.push({ path: 'label', message: 'validation.tooLong', params: { max: LABEL_MAX } });
  const needs = loginNeeds(draft.login);
  const url = checkServiceUrl(draft.url, 'url', true);
  if (!url.ok) issues.push(url.issue);
  const certUrl = checkServiceUrl(draft.certUrl, 'certUrl', false);
  if (!certUrl.ok) issues.push(certUrl.issue);
  const username = draft.username.trim();
  if (needs.username && username.length === 0)
    issues.push({ path: 'username', message: 'databox.settings.validation.usernameRequired' });
  else if (username.length > USERNAME_MAX)
    issues.push({ path: 'username', message: 'validation.tooLong', params: { max: USERNAME_MAX } });
  if (needs.password && !options.hasPassword && draft.password.length === 0)
    issues.push({ path: 'password', message: 'databox.settings.validation.passwordRequired' });
  const viaGateway = draft.preset === 'gateway';
  const poll = Number(draft.pollMinutes.trim());
  const pollOk = Number.isInteger(poll) && poll >= POLL_MIN && poll <= POLL_MAX;
  if (viaGateway && draft.autoPoll && !pollOk)
    issues.push({
      path: 'pollMinutes',
      message: 'databox.settings.validation.pollMinutes',
      params: { min: POLL_MIN, max: POLL_MAX },
    });
  if (issues.length > 0 || !url.ok || !certUrl.ok) return { ok: false, issues };
  return {
    ok: true,
    settings: {
      key: draft.key ?? keyFromLabel(label, options.takenKeys),
      label,
      dbID: draft.dbID,
      login: draft.login,
      url: url.value ?? '',
      certUrl: certUrl.value,
      username: needs.username ? username : null,
      viaGateway,
      autoPoll: viaGateway && draft.autoPoll,
      pollMinutes: pollOk ? poll : DEFAULT_POLL_MINUTES,
    },
  };
}
