import type { Catalog } from '../../catalog';
import type { validation as cs } from '../cs/validation';

export const validation: Catalog<typeof cs> = {
  invalid: 'Invalid value.',
  tooLong: 'The text is too long (at most {{max}} characters).',
  url: 'Enter a full address starting with https:// (or http://).',
  channel: 'Choose the delivery channel.',
  dataBoxId: 'A data box ID has exactly 7 characters (letters and digits); {{length}} entered.',
  ico: 'An IČO has 8 digits and a valid check digit.',
  dateInvalid: 'Enter a valid date.',
  dateTimeInvalid: 'Enter a valid date and time.',
  dateTooOld: 'The date is before {{year}} — check the year.',
  party: {
    kind: 'Choose person, company or authority.',
    nameRequired: 'Enter a name.',
  },
  subject: {
    required: 'The subject is required.',
    tooLong: 'The subject may have at most {{max}} characters ({{length}} entered).',
  },
  receivedAt: {
    future: 'The time of receipt cannot be in the future.',
  },
  createdOn: {
    future: 'The date of creation cannot be in the future.',
  },
  sheets: {
    notNumber: 'The number of sheets must be a number.',
    notInteger: 'The number of sheets must be a whole number.',
    negative: 'The number of sheets cannot be negative.',
    tooMany: 'The number of sheets is unreasonably high.',
    zeroWithAttachments: 'A document with attachments has at least one sheet.',
  },
  attachments: {
    notNumber: 'The number of attachments must be a number.',
    notInteger: 'The number of attachments must be a whole number.',
    negative: 'The number of attachments cannot be negative.',
    tooMany: 'The number of attachments is unreasonably high.',
  },
  fileMark: {
    required: 'Choose a file plan mark.',
    tooLong: 'The file plan mark is too long.',
    unknown: 'The file plan has no lowest-level group {{mark}}.',
    notClassifiable:
      'Subject group {{mark}} has no retention rule (it is not on the lowest level) or is no longer valid — it cannot classify.',
  },
  handler: {
    required: 'Choose who handles the document.',
    tooLong: 'The handler name is too long.',
  },
  author: {
    required: 'Enter the author.',
    tooLong: 'The author name is too long.',
  },
  addressees: {
    required: 'An own document needs at least one addressee.',
    incomingDocument: 'An incoming document has no addressees — edit its sender.',
  },
  sender: {
    ownDocument: 'An own document has no sender — edit its addressees.',
  },
  file: {
    empty: 'The file “{{name}}” is empty (0 bytes) and cannot be attached.',
    tooLarge: 'The file “{{name}}” has {{size}} MB; the largest allowed file is {{limit}} MB.',
    contentMismatch:
      'The file “{{name}}” claims to be {{claimed}} but contains {{detected}}. It was not attached.',
    unsupported:
      'The file “{{name}}” has an unsupported format. PDF, JPEG, PNG and TIFF can be attached.',
    unreadable: 'The file “{{name}}” cannot be read.',
    renamed: 'The file name was changed for safety: “{{from}}” → “{{to}}”.',
  },
  dispatch: {
    fileMissing: 'The file is no longer attached to the document.',
    duplicateFile: 'The file is selected twice.',
  },
  isds: {
    boxId: 'A data-box ID has exactly 7 characters: lower-case letters and digits.',
    messageId: 'A data-message ID is a number of at most 20 digits.',
    boxKey:
      'A box key may contain only lower-case letters, digits and hyphens (at most 40 characters).',
    duplicateBoxKey: 'A box with this key is already set up.',
  },
  credentials: {
    account: 'An account name may contain only letters, digits and . _ @ : -',
  },
  cancelReason: {
    required: 'Give the reason for cancelling.',
  },
  mask: {
    empty: 'The reference number mask cannot be empty.',
    missingSequence: 'The mask must contain the sequence {seq}.',
    missingYear:
      'The mask must contain the year {year} — otherwise numbers would repeat next year.',
    unknownToken: 'Unknown token {{token}}. Use {abbr}, {seq}, {seq:5}, {year}, {yy}.',
    tooLong: 'The mask is too long.',
  },
  reason: { required: 'Give the reason.' },
  discardReason: { required: 'Say why you discard the change.' },
  caseFileTitle: { required: 'Give the matter (title) of the case file.' },
  settlement: {
    method: 'Choose how the document was settled.',
    reasonRequired: 'Settling by "other means" needs a justification.',
    settlingDocumentRequired: 'Choose the document that settled this one.',
    settlingDocumentInvalid:
      'The settling document does not exist, is cancelled, or is this same document.',
    future: 'The settlement date cannot be in the future.',
    beforeRegistration: 'The settlement date cannot precede the registration.',
  },
  triggerYear: { invalid: 'The year of the trigger event is not valid.' },
  borrower: { required: 'Say who borrows it.' },
  disposal: {
    yearInvalid: 'The year of the disposal proposal is not valid.',
    futureYear:
      'A disposal proposal for {{year}} cannot be drawn up — that year has not come yet (it is {{current}}).',
  },
};
