import type { Catalog } from '../../catalog';
import type { sync as cs } from '../cs/sync';

export const sync: Catalog<typeof cs> = {
  status: {
    open: 'Open eSSL synchronisation',
    phase: {
      notConfigured: 'eSSL not set up',
      idle: 'eSSL in sync',
      syncing: 'Synchronising with the eSSL…',
      offline: 'eSSL unreachable — working offline',
      error: 'Synchronisation with the eSSL failed',
    },
    step: {
      numbers: 'reserving numbers',
      push: 'sending',
      pull: 'receiving changes',
    },
    progress: '{{step}} {{done}}/{{total}}',
    failed_one: '{{count}} change failed',
    failed_few: '{{count}} changes failed',
    failed_other: '{{count}} changes failed',
    conflicts_one: '{{count}} conflict',
    conflicts_few: '{{count}} conflicts',
    conflicts_other: '{{count}} conflicts',
    lastSuccess: 'last synchronised {{time}}',
    lastSuccessDay: 'last synchronised {{date}} at {{time}}',
  },
  screen: {
    title: 'Synchronisation with the eSSL',
    intro:
      "Changes made on this PC go to the municipality's eSSL and changes made in the eSSL come here — at start, when the connection returns, every three minutes and after every change.",
    summary: 'Status',
    phase: 'Synchronisation',
    pending: 'Waiting to be sent',
    failed: 'Refused by the eSSL',
    conflicts: 'Conflicts',
    lastSuccess: 'Last success',
    never: 'never yet',
    nextRun: 'Next synchronisation',
    lastError: 'Last error',
    syncNow: 'Synchronise',
    syncing: 'Synchronising…',
    notConfigured:
      'The eSSL connection is not set up. Enter the service address, user and password in Settings → Connection.',
  },
  failed: {
    title: 'Unsent changes the eSSL refused',
    intro:
      'The eSSL did not accept these changes. Fix the cause (in the eSSL, or here with Edit) and send the change again, or discard it. Later changes of the same records wait until you decide.',
    empty: 'The eSSL has refused no change.',
    record: 'Record',
    reason: 'Reason for refusal',
    code: 'code {{code}}',
    at: 'refused {{at}}',
    retry: 'Try again',
    edit: 'Edit',
    discard: 'Discard',
    retried: 'The change “{{what}}” will be sent again.',
    unknownRecord: 'record {{id}} (no longer on this PC)',
    actions: 'Actions for the change {{what}} of record {{record}}',
  },
  discard: {
    title: 'Discard a refused change',
    explanation:
      'The change “{{what}}” of record {{record}} stays on this PC only — the eSSL never gets it and its records will differ at this point. The discard is written to the sync log and the transaction log.',
    reason: 'Reason for discarding',
    reasonHint: 'At most {{max}} characters. It is kept in the logs.',
    confirm: 'Discard the change',
    working: 'Discarding…',
    done: 'The change was discarded; it stays on this PC only.',
  },
  conflicts: {
    title: 'Conflicts',
    intro:
      "These documents were changed both here and in the eSSL since the last synchronisation. The record now shows the eSSL's version; your edit waits until you decide.",
    empty: 'No conflicts.',
    detected: 'found {{at}}',
    fields: 'differs: {{fields}}',
    open: 'Compare and resolve',
    openLabel: 'Compare and resolve the conflict of document {{reference}}',
  },
  conflict: {
    title: 'Conflict of document {{reference}}',
    intro:
      'Both this PC and the eSSL changed these fields. Choose for each which version to keep. What you keep of your edit is sent to the eSSL.',
    caption: 'Fields changed both here and in the eSSL',
    field: 'Field',
    base: 'Before',
    mine: 'My edit',
    theirs: 'eSSL version',
    choice: 'Keep',
    empty: '(empty)',
    allMine: 'Keep all mine',
    allTheirs: 'Take all from the eSSL',
    save: 'Save choice',
    working: 'Saving…',
    done: {
      mine: 'Your edits are kept; they will be sent to the eSSL.',
      theirs: "The eSSL's version was taken.",
      merged: 'Your choice is saved; the fields you kept will be sent to the eSSL.',
    },
  },
  fields: {
    subject: 'Subject',
    sender: 'Sender',
    addressees: 'Addressees',
    senderReference: "Sender's reference number",
    sheets: 'Sheets',
    attachmentCount: 'Attachments',
    note: 'Note',
    fileMark: 'File mark',
  },
  logPanel: {
    title: 'Sync log',
    caption: 'Sync log, newest first',
    at: 'Time',
    level: 'Level',
    record: 'Record',
    text: 'Event',
    empty: 'The sync log is empty so far.',
    count_one: '{{count}} entry',
    count_few: '{{count}} entries',
    count_other: '{{count}} entries',
    pages: 'Pages of the sync log',
    page: 'Page {{page}} of {{pages}}',
    previous: 'Newer',
    next: 'Older',
    levels: { info: 'Information', warn: 'Warning', error: 'Error' },
  },
  notice: {
    corrected:
      'Reference number {{from}} was assigned as {{to}} in the eSSL — correct it on the paper document.',
    correctedMore_one:
      'The eSSL assigned another number to {{count}} more record — see the sync log (Alt+5).',
    correctedMore_few:
      'The eSSL assigned other numbers to {{count}} more records — see the sync log (Alt+5).',
    correctedMore_other:
      'The eSSL assigned other numbers to {{count}} more records — see the sync log (Alt+5).',
  },
  kind: {
    document: {
      register: 'document registration',
      update: 'document edit',
      cancel: 'document cancellation',
      settle: 'document settlement',
    },
    component: { add: 'file attachment' },
    caseFile: {
      create: 'case file creation',
      insert: 'insertion into a case file',
      remove: 'removal from a case file',
      close: 'case file closing',
      reopen: 'case file reopening',
    },
    settings: { update: 'settings change' },
    recordsOffice: {
      handOver: 'hand-over to the records office',
      takeOver: 'take-over by the records office',
      lend: 'loan from the records office',
      return: 'return to the records office',
    },
    disposal: { propose: 'disposal proposal', decision: "archive's disposal decision" },
  },
  log: {
    numberCorrected:
      'The eSSL gave the document number {{to}} instead of {{from}} — correct it on the paper document.',
    caseFileCorrected: 'The eSSL gave the case file number {{to}} instead of {{from}}.',
    documentCreated: 'Document {{reference}} is created in the eSSL.',
    caseFileCreated: 'Case file {{reference}} is created in the eSSL.',
    refused: 'The eSSL refused the change “{{what}}”: {{reason}}',
    sent: {
      document: {
        update: 'The document edit was sent to the eSSL.',
        cancel: 'The document cancellation was sent to the eSSL.',
        settle: 'The document settlement was sent to the eSSL.',
      },
      component: { add: "The document's file was sent to the eSSL." },
      caseFile: {
        insert: 'The insertion into the case file was sent to the eSSL.',
        remove: 'The removal from the case file was sent to the eSSL.',
        close: 'The case file closing was sent to the eSSL.',
        reopen: 'The case file reopening was sent to the eSSL.',
      },
    },
    skippedGone: 'The change “{{what}}” was not sent — the record is no longer on this PC.',
    keptLocally:
      'The change “{{what}}” stays on this PC only — the eSSL interface has no operation for it.',
    conflict:
      'Document {{reference}} was changed both here and in the eSSL — decide which version to keep.',
    pulled: 'Received from the eSSL: {{created}} new, {{updated}} changed records.',
    reservedDocuments_one: 'The eSSL reserved {{count}} document number ({{first}}).',
    reservedDocuments_few: 'The eSSL reserved {{count}} document numbers ({{first}} to {{last}}).',
    reservedDocuments_other:
      'The eSSL reserved {{count}} document numbers ({{first}} to {{last}}).',
    reservedCaseFiles_one: 'The eSSL reserved {{count}} case file number ({{first}}).',
    reservedCaseFiles_few: 'The eSSL reserved {{count}} case file numbers ({{first}} to {{last}}).',
    reservedCaseFiles_other:
      'The eSSL reserved {{count}} case file numbers ({{first}} to {{last}}).',
    unreachable: 'The eSSL does not answer ({{reason}}). It will be tried again by itself.',
    stopped: 'Synchronisation stopped: {{reason}}',
    retried: 'The change “{{what}}” will be sent again.',
    discarded:
      'The change “{{what}}” was discarded and stays on this PC only. Reason: {{reason}}. The eSSL refused it: {{refusal}}',
    taken:
      'Document {{reference}} is taken from the eSSL into Úřadovna’s exclusive keeping — it is edited here only.',
    returned: 'Document {{reference}} is given back to the eSSL’s keeping.',
    conflictResolved: {
      mine: 'The conflict of document {{reference}} is resolved: my edits kept.',
      theirs: "The conflict of document {{reference}} is resolved: the eSSL's version taken.",
      merged: 'The conflict of document {{reference}} is resolved field by field.',
    },
  },
};
