/**
 * Verification clauses of authorized conversion, electronic → paper and the data format
 * change (`errors.conversion.<kind>`), to be spread into the `conversion` block of errors.ts.
 */
export const conversionClauseErrors = {
  inputEncrypted:
    'The PDF is encrypted or password-protected, so it cannot be converted and its signature cannot be verified. Ask for the file without protection.',
  inputCorrupted:
    'The file is not a readable PDF or is damaged ({{reason}}), so it cannot be converted.',
  inputJavascript:
    'The PDF contains JavaScript or other actions ({{what}}). Its content may change as it is viewed, so it cannot be converted.',
  invalidNotConfirmed:
    'The signature, seal or timestamp of the input could not be verified as valid. The conversion can go ahead only once you confirm you are aware of it — the clause will then say so.',
  clauseMissingGlyph:
    'The character “{{char}}” ({{codePoint}}) in “{{field}}” cannot be printed with the clause font, so the clause cannot be made. Replace it with another character.',
  clauseTooLong:
    'The clause details do not fit on one page. Shorten them (e.g. the description of the element that cannot be carried over).',
  outputTooManyPages:
    'The output would have {{pages}} pages; at most {{limit}} pages can be converted at once.',
  formatEmpty: 'The file is empty (0 bytes); there is nothing to convert to the output format.',
  formatUnsupported:
    'The application cannot convert the format {{format}} to the PDF/A output format. PDF, JPEG, PNG and TIFF images and plain UTF-8 text can be converted.',
  textMissingGlyph:
    'Line {{line}} of the text contains the character “{{char}}” ({{codePoint}}), which the output format font cannot show. The conversion would not be complete, so it was not made.',
};
