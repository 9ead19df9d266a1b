import { isds } from './isds';

/** Failures of ISDS calls (`errors.isds.<kind>`) and of ZFO files (`errors.zfo.<kind>`). */
export const isdsErrors = {
  isds: {
    transport:
      'Could not reach the data-box system. Please try again later; prepared messages stay saved on this computer.',
    auth: 'Logging in to the data box failed. Check the login details in Settings → Data boxes.',
    busy: 'The data box is handling another request of this account. Please try again in a moment.',
    status: 'The data-box system refused the request (code {{statusCode}}): {{description}}',
    malformed: 'The answer of the data-box system cannot be read. Please try again later.',
    invalid:
      'The answer of the data-box system does not match the ISDS interface. Details are in the application log.',
    config: 'The data box is not set up. Fill in its address and login in Settings → Data boxes.',
    limits: isds.limits,
  },
  databox: {
    notReceivedMessage: 'The file is not a received data message.',
    reportMismatch: 'The verification result does not match the file; the message was not saved.',
    messageNotFound: 'The data message is no longer on this computer.',
    alreadyRegistered: 'The data message is already in the registry journal.',
    notDispatchable: 'Only an own document that is not cancelled can be sent by data box.',
    notFailed: 'The message is not waiting for a decision: it has been sent or is being sent.',
    outcomeUnknown:
      'The message cannot be discarded: the data-box system may already have accepted it. Wait until this is checked.',
    fileMissing: 'A file that was to be sent is no longer attached to the document.',
    notSentMessage: 'The file is not a sent data message.',
    notDeliveryInfo: 'The file is not a delivery receipt of a data message.',
  },
  zfo: {
    notZfo:
      'The file is not a valid data message (ZFO): it is damaged, truncated or another kind of file.',
    notMessage:
      'The file is signed but holds neither a data message nor a delivery receipt from the data-box system.',
  },
};
