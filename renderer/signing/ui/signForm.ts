import type {
  SignerChoice,
  SigningCertificateCheck,
  SigningOutcome,
  StoredSigner,
  TokenCertificate,
} from '../../../common/contract/signing';

/** Where the mayor's key is: a certificate file, one kept in the keychain, or a card. */
export type KeySource = 'pkcs12' | 'stored' | 'pkcs11';

/**
 * The sign dialog as typed. The password and the PIN live here, in the dialog's own
 * state only (never Redux, never Dexie), and are emptied after every call to main.
 */
export interface SignForm {
  source: KeySource;
  pkcs12: { name: string; bytes: Uint8Array<ArrayBuffer> } | null;
  password: string;
  remember: boolean;
  storedId: string | null;
  tokenId: string | null;
  pin: string;
  timestamp: boolean;
  visible: boolean;
}

export function initialSignForm(options: {
  hasStored: boolean;
  hasSignatureBox: boolean;
}): SignForm {
  return {
    source: options.hasStored ? 'stored' : 'pkcs12',
    pkcs12: null,
    password: '',
    remember: false,
    storedId: null,
    tokenId: null,
    pin: '',
    timestamp: true,
    visible: options.hasSignatureBox,
  };
}

export function withoutSecrets(form: SignForm): SignForm {
  return { ...form, password: '', pin: '' };
}

/** The signer as the contract names it, or null while something is missing. */
export function signerChoiceOf(form: SignForm): SignerChoice | null {
  switch (form.source) {
    case 'pkcs12':
      // A PKCS#12 may have an empty password; main says when it is wrong.
      return form.pkcs12
        ? {
            kind: 'pkcs12',
            pkcs12: form.pkcs12.bytes,
            password: form.password,
            ...(form.remember ? { remember: true } : {}),
          }
        : null;
    case 'stored':
      return form.storedId ? { kind: 'storedPkcs12', id: form.storedId } : null;
    case 'pkcs11':
      return form.tokenId && form.pin !== ''
        ? { kind: 'pkcs11', id: form.tokenId, pin: form.pin }
        : null;
  }
}

/**
 * The certificate check of the chosen key: a file's comes from `signing.inspect` (it
 * needs the password), a stored one's and a card's come with their lists.
 */
export function checkOf(
  form: SignForm,
  sources: {
    inspected: SigningCertificateCheck | null;
    stored: ReadonlyArray<StoredSigner>;
    tokens: ReadonlyArray<TokenCertificate>;
  },
): SigningCertificateCheck | null {
  switch (form.source) {
    case 'pkcs12':
      return sources.inspected;
    case 'stored':
      return sources.stored.find((signer) => signer.id === form.storedId)?.check ?? null;
    case 'pkcs11':
      return sources.tokens.find((token) => token.id === form.tokenId)?.check ?? null;
  }
}

export type SignReadiness = 'ready' | 'incomplete' | 'needCheck' | 'blocked';

/** Whether "Podepsat" may run; blocking problems of the certificate stop it. */
export function signReadiness(
  form: SignForm,
  check: SigningCertificateCheck | null,
): SignReadiness {
  if (!check) return form.source === 'pkcs12' && form.pkcs12 ? 'needCheck' : 'incomplete';
  if (check.blocking.length > 0) return 'blocked';
  return signerChoiceOf(form) ? 'ready' : 'incomplete';
}

export interface OutcomeLine {
  key: string;
  params?: Record<string, string>;
  tone: 'ok' | 'warning';
}

/** What the dialog says after signing: B-T with its time, or B-B and why. */
export function outcomeLines(
  outcome: Pick<SigningOutcome, 'level' | 'timestampNotice' | 'timestampTime'>,
  askedTimestamp: boolean,
  formatTime: (iso: string) => string,
): OutcomeLine[] {
  if (outcome.level === 'B-T')
    return [
      {
        key: 'signingUi.outcome.bt',
        params: { time: outcome.timestampTime ? formatTime(outcome.timestampTime) : '' },
        tone: 'ok',
      },
    ];
  const lines: OutcomeLine[] = [{ key: 'signingUi.outcome.bb', tone: 'warning' }];
  if (outcome.timestampNotice)
    lines.push({ key: `signingUi.outcome.notice.${outcome.timestampNotice}`, tone: 'warning' });
  else if (!askedTimestamp)
    lines.push({ key: 'signingUi.outcome.notice.notWanted', tone: 'warning' });
  return lines;
}
