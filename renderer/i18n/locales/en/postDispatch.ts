/** Sending a signed letter by post: the kind of mail, the envelope or label, the return receipt. */
export const postDispatch = {
  title: 'Send by post — {{reference}}',
  mailKind: 'Kind of mail',
  mailKinds: {
    obycejne: 'Ordinary',
    doporucene: 'Registered',
    doporuceneDodejka: 'Registered with return receipt',
    doVlastnichRukou: 'Personal delivery',
  },
  addressee: 'Addressee',
  addresseeNone: 'The document has no addressee; add one by editing the document.',
  sentOn: 'Day handed to the post',
  print: {
    title: 'Envelope or label',
    format: 'Format',
    formats: {
      'dl-envelope': 'DL envelope',
      'c5-envelope': 'C5 envelope',
      'label-a4-3x8': 'Address label (A4 sheet, 3 × 8)',
    },
    button: 'Print envelope / label',
    working: 'Preparing the PDF…',
    saved: 'The PDF {{name}} was saved; print it.',
    hint: 'Saves a PDF to print; record the mail with “Record as sent”.',
  },
  confirm: 'Record as sent',
  working: 'Recording…',
  done: 'Letter {{reference}} is recorded as sent by post.',
  receipt: {
    title: 'Record the return receipt — {{reference}}',
    receivedOn: 'Day of delivery on the receipt',
    confirm: 'Record the receipt',
    working: 'Recording…',
    done: 'The return receipt of letter {{reference}} is recorded.',
  },
  validation: {
    mailKind: 'Choose the kind of mail.',
    dateInvalid: 'Enter a valid date.',
    dateFuture: 'The date cannot be in the future.',
    beforeSignature: 'The letter was signed on {{date}}; it cannot have been sent earlier.',
    beforeSent:
      'The letter was handed to the post on {{date}}; it cannot have been delivered earlier.',
  },
};

/** Refusals of the post commands (`errors.postDispatch.*`). */
export const postDispatchErrors = {
  postDispatch: {
    alreadyDispatched: 'The letter has already been sent.',
    notSigned: 'Only a signed letter can be sent by post.',
    notSentByPost: 'The letter was not sent by post.',
    noReceiptForKind:
      'This kind of mail has no return receipt (only registered with return receipt and personal delivery).',
    receiptAlreadyRecorded: 'The return receipt is already recorded.',
  },
};
