import type { Catalog } from '../../catalog';
import type { conversionDialogs as cs } from '../cs/conversionDialogs';

/** A document's conversion dialogs, its conversion actions, file badges and the case-file close check. */
export const conversionDialogs: Catalog<typeof cs> = {
  actions: {
    label: 'Conversion',
    fromPaper: 'From paper (scans)',
    toPaper: 'To paper',
    formatChange: 'Format change to PDF/A',
  },
  badge: {
    conversionOutput: 'Authorized conversion output',
    conversionPrint: 'Conversion printout with the verification clause',
    formatChanged: 'Format change — PDF/A with clause',
    convertedToPdfA: 'converted to PDF/A',
  },
  register: {
    legend: 'Conversion register details',
    description: 'Input identification',
    descriptionHint:
      'How the input is written into the conversion register (e.g. “contract.pdf from data message no. …”).',
    inputDate: 'Input date',
    inputDateHint:
      'The date the input bears (delivery of the data message, the document’s date). Optional.',
    official: 'Conversion on the office’s own initiative (free of charge)',
    officialHint: 'The register records: {{exemption}}',
    fee: 'Administrative fee (CZK)',
    feeHint:
      'Whole crowns. When no fee is paid, leave it empty and state the reason for exemption.',
    exemption: 'Reason for exemption from the fee',
  },
  electronic: {
    title: 'Conversion to paper — {{reference}}',
    loading: 'Loading the document’s files…',
    file: 'File to convert',
    pages_one: '{{count}} page',
    pages_few: '{{count}} pages',
    pages_other: '{{count}} pages',
    noPdf:
      'The document has no PDF file. Only a PDF can be converted to paper with the verification clause.',
    notOffered:
      'Not offered: {{names}}. Only PDF files can be converted to paper with the verification clause.',
    fromMessage:
      'The file came in data message no. {{dmID}}. Its signed original (ZFO) stays with the document unchanged.',
    examining: 'Verifying the file’s electronic signature…',
    examineFailed: 'The file’s signature could not be verified: {{reason}}',
    examineAgain: 'Verify again',
    examinationTitle: 'Verification of the input',
    kind: {
      signed: 'The file bears an electronic signature.',
      sealed: 'The file bears an electronic seal.',
      none: 'The file bears neither an electronic signature nor an electronic seal.',
    },
    verdict: {
      signedValid: 'The signature verified as valid.',
      sealedValid: 'The seal verified as valid.',
      signedInvalid: 'The signature did not verify as valid.',
      sealedInvalid: 'The seal did not verify as valid.',
      none: 'The clause will state that the input was neither signed nor sealed.',
    },
    why: 'Why:',
    qualified: 'The certificate is qualified.',
    notQualified: 'The certificate does not show itself as qualified.',
    certificateSerial: 'Certificate serial number',
    provider: 'Certificate issued by',
    signer: 'Signer',
    sealer: 'Sealing party',
    notStated: 'not stated',
    timestamp: 'Timestamp',
    timestampTime: 'Timestamp date and time',
    timestampSerial: 'Timestamp number',
    timestampProvider: 'Timestamp issued by',
    timestampValid: 'The timestamp is valid.',
    timestampInvalid: 'The timestamp did not verify as valid.',
    noTimestamp: 'The input has no timestamp.',
    confirmInvalid:
      'The signature did not verify as valid — convert anyway (the clause will say so)',
    confirmUnsigned: 'The file is not signed — convert anyway (the clause will say so)',
    confirmRequired:
      'Confirm that you want to convert the file although its signature did not verify as valid.',
    confirmUnsignedRequired: 'Confirm that you want to convert a file that is not signed.',
    notExamined: 'The file can be converted once its signature has been verified.',
    printing: 'Printing',
    simplex: 'One-sided',
    duplex: 'Two-sided',
    printingHint: 'The clause states the sheets of the output; two-sided printing takes fewer.',
    numberNotice:
      'The conversion number comes from the conversion register. The app asks for it at once (offline: when the connection returns); the printout with the verification clause then appears on the Conversions screen.',
    confirm: 'Prepare the conversion',
    working: 'Preparing…',
    done: 'The conversion of document {{reference}} is prepared. The printout with the clause appears on the Conversions screen once the register assigns the number.',
  },
  formatChange: {
    title: 'Format change to PDF/A',
    explanation:
      'Files not in an output data format are converted to PDF/A with the clause of § 24 of Decree 259/2012. The original file stays with the document.',
    file: 'File',
    verdictColumn: 'Format',
    stateColumn: 'Progress',
    caption: 'Files for the format change',
    verdict: {
      needsChange: 'Not in an output format',
      output: 'Already in an output format',
      kept: 'Signed original — kept as it is',
      converted: 'Already converted to PDF/A',
    },
    state: {
      waiting: 'Waiting',
      converting: 'Converting…',
      done: 'Converted to PDF/A ({{name}})',
      failed: 'Not converted: {{reason}}',
      skipped: 'Not converted',
    },
    start: 'Convert to PDF/A',
    working: 'Converting…',
    summary: 'Converted {{done}} of {{total}} files.',
    summaryFailed:
      'Converted {{done}} of {{total}} files; {{failed}} could not be converted — the reason is by the file.',
    nothing: 'None of the files needs a format change.',
  },
  closeCaseFile: {
    heading: 'Files not in an output format',
    explanation:
      'Under § 69a of Act 499/2004, documents are to be in an output data format (PDF/A) before the case file is closed. These files are not yet:',
    file: '{{name}} — document {{reference}}',
    convert: 'Convert to PDF/A',
    closeAnyway: 'Close anyway, without the format change',
    closeAnywayHint:
      'The files stay in their original formats although § 69a requires an output format. The format change can still be made later.',
    confirmRequired:
      'The case file holds files not in an output format. Convert them to PDF/A, or confirm that you want to close the file anyway.',
    confirmAnyway: 'Close anyway',
  },
};
