/** Failures of signing with a smart card or USB token (`errors.pkcs11.<kind>`). */
export const pkcs11Errors = {
  pkcs11: {
    wrongPin: 'The PIN is not correct. After a few wrong attempts the card locks itself.',
    pinLocked:
      'The card PIN is locked after too many wrong attempts. Unlock it with the PUK in the card software or at the certificate issuer.',
    pinRequired: 'Enter the card PIN.',
    tokenRemoved:
      'The card or token was removed during signing. The document was not signed — insert the card and try again.',
    bindingMissing:
      'Smart card support did not load (the pkcs11js library is missing). Reinstall the application.',
    moduleMissing:
      'The card driver (PKCS#11 library) {{path}} cannot be loaded. Check the path in the signing settings or install the card driver.',
    certificateNotFound:
      'The chosen certificate is not on the inserted card. Insert the right card and choose the certificate again.',
    busy: 'Another document is being signed with this card. Wait until that signing finishes.',
    unsupportedKey:
      'The key on the card cannot sign with a supported algorithm (RSA PKCS#1 v1.5 or ECDSA).',
    cancelled: 'PIN entry on the reader was cancelled. The document was not signed.',
    failed: 'The card or token reported error {{code}}. The document was not signed.',
  },
};
