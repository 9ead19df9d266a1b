import type { Catalog } from '../../catalog';
import type { conversionSettings as cs } from '../cs/conversionSettings';

/** Settings → Conversion: the conversion register's address and the scanner's folder (`conversionSettings.*`). */
export const conversionSettings: Catalog<typeof cs> = {
  title: 'Conversion',
  description:
    'The conversion register that numbers the verification clauses, and the folder the scanner saves to.',
  loading: 'Loading settings…',
  register: {
    label: 'Conversion register address',
    hint: 'The address of the district office’s service that keeps the register of conversions (http or https, no name or password in the address). Without it, conversions wait for their number and nothing with a clause is made.',
    hintDemo: "In the demo, an empty address means the simulator's conversion register.",
  },
  folder: {
    label: 'Scanner folder',
    hint: 'The full path of the folder the scanner saves to — e.g. /mnt/scans, C:\\Scans or \\\\server\\scans. Empty: scans are chosen from files.',
    check: 'Check the folder',
    checking: 'Checking…',
    unsaved: 'The saved folder is checked — save your change first.',
    notSet: 'No scanner folder is set.',
    empty: 'The folder “{{folder}}” is available; there is no scan in it yet.',
    found_one: 'The folder “{{folder}}” holds {{count}} scan:',
    found_few: 'The folder “{{folder}}” holds {{count}} scans:',
    found_many: 'The folder “{{folder}}” holds {{count}} scans:',
    found_other: 'The folder “{{folder}}” holds {{count}} scans:',
    listLabel: 'Scans in the folder',
    file: '{{name}} ({{size}})',
    more_one: 'and {{count}} more',
    more_few: 'and {{count}} more',
    more_many: 'and {{count}} more',
    more_other: 'and {{count}} more',
  },
  validation: {
    urlTooLong: 'The address is longer than {{max}} characters.',
    urlInvalid: 'This is not a valid address (e.g. https://conversion.district.cz/register).',
    urlScheme: 'The address must start with http:// or https:// (not {{scheme}}).',
    urlCredentials:
      'A name or password does not belong in the address — the settings are kept in a plain file. Give the address without them.',
    folderTooLong: 'The path is longer than {{max}} characters.',
    folderControl: 'The path contains invisible control characters; type it again.',
    folderRelative:
      'Give the full path of the folder (e.g. /mnt/scans, C:\\Scans or \\\\server\\scans), not a relative one.',
  },
  save: 'Save conversion settings',
  saving: 'Saving…',
  saved: 'The conversion settings are saved.',
  failed: 'The conversion settings could not be saved: {{reason}}',
  notSaved: 'Correct the marked fields — nothing was saved.',
};
