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

/**
 * One namespace per language; feature catalogs nest under it, so the keys that
 * domain rules emit ("validation.subject.required", "errors.quotaExceeded")
 * resolve as they are.
 */
export const resources = {
  cs: {
    translation: {
      common: csCommon,
      errors: csErrors,
      validation: csValidation,
      intake: csIntake,
      journal: csJournal,
      settings: csSettings,
      stamp: csStamp,
      txlog: csTxlog,
      recordsOffice: csRecordsOffice,
      filePlan: csFilePlan,
      caseFiles: csCaseFiles,
      sync: csSync,
    },
  },
  en: {
    translation: {
      common: enCommon,
      errors: enErrors,
      validation: enValidation,
      intake: enIntake,
      journal: enJournal,
      settings: enSettings,
      stamp: enStamp,
      txlog: enTxlog,
      recordsOffice: enRecordsOffice,
      filePlan: enFilePlan,
      caseFiles: enCaseFiles,
      sync: enSync,
    },
  },
} as const;
