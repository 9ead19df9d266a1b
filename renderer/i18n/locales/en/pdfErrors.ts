/** PDF/A writing and PDF import (`errors.pdf.<kind>`), spread into the `pdf` block of errors.ts. */
export const pdfErrors = {
  missingGlyph:
    'The PDF font has no character “{{char}}” ({{codePoint}}) — the letter cannot be created. Replace it with another character.',
  colorProfileMissing:
    'The colour profile for PDF/A is missing ({{path}}). Reinstall the application.',
  colorProfileBroken:
    'The colour profile for PDF/A is damaged ({{path}}). Reinstall the application.',
  encrypted:
    'The PDF is encrypted or password-protected, so it cannot be converted to PDF/A. Save it without protection and add it again.',
  corrupted:
    'The file is not a valid PDF or is damaged ({{reason}}), so it cannot be converted to PDF/A.',
  javascript:
    'The PDF contains JavaScript or other actions ({{what}}), so it cannot be converted to PDF/A.',
  fontNotEmbedded:
    'The PDF uses the font “{{font}}”, which is not embedded in it, so it cannot be converted to PDF/A. Create the PDF again with embedded fonts.',
  transparency:
    'The PDF uses transparency ({{what}}). The application cannot verify it in PDF/A, so it does not convert the file. Create the PDF without transparency, e.g. as PDF/A-1b.',
  unsupportedFeature:
    'The PDF contains {{feature}}, which the application does not convert to PDF/A.',
};
