/**
 * The conversion register client (`errors.conversionRegister.<kind>`) and the scanner
 * folder (`errors.conversion.folder*`, spread into the `conversion` block of errors.ts).
 * `{{reason}}` comes from main in Czech (the register's own words, or the network
 * failure as main words it).
 */
export const conversionRegisterErrors = {
  notConfigured:
    'The address of the conversion register is not set or is wrong. Fill it in under Settings → Conversion.',
  unreachable:
    'The conversion register is not reachable ({{reason}}). No conversion number has been assigned yet; the number can be requested again later.',
  timeout:
    'The conversion register did not answer within {{seconds}} s. The conversion number is not known yet; it can be requested again later (the register never assigns a second number to the same request).',
  refused: 'The conversion register refused the request. Reason: {{reason}}',
  badAnswer:
    'The conversion register gave an answer that cannot be understood, so its number cannot be used. Try again later or contact the district office (ORP) administrator.',
};

export const conversionFolderErrors = {
  folderNotConfigured: 'No scanner folder is set (Settings → Conversion).',
  folderMissing:
    'The scanner folder “{{root}}” does not exist, is not a folder or is not available. Check it in the settings.',
  folderUnreadable: 'The scanner folder “{{root}}” cannot be read ({{reason}}).',
  folderBadName: '“{{name}}” is not the name of a file in the scanner folder.',
  folderNotFound:
    'The file “{{name}}” is not in the scanner folder; someone may have processed or deleted it already.',
  folderNotScan:
    'The file “{{name}}” is not a scan that can be converted (JPEG, PNG, TIFF and PDF are converted).',
  folderLink:
    '“{{name}}” is a link to another place, not a file; only files stored in the scanner folder are read.',
  folderFileBusy:
    'The file “{{name}}” is still being written. Wait until the scanner has finished saving it.',
  folderFileTooLarge:
    'The file “{{name}}” is larger than {{limitMb}} MB, so it cannot be converted.',
  folderReadFailed: 'The file “{{name}}” in the scanner folder cannot be read ({{reason}}).',
  folderRemoveFailed:
    'The file “{{name}}” could not be removed from the scanner folder ({{reason}}).',
};
