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
  storage: {
    blocked: 'Another Úřadovna window keeps the database open. Close it and try again.',
  },
};
