import type { Catalog } from '../../catalog';
import type { common as cs } from '../cs/common';

export const common: Catalog<typeof cs> = {
  appName: 'Úřadovna',
  nav: {
    label: 'Main menu',
    intake: 'Intake',
    journal: 'Registry journal',
    databox: 'Data boxes',
    signing: 'Awaiting signature',
    dispatch: 'Dispatch',
    caseFiles: 'Case files',
    conversion: 'Conversion',
    settings: 'Settings',
    comingSoon: 'coming soon',
  },
  status: {
    online: 'Online',
    offline: 'Offline — you keep working, nothing is lost',
    checking: 'Checking connection…',
    demo: 'Demo mode',
    outboxWaiting_one: '{{count}} change waiting to be sent',
    outboxWaiting_few: '{{count}} changes waiting to be sent',
    outboxWaiting_other: '{{count}} changes waiting to be sent',
    outboxEmpty: 'Everything sent',
  },
  update: {
    ready: 'Update {{version}} is ready — restart',
    readyAction: 'Restart',
    later: 'Later',
    downloading: 'Downloading update… {{percent}} %',
  },
  startup: {
    loading: 'Opening the database…',
    seeding: 'Preparing the demo municipality and its journal…',
    failed: 'The application could not start',
    retry: 'Try again',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    confirm: 'Confirm',
    remove: 'Remove',
    add: 'Add',
  },
  enums: {
    txEvent: {
      Zalozeni: 'Created',
      Uprava: 'Changed',
      Zobrazeni: 'Viewed',
      Export: 'Export',
      Storno: 'Cancelled',
    },
    direction: { incoming: 'Incoming', own: 'Own' },
    channel: {
      personal: 'In person',
      post: 'Post',
      databox: 'Data box',
      email: 'E-mail',
      other: 'Other',
    },
    state: { registered: 'Registered', settled: 'Settled', cancelled: 'Cancelled' },
    attachmentKind: { paper: 'paper', nonpaper: 'non-paper' },
    partyKind: { person: 'Person', organization: 'Company / legal entity', authority: 'Authority' },
  },
  preview: {
    loading: 'Loading the file…',
    page: 'Page {{number}} of {{total}} — {{label}}',
    failed: 'This file cannot be previewed. It is stored unchanged.',
    more: 'Showing the first {{shown}} of {{total}} pages.',
    tiff: 'The browser cannot preview TIFF; the file is stored unchanged.',
  },
  language: { cs: 'Čeština', en: 'English' },
  dialogs: {
    error: 'Error',
  },
};
