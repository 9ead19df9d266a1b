import type { Catalog } from '../../catalog';
import type { settings as cs } from '../cs/settings';

export const settings: Catalog<typeof cs> = {
  title: 'Settings',
  firstRun: {
    title: 'Welcome to Úřadovna',
    intro: 'Before you register documents, fill in the Organisation part below:',
    stepOrganization:
      'the organisation’s name, the abbreviation used in reference numbers and the PID prefix (the prefix cannot change later),',
    stepMask: 'the reference-number mask — the default “{abbr} {seq}/{year}” usually fits,',
    stepPeople: 'your name and the names of the other people who handle documents.',
    blocked: 'Until you save them, the intake cannot register documents.',
    done: 'Saved — you can register documents in the intake now.',
    goToIntake: 'Go to the intake',
  },
  organization: {
    title: 'Organisation',
    description: 'The office’s details used in reference numbers, PIDs and the intake stamp.',
    name: 'Organisation name',
    nameHint: 'E.g. Obec Horní Lhota',
    abbreviation: 'Abbreviation in reference numbers',
    abbreviationHint: 'E.g. OUHL',
    pidPrefix: 'PID prefix',
    pidPrefixHint:
      'Capital letters without diacritics and digits. Applies to every document for good.',
    pidPrefixLocked:
      'The prefix can no longer change: the PIDs of registered documents carry it, and a PID lasts for the document’s whole life.',
    referenceMask: 'Reference-number mask',
    referenceMaskHint:
      'Tokens: {abbr} abbreviation, {seq} sequence number, {seq:5} sequence padded with zeros to 5 digits, {year} year, {yy} two-digit year.',
    example: 'Next reference number:',
    exampleInvalid: 'cannot be built — fix the mask',
    numbersFromEssl:
      "This PC is connected to the municipality's eSSL: reference numbers come from the eSSL (from the block it reserved for this PC) in its form. The mask applies only when the PC numbers on its own.",
    newNumbersOnly:
      'A new abbreviation or mask applies only to documents registered from now on. Reference numbers already given do not change.',
    ico: 'Company ID (IČO)',
    icoHint: '8 digits',
    dataBoxId: 'Data box ID',
    dataBoxIdHint: '7 characters, e.g. hl7q2ab',
    address: 'Registered address',
    people: 'Who works with the application',
    currentUser: 'Your name',
    currentUserHint:
      'Who works at this PC. It is written to the transaction log with every operation.',
    handlers: 'Document handlers',
    handlersHint:
      'The handler of a document is chosen from this list. Removing a name does not change documents already registered.',
    you: 'you — this PC',
    newHandler: 'New handler',
    addHandler: 'Add',
    removeHandler: 'Remove handler {{name}}',
    handlerEmpty: 'Enter the handler’s name.',
    handlerDuplicate: '{{name}} is already in the list.',
    save: 'Save organisation details',
    saving: 'Saving…',
    reset: 'Undo changes',
    saved: 'The organisation details are saved.',
    unchanged: 'Nothing changed — nothing to save.',
    loading: 'Loading the organisation details…',
  },
  connection: {
    title: 'Connection',
    mode: 'Services',
    modeDemo: 'Demo mode (built-in services)',
    modeDemoHint:
      'A fictional municipality and simulated services on this PC — for trying out and training.',
    modeCustom: 'ORP services',
    modeCustomHint: 'The hosted records management and data-box gateway run for you by the ORP.',
    esslUrl: 'Records management (eSSL) address',
    esslUrlHint: 'Your ORP administrator gives it to you, e.g. https://spisovka.orp.example.cz/',
    updateFeedUrl: 'Update address (optional)',
    updateFeedUrlHint:
      'Where the application downloads new versions from. Without it, no updates are looked for.',
    save: 'Save connection',
    saved: 'The connection settings are saved.',
    failed: 'The connection settings could not be saved: {{reason}}',
    restartNeeded: 'The new mode takes effect after the application restarts.',
    modeFixed:
      'This installation’s mode is set by how it was started and cannot be changed here. The other values are saved.',
    dataKept: 'Switching the mode does not delete the documents stored on this PC.',
    esslUser: 'eSSL user name',
    esslUserHint: 'Your ORP eSSL administrator gives it to you.',
    esslSystemCode: 'eSSL system code',
    esslSystemCodeHint: 'At most 10 characters; usually ESSL.',
    password: 'eSSL password',
    passwordHint:
      "Kept encrypted in this PC's keychain. Leave the box empty to keep the stored password.",
    passwordStored: 'The password is stored in the keychain.',
    passwordMissing: 'No password is stored yet.',
    passwordUnavailable:
      'This PC offers no secure password storage (keychain) — the password cannot be stored here.',
    passwordSaved: 'The password is stored in the keychain.',
    caPem: "The ORP's certificate authority (optional)",
    caPemHint:
      'Only when the ORP uses its own certificate. Paste it in PEM form, starting with -----BEGIN CERTIFICATE-----.',
    proxyUrl: 'Proxy server (optional)',
    proxyUrlHint: "E.g. http://proxy.town.cz:3128. Without it, the PC's own settings apply.",
    demoAccount: 'Demo eSSL',
    demoAccountNote:
      'The demo eSSL account is made by the built-in simulation; it cannot be changed.',
    demoAccountLoading: 'Looking up the demo eSSL account…',
    demoAccountFailed: 'The demo eSSL account could not be looked up: {{reason}}',
    accountUrl: 'Address',
    accountUser: 'User',
    accountSystemCode: 'System code',
    test: 'Test the connection',
    testing: 'Testing the connection…',
    testHint: 'Tests the saved settings — save your changes first.',
    testOk: 'The eSSL connection works — answered in {{ms}} ms.',
    testFailed: 'The eSSL connection failed: {{reason}}',
    clockSkew:
      "This PC's clock differs from the eSSL's by {{difference}} — Úřadovna takes numbers and times from the eSSL, but please correct it.",
    skew: {
      minutes: '{{count}} min',
      hours: '{{count}} h',
      days_one: '{{count}} day',
      days_few: '{{count}} days',
      days_other: '{{count}} days',
    },
  },
  language: {
    title: 'Language',
    label: 'Application language',
    hint: 'Applies to this PC.',
  },
  security: {
    title: 'Passwords and security',
    checking: 'Checking whether this PC offers secure password storage…',
    available:
      'Passwords for the ORP services are stored encrypted in the operating system’s secure storage.',
    unavailable: 'This PC offers no secure password storage — passwords are not stored.',
    unavailableHint:
      'So a password never sits on disk as readable text; the application asks for it when it needs it.',
    backend: 'Storage: {{backend}}',
    failed: 'The state of the password storage could not be found out.',
    later:
      'Passwords for the records management and data boxes are entered when those are connected.',
  },
  txlog: {
    title: 'Transaction log',
    description:
      'Every operation on documents and settings is written to a log that cannot be rewritten. Each entry carries the fingerprint of the previous one, so a check reveals any entry changed or deleted.',
    count: 'Entries',
    last: 'Last entry',
    lastValue: '{{at}} — {{event}} ({{actor}})',
    empty: 'none yet',
    verify: 'Verify integrity',
    verifying: 'Verifying…',
    ok_one: 'The log is intact: {{count}} entry verified.',
    ok_few: 'The log is intact: {{count}} entries verified.',
    ok_other: 'The log is intact: {{count}} entries verified.',
    broken:
      'The log is broken at entry no. {{seq}}: {{reason}}. The entries before it ({{intact}}) are intact.',
    reason: {
      hash: 'the entry’s content was changed (its fingerprint does not match)',
      link: 'the entry does not point to the previous one (the chain was cut)',
      gap: 'an entry before it is missing (the sequence numbers skip)',
    },
    checkedAt: 'Verified {{at}}',
  },
  about: {
    title: 'About',
    version: 'Version',
    platform: 'Environment',
    platformElectron: 'Desktop application',
    platformWeb: 'In the browser',
    mode: 'Mode',
    modeDemo: 'Demo mode',
    modeCustom: 'ORP services',
    dataDir: 'Configuration and logs',
    documents: 'Documents',
    documentsWhere: 'In the application’s local database on this PC.',
    update: 'Updates',
    updateState: {
      unknown: 'Finding out…',
      development: 'Off — development build.',
      noFeed: 'Off — no update address is set.',
      web: 'In the browser the application is updated together with the server that provides it.',
      disabled: 'Off.',
      idle: 'Not checked yet.',
      checking: 'Looking for a new version…',
      downloading: 'Downloading the update… {{percent}} %',
      ready: 'Version {{version}} is ready; it installs on restart.',
      upToDate: 'You have the latest version.',
      error: 'Checking for updates failed; the details are in the application log.',
    },
    check: 'Check for updates',
    restart: 'Restart and update',
  },
  validation: {
    nameRequired: 'Enter the organisation’s name.',
    abbreviationRequired: 'Enter the abbreviation used in reference numbers.',
    abbreviationChars:
      'The abbreviation may contain only letters, digits, spaces, dots and hyphens.',
    pidPrefixRequired: 'Enter the PID prefix.',
    pidPrefixFormat:
      'The PID prefix has {{min}}–{{max}} characters: capital letters without diacritics (A–Z) and digits.',
    pidPrefixLocked:
      'The PID prefix can no longer change — registered documents carry it in their PIDs.',
    currentUserRequired: 'Enter your name.',
    tooManyHandlers: 'The list may have at most {{max}} handlers.',
    urlRequired: 'Enter the records management address.',
    urlInvalid:
      'This is not a full address. Include https://, e.g. https://spisovka.orp.example.cz/',
    urlScheme: 'The address must start with https:// — “{{scheme}}” is not allowed.',
    urlCredentials:
      'A name or password does not belong in the address; passwords are entered separately.',
    urlInsecure:
      'Careful: http:// sends passwords and documents unencrypted. Only a service on this PC (localhost, 127.0.0.1) may be reached without encryption; use https:// for {{host}}.',
    esslUserTooLong: 'The user name can have at most {{max}} characters.',
    systemCodeRequired: 'Enter the eSSL system code (usually ESSL).',
    systemCodeTooLong: 'The eSSL system code has at most {{max}} characters ({{length}} given).',
    caPemInvalid:
      'This is not a PEM certificate — it must contain the line -----BEGIN CERTIFICATE-----.',
    caPemTooLarge: 'The certificate is too large (at most {{max}} characters).',
    proxyInvalid:
      'The proxy address must start with http:// or https://, e.g. http://proxy.town.cz:3128.',
    proxyCredentials: 'A user name or password does not belong in the proxy address.',
  },
  caseFileMask: {
    title: 'Case file reference',
    description: 'The shape of the reference of new case files.',
    label: 'Case file reference mask',
    hint: 'Tokens: {abbr} abbreviation, {seq} sequence of the file in the year, {seq:5} padded with zeros to 5 digits, {year} year, {yy} two-digit year, {mark} file mark.',
    example: 'Next case file reference:',
    exampleInvalid: 'cannot be built — fix the mask',
    numbersFromEssl:
      "This PC is connected to the municipality's eSSL: case-file references come from the eSSL in its form. The mask applies only when the PC numbers on its own.",
    newOnly:
      "The change applies to new case files only. A collection sheet carries its initiating document's reference number.",
    save: 'Save the mask',
    saving: 'Saving…',
    saved: 'The case file reference mask is saved.',
    unchanged: 'The mask has not changed — nothing to save.',
    loading: 'Loading the case file reference mask…',
  },
};
