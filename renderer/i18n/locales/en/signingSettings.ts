import type { Catalog } from '../../catalog';
import type { signingSettings as cs } from '../cs/signingSettings';

/** Settings → Signing: timestamp authority, trust anchors, card drivers, kept certificates. */
export const signingSettings: Catalog<typeof cs> = {
  title: 'Signing',
  description:
    'Timestamps for signatures, the certificates PDF signatures are checked against, smart card drivers and the certificates kept in the system keychain.',
  loading: 'Loading settings…',
  tsa: {
    label: 'Timestamp authority address (TSA)',
    hint: 'A timestamp proves when a document was signed (a PAdES B-T signature). Without an address signatures are B-B only — without a timestamp.',
    hintDemo: "In the demo, an empty address means the simulator's timestamp authority.",
  },
  anchors: {
    label: 'Trusted certificates for checking signatures (PEM)',
    hint: 'Certificates of the certification authorities PDF signature chains are checked against. Paste their PEM text (from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----), several in a row if needed.',
    noFile:
      'The app cannot load them from a file yet: open the .pem, .cer or .crt file in a text editor and copy its text here.',
    hintDemo: "In the demo, the simulator's certification authority is added by itself.",
    none: 'No certificates of your own — signatures are checked against the authorities the app knows.',
    count_one: '{{count}} certificate pasted:',
    count_few: '{{count}} certificates pasted:',
    count_many: '{{count}} certificates pasted:',
    count_other: '{{count}} certificates pasted:',
    listLabel: 'Pasted certificates',
    unnamed: 'Certificate without a name',
    issuer: 'issued by {{name}}',
    selfSigned: 'root authority (issued to itself)',
    validity: 'valid {{from}} – {{to}}',
    validityUnknown: 'validity cannot be read',
    expired: 'expired',
  },
  modules: {
    label: 'Smart card and token drivers (PKCS#11 libraries)',
    hint: 'Without a list of your own, cards are looked for with the usual drivers (OpenSC, SafeNet, SoftHSM).',
    none: 'The list is empty — the usual places are used.',
    listLabel: 'PKCS#11 libraries',
    newLabel: 'Library path',
    newHint:
      'The full path of the file, e.g. /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so or C:\\Windows\\System32\\opensc-pkcs11.dll.',
    add: 'Add',
    remove: 'Remove',
    removeNamed: 'Remove library {{path}}',
  },
  save: 'Save signing settings',
  saving: 'Saving…',
  saved: 'Signing settings saved.',
  failed: 'Signing settings could not be saved: {{reason}}',
  notSaved: 'Correct the marked fields — nothing was saved.',
  tokens: {
    title: 'Cards and tokens',
    search: 'Look for cards',
    searching: 'Looking for cards…',
    unsaved: 'Cards are looked for with the saved list of drivers — save your changes to it first.',
    none: 'No card or token with a certificate was found. Is the card in the reader and its driver installed?',
    failed: 'Cards could not be looked for: {{reason}}',
    listLabel: 'Certificates found on cards',
    item: '{{name}} — {{label}} (card {{token}})',
    qualified: 'qualified certificate',
    notQualified: 'not a qualified certificate',
  },
  kept: {
    title: 'Certificates kept in the keychain',
    hint: 'Certificate files (.p12, .pfx) the mayor chose to keep, with their password, in the system keychain when signing.',
    loading: 'Loading kept certificates…',
    none: 'No certificate is kept in the keychain.',
    failed: 'Kept certificates could not be loaded: {{reason}}',
    listLabel: 'Kept certificates',
    subject: 'Holder',
    issuer: 'Issuer',
    validTo: 'Valid to',
    qualified: 'Qualified',
    yes: 'yes',
    no: 'no',
    storedAt: 'Kept since',
    demo: 'The demo certificate — part of the simulator, it cannot be forgotten.',
    forget: 'Forget',
    forgetNamed: 'Forget certificate {{name}}',
    forgetTitle: 'Forget certificate {{name}}?',
    forgetExplained:
      'The certificate file and its password are removed from this computer’s keychain. The certificate itself stays valid; next time it has to be picked from its file and its password typed when signing.',
    forgetting: 'Forgetting…',
    forgotten: 'Certificate {{name}} was removed from the keychain.',
    alreadyGone: 'Certificate {{name}} was no longer in the keychain.',
  },
  validation: {
    tsaUrlTooLong: 'The timestamp authority address can have at most {{max}} characters.',
    tsaUrlInvalid:
      'This is not a complete address. Type it with http:// or https://, e.g. http://tsa.postsignum.cz/',
    tsaUrlScheme:
      'The timestamp authority address must start with http:// or https:// — “{{scheme}}” is not allowed.',
    tsaUrlCredentials: 'A name or password does not belong in the timestamp authority address.',
    pemTooLarge: 'Too many certificates — the text can have at most {{max}} kB.',
    pemNoCertificate:
      'There is no certificate in the text. A PEM certificate starts with the line -----BEGIN CERTIFICATE-----.',
    pemPrivateKey:
      'The text contains a private key. It does not belong here and must never be pasted anywhere — paste the certificate only (-----BEGIN CERTIFICATE-----).',
    pemNotCertificate:
      'Block no. {{index}} is not a certificate but “{{label}}”. Paste certificates only.',
    pemUnterminated:
      'Certificate no. {{index}} is cut short — its end (-----END CERTIFICATE-----) is missing.',
    pemBase64:
      'Certificate no. {{index}} is damaged: it contains characters that do not belong in PEM.',
    pemNotDer: 'Certificate no. {{index}} is damaged or not an X.509 certificate.',
    modulePathRequired: 'Type the path of the PKCS#11 library.',
    modulePathTooLong: 'The library path can have at most {{max}} characters.',
    modulePathInvalid: 'The library path contains invalid characters (e.g. a line break).',
    modulePathNotAbsolute:
      'Type the full path from the root of the disk, e.g. /usr/lib/opensc-pkcs11.so or C:\\Windows\\System32\\opensc-pkcs11.dll.',
    modulePathDuplicate: 'This library is already in the list.',
    modulesTooMany: 'The list can have at most {{max}} libraries.',
  },
};
