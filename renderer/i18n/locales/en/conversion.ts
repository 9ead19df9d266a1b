/** Words every conversion screen shares (`conversion.*`) and the conversion commands' errors. */
export const conversion = {
  direction: {
    paperToElectronic: 'from paper to electronic form',
    electronicToPaper: 'from electronic to paper form',
  },
  directionShort: {
    paperToElectronic: 'paper → electronic',
    electronicToPaper: 'electronic → paper',
  },
  state: {
    waitingForNumber: 'Waiting for a register number',
    refused: 'Refused by the register',
    numbered: 'Preparing the clause',
    awaitingSignature: 'Awaiting signature',
    readyToPrint: 'Ready to print',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  mode: {
    blackWhite: 'Black and white',
    greyscale: 'Greyscale',
    colour: 'Colour',
  },
  validation: {
    tooLong: 'The text is longer than {{max}} characters.',
    descriptionRequired: 'Say what is being converted (the input as the register names it).',
    inputDateInvalid: 'The input date is not a valid date.',
    inputDateFuture: 'The input date cannot be in the future.',
    sheets: 'The number of sheets must be a whole number from 1.',
    fee: 'The fee must be a whole number from 0 to {{max}} CZK.',
    feeOrExemption: 'Give the fee or the reason for exemption.',
    lostElementDescription: 'Describe the element of the input that cannot be carried over.',
    colourReason: 'A colour conversion needs a reason (colour carries information — e.g. a map).',
    cancelReason: 'Give the reason for cancelling the conversion.',
  },
};

export const conversionRecordErrors = {
  conversionRecord: {
    notFound: 'The conversion was not found.',
    componentGone: 'The file to convert is no longer on the document.',
    confirmInvalid:
      'The input’s signature did not verify. Confirm that you convert anyway — the clause will say so.',
    badNumber:
      'The conversion register returned an invalid number. The conversion waits for a new one.',
    numberDiffers:
      'The conversion register returned a different number for the same conversion. Contact the ORP administrator.',
    notWaiting: 'The conversion no longer waits for a number.',
    notRefused: 'Only a conversion the register refused can be sent again.',
    notNumbered: 'The conversion has no register number yet; the clause cannot be made.',
    noClause: 'The output with the verification clause does not exist yet.',
    notAwaitingSignature: 'The conversion is not awaiting a signature.',
    notThisOutput: 'The signed file is not this conversion’s output with its clause.',
    changedMeanwhile: 'The conversion changed meanwhile. Open it again and repeat the action.',
    notPrintable: 'This conversion cannot be printed — it has no clause yet.',
    notCancellable: 'A finished or cancelled conversion cannot be cancelled.',
    documentCancelled: 'The document is cancelled; its files can no longer be converted.',
    alreadyOutput: 'The file already is the output of a format change.',
    alreadyChanged: 'The file has already been converted to PDF/A.',
  },
};

export const conversionSyncKinds = {
  conversion: { requestNumber: 'request for a conversion register number' },
};
