import type { Catalog } from '../../catalog';
import type { isds as cs } from '../cs/isds';

/** ISDS rules shown to the user: message limits (`isds.limits.*`), box states (`isds.boxState.*`). */
export const isds: Catalog<typeof cs> = {
  limits: {
    noFiles: 'A data message needs at least one document.',
    tooManyFiles: 'A data message can have at most {{max}} documents ({{count}} attached).',
    tooLarge:
      'The documents take {{size}} MB together; a normal data message may have at most {{max}} MB.',
    fileEmpty: 'The file “{{name}}” is empty.',
    fileNameEmpty: 'A document has no file name.',
    fileNameTooLong:
      'The file name “{{name}}” is too long ({{length}} characters, at most {{max}}).',
    formatNotAllowed:
      'The file “{{name}}” is in a format data boxes do not accept (.{{extension}}). Convert it, e.g. to PDF.',
    firstNotMain: 'The first document (“{{name}}”) must be the main document.',
    mainNotFirst:
      'There can be only one main document and it must come first (“{{name}}” is not first).',
    recipientInvalid:
      'A recipient data-box ID has exactly 7 characters (lower-case letters and digits): “{{value}}”.',
    annotationEmpty: 'Fill in the subject of the message.',
    annotationTooLong: 'The subject can have at most {{max}} characters ({{length}} entered).',
  },
  boxState: {
    '0': 'The data box does not exist.',
    '1': 'The data box is accessible; messages can be delivered to it.',
    '2': 'The data box is temporarily inaccessible at its owner’s request; it may become accessible again.',
    '3': 'The data box is not active yet: its owner has not logged in for the first time.',
    '4': 'The data box is permanently inaccessible and waiting to be deleted.',
    '5': 'The data box has been deleted.',
    '6': 'The data box is temporarily inaccessible for reasons the law sets out; it may become accessible again.',
    unknown: 'The state of the data box is unknown; no message can be delivered to it now.',
  },
};
