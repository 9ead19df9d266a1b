import { isds as csIsds } from './locales/cs/isds';
import { databox as csDatabox } from './locales/cs/databox';
import { dispatch as csDispatch } from './locales/cs/dispatch';
import { isdsErrors as csIsdsErrors } from './locales/cs/isdsErrors';
import { zfo as csZfo } from './locales/cs/zfo';
import { isds as enIsds } from './locales/en/isds';
import { databox as enDatabox } from './locales/en/databox';
import { dispatch as enDispatch } from './locales/en/dispatch';
import { isdsErrors as enIsdsErrors } from './locales/en/isdsErrors';
import { zfo as enZfo } from './locales/en/zfo';
import { caseFiles as csCaseFiles } from './locales/cs/caseFiles';
import { caseFiles as enCaseFiles } from './locales/en/caseFiles';
import { filePlan as csFilePlan } from './locales/cs/filePlan';
import { filePlan as enFilePlan } from './locales/en/filePlan';
import { recordsOffice as csRecordsOffice } from './locales/cs/recordsOffice';
import { recordsOffice as enRecordsOffice } from './locales/en/recordsOffice';
import { txlog as csTxlog } from './locales/cs/txlog';
import { sync as csSync } from './locales/cs/sync';
import { sync as enSync } from './locales/en/sync';
import { txlog as enTxlog } from './locales/en/txlog';
import { common as csCommon } from './locales/cs/common';
import { errors as csErrors } from './locales/cs/errors';
import { intake as csIntake } from './locales/cs/intake';
import { journal as csJournal } from './locales/cs/journal';
import { settings as csSettings } from './locales/cs/settings';
import { stamp as csStamp } from './locales/cs/stamp';
import { validation as csValidation } from './locales/cs/validation';
import { common as enCommon } from './locales/en/common';
import { errors as enErrors } from './locales/en/errors';
import { intake as enIntake } from './locales/en/intake';
import { journal as enJournal } from './locales/en/journal';
import { settings as enSettings } from './locales/en/settings';
import { stamp as enStamp } from './locales/en/stamp';
import { validation as enValidation } from './locales/en/validation';

import {
  letterSigningErrors as csLetterSigningErrors,
  letterSyncKinds as csLetterSyncKinds,
  signingUi as csSigningUi,
} from './locales/cs/signingUi';
import {
  letterSigningErrors as enLetterSigningErrors,
  letterSyncKinds as enLetterSyncKinds,
  signingUi as enSigningUi,
} from './locales/en/signingUi';
import {
  letterEditor as csLetterEditor,
  letterEditorErrors as csLetterEditorErrors,
} from './locales/cs/letterEditor';
import { letters as csLetters, lettersErrors as csLettersErrors } from './locales/cs/letters';
import { pkcs11Errors as csPkcs11Errors } from './locales/cs/pkcs11';
import { signatureCheck as csSignatureCheck } from './locales/cs/signatureCheck';
import { signing as csSigning, signingErrors as csSigningErrors } from './locales/cs/signing';
import { signingSettings as csSigningSettings } from './locales/cs/signingSettings';
import { conversionErrors as csConversionErrors } from './locales/cs/conversionErrors';
import { conversionClauseErrors as csConversionClauseErrors } from './locales/cs/conversionClauses';
import {
  conversionFolderErrors as csConversionFolderErrors,
  conversionRegisterErrors as csConversionRegisterErrors,
} from './locales/cs/conversionRegister';
import {
  conversion as csConversion,
  conversionRecordErrors as csConversionRecordErrors,
  conversionSyncKinds as csConversionSyncKinds,
} from './locales/cs/conversion';
import { conversionDialogs as csConversionDialogs } from './locales/cs/conversionDialogs';
import {
  postDispatch as csPostDispatch,
  postDispatchErrors as csPostDispatchErrors,
} from './locales/cs/postDispatch';
import {
  letterEditor as enLetterEditor,
  letterEditorErrors as enLetterEditorErrors,
} from './locales/en/letterEditor';
import { letters as enLetters, lettersErrors as enLettersErrors } from './locales/en/letters';
import { pkcs11Errors as enPkcs11Errors } from './locales/en/pkcs11';
import { signatureCheck as enSignatureCheck } from './locales/en/signatureCheck';
import { signing as enSigning, signingErrors as enSigningErrors } from './locales/en/signing';
import { signingSettings as enSigningSettings } from './locales/en/signingSettings';
import { conversionErrors as enConversionErrors } from './locales/en/conversionErrors';
import { conversionClauseErrors as enConversionClauseErrors } from './locales/en/conversionClauses';
import {
  conversionFolderErrors as enConversionFolderErrors,
  conversionRegisterErrors as enConversionRegisterErrors,
} from './locales/en/conversionRegister';
import {
  conversion as enConversion,
  conversionRecordErrors as enConversionRecordErrors,
  conversionSyncKinds as enConversionSyncKinds,
} from './locales/en/conversion';
import { conversionDialogs as enConversionDialogs } from './locales/en/conversionDialogs';
import { conversionScan as csConversionScan } from './locales/cs/conversionScan';
import { conversionScan as enConversionScan } from './locales/en/conversionScan';
import { conversionScreen as csConversionScreen } from './locales/cs/conversionScreen';
import { conversionScreen as enConversionScreen } from './locales/en/conversionScreen';
import { conversionSettings as csConversionSettings } from './locales/cs/conversionSettings';
import { conversionSettings as enConversionSettings } from './locales/en/conversionSettings';
import {
  tiffPreview as csTiffPreview,
  tiffPreviewErrors as csTiffPreviewErrors,
} from './locales/cs/tiffPreview';
import {
  tiffPreview as enTiffPreview,
  tiffPreviewErrors as enTiffPreviewErrors,
} from './locales/en/tiffPreview';
import {
  postDispatch as enPostDispatch,
  postDispatchErrors as enPostDispatchErrors,
} from './locales/en/postDispatch';

/**
 * One namespace per language; feature catalogs nest under it, so the keys that
 * domain rules emit ("validation.subject.required", "errors.quotaExceeded")
 * resolve as they are.
 */
export const resources = {
  cs: {
    translation: {
      common: csCommon,
      errors: {
        ...csErrors,
        ...csIsdsErrors,
        ...csLetterSigningErrors,
        ...csPostDispatchErrors,
        ...csLettersErrors,
        ...csSigningErrors,
        ...csPkcs11Errors,
        ...csConversionRecordErrors,
        conversionRegister: csConversionRegisterErrors,
        conversion: {
          ...csConversionErrors,
          ...csConversionClauseErrors,
          ...csConversionFolderErrors,
        },
        letterEditor: csLetterEditorErrors,
        tiffPreview: csTiffPreviewErrors,
      },
      validation: csValidation,
      intake: csIntake,
      journal: csJournal,
      settings: csSettings,
      stamp: csStamp,
      txlog: csTxlog,
      recordsOffice: csRecordsOffice,
      filePlan: csFilePlan,
      caseFiles: csCaseFiles,
      sync: {
        ...csSync,
        kind: { ...csSync.kind, ...csLetterSyncKinds, ...csConversionSyncKinds },
      },
      isds: csIsds,
      databox: csDatabox,
      dispatch: csDispatch,
      zfo: csZfo,
      signingUi: csSigningUi,
      postDispatch: csPostDispatch,
      letterEditor: csLetterEditor,
      letters: csLetters,
      signatureCheck: csSignatureCheck,
      signing: csSigning,
      signingSettings: csSigningSettings,
      conversion: csConversion,
      conversionScan: csConversionScan,
      conversionDialogs: csConversionDialogs,
      conversionScreen: csConversionScreen,
      conversionSettings: csConversionSettings,
      tiffPreview: csTiffPreview,
    },
  },
  en: {
    translation: {
      common: enCommon,
      errors: {
        ...enErrors,
        ...enIsdsErrors,
        ...enLetterSigningErrors,
        ...enPostDispatchErrors,
        ...enLettersErrors,
        ...enSigningErrors,
        ...enPkcs11Errors,
        ...enConversionRecordErrors,
        conversionRegister: enConversionRegisterErrors,
        conversion: {
          ...enConversionErrors,
          ...enConversionClauseErrors,
          ...enConversionFolderErrors,
        },
        letterEditor: enLetterEditorErrors,
        tiffPreview: enTiffPreviewErrors,
      },
      validation: enValidation,
      intake: enIntake,
      journal: enJournal,
      settings: enSettings,
      stamp: enStamp,
      txlog: enTxlog,
      recordsOffice: enRecordsOffice,
      filePlan: enFilePlan,
      caseFiles: enCaseFiles,
      sync: {
        ...enSync,
        kind: { ...enSync.kind, ...enLetterSyncKinds, ...enConversionSyncKinds },
      },
      isds: enIsds,
      databox: enDatabox,
      dispatch: enDispatch,
      zfo: enZfo,
      signingUi: enSigningUi,
      postDispatch: enPostDispatch,
      letterEditor: enLetterEditor,
      letters: enLetters,
      signatureCheck: enSignatureCheck,
      signing: enSigning,
      signingSettings: enSigningSettings,
      conversion: enConversion,
      conversionScan: enConversionScan,
      conversionDialogs: enConversionDialogs,
      conversionScreen: enConversionScreen,
      conversionSettings: enConversionSettings,
      tiffPreview: enTiffPreview,
    },
  },
} as const;
