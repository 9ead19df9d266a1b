import { pdfErrors } from './pdfErrors';
import type { Catalog } from '../../catalog';
import type { errors as cs } from '../cs/errors';

export const errors: Catalog<typeof cs> = {
  validation: 'The form has errors — correct the marked fields.',
  invalidArguments: 'The application refused an invalid request ({{method}}). It was logged.',
  unexpected: 'An unexpected error occurred. Details are in the application log.',
  hostUnreachable: 'The application cannot reach its service on this computer.',
  quotaExceeded:
    'The database on this computer is full — there is not enough disk space. The document was not saved (nothing was half-written). Free some disk space and try again.',
  notConfigured: 'First fill in the organisation in Settings.',
  documentNotFound: 'Document not found.',
  alreadyCancelled: 'The document is already cancelled.',
  cancelInCaseFile:
    'The document is in a case file — take it out (with a reason) before cancelling.',
  cancelNotNew:
    'Only a document nobody has worked on yet (not settled, not in the records office) can be cancelled.',
  seedInvalid: 'The demo data are damaged.',
  unsupportedInBrowser: 'This action is not available in a browser.',
  forbiddenSender: 'The request did not come from the application window and was refused.',
  file: {
    saveFailed:
      'The file could not be saved. Check that the folder is accessible and the disk is not full.',
  },
  pdf: {
    fontMissing: 'The font for PDF printing is missing ({{path}}). Reinstall the application.',
    fontBroken: 'The font for PDF printing is damaged ({{path}}). Reinstall the application.',
    invalidDate: 'The date and time of receipt are not valid.',
    ...pdfErrors,
  },
  demo: {
    off: 'Demo data are only available in demo mode.',
    unreachable: 'The demo services do not answer.',
    invalid: 'The demo data have an invalid shape.',
  },
  credentials: {
    unavailable:
      'This computer offers no secure password storage (keychain). The password was not stored.',
    unreadable:
      'The stored password cannot be read (this computer’s keychain changed). Please enter it again.',
  },
  essl: {
    transport:
      'The connection to the eSSL failed. Please try again later; your changes stay saved on this computer.',
    auth: 'Login to the eSSL failed. Check the service address, user name and password in Settings → Connection.',
    fault: 'The eSSL reported an error: {{description}}',
    malformed: 'The answer of the eSSL cannot be read. Please try again later.',
    invalid:
      'The answer of the eSSL does not match the NSESSS interface. Details are in the application log; please pass them to the eSSL administrator.',
    status: 'The eSSL refused the operation (code {{statusCode}}): {{description}}',
    config:
      'The connection to the eSSL is not set up. Fill in the service address, user name and password in Settings → Connection.',
  },
  storage: {
    blocked: 'Another Úřadovna window keeps the database open. Close it and try again.',
  },
  caseFile: {
    notFound: 'The case file was not found.',
    notOpen:
      'The case file is closed — documents cannot be put in or taken out. Reopen it first (with a reason).',
    notClosed: 'The case file is not closed.',
    empty: 'An empty case file cannot be closed — it holds no document.',
    unsettled:
      'The case file cannot be closed: {{count}} document(s) are not settled — {{documents}}. Settle them first.',
    documentInAnother: 'The document is already in another case file. Move it instead.',
    initiatorHasFollowers:
      'The initiating document cannot be taken out while other documents are in the file.',
  },
  document: {
    cancelled: 'The document is cancelled — nothing more can be done with it.',
    notEditable:
      'Only a registered, in-progress or settled document can be edited — not a cancelled or closed one, nor one handed over to the records office.',
  },
  settlement: { already: 'The document is already settled.' },
  lifecycle: { forbidden: "This action is not possible in the record's current state." },
  recordsOffice: {
    caseFileNotClosed: 'Only a closed case file can be handed to the records office.',
    documentInCaseFile:
      'The document is in a case file — the whole file goes to the records office.',
    documentNotSettled: 'Only a settled document can be handed to the records office.',
  },
  disposal: {
    nothingDue: 'No record in the records office is past its retention by {{year}}.',
    proposalNotFound: 'The disposal proposal was not found.',
    alreadyDecided: 'This disposal proposal has already been decided.',
    otherOriginator:
      "The archive's decision is addressed to another originator ({{originator}}). Nothing was changed.",
    unknownEntities:
      "The archive's decision names {{count}} unknown records ({{identifiers}}). Nothing was changed.",
    notInProposal:
      "The archive's decision names {{count}} record(s) not in this disposal proposal ({{identifiers}}). Nothing was changed.",
  },
  sync: {
    entryGone: 'This change is no longer queued — synchronisation has dealt with it meanwhile.',
    notFailed: 'The eSSL did not refuse this change; it will be sent by synchronisation.',
    conflictGone: 'This conflict is already resolved.',
    conflictChoiceMissing: 'Choose for every field which version to keep (missing: {{fields}}).',
    keeping: {
      notInEssl: 'The document is not in the eSSL yet; it can be taken over after synchronisation.',
      alreadyKept: 'The document is already in Úřadovna’s exclusive keeping.',
      notKept:
        'The document is not in Úřadovna’s exclusive keeping — there is nothing to give back.',
      waitingTake_one:
        '{{count}} change of the document waits to be sent to the eSSL (or the eSSL refused it). Synchronise first (Alt+5), then it can be taken over.',
      waitingTake_few:
        '{{count}} changes of the document wait to be sent to the eSSL (or the eSSL refused them). Synchronise first (Alt+5), then it can be taken over.',
      waitingTake_other:
        '{{count}} changes of the document wait to be sent to the eSSL (or the eSSL refused them). Synchronise first (Alt+5), then it can be taken over.',
      waitingReturn_one:
        '{{count}} change of the document waits to be sent to the eSSL (or the eSSL refused it). Synchronise before giving it back (Alt+5), so that the eSSL gets everything changed here.',
      waitingReturn_few:
        '{{count}} changes of the document wait to be sent to the eSSL (or the eSSL refused them). Synchronise before giving it back (Alt+5), so that the eSSL gets everything changed here.',
      waitingReturn_other:
        '{{count}} changes of the document wait to be sent to the eSSL (or the eSSL refused them). Synchronise before giving it back (Alt+5), so that the eSSL gets everything changed here.',
      notHandedOver:
        'The eSSL did not hand the document over to Úřadovna (it is kept by {{keeper}}).',
    },
  },
  filePlan: {
    notNewer:
      'The file plan valid from {{validFrom}} cannot be imported: the current plan is valid from {{current}}. A new version must start later — history is not rewritten.',
  },
};
