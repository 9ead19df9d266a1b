/** Reading scans for a conversion (`errors.conversion.<kind>`), main/services/conversion/scans. */
export const conversionErrors = {
  imageLibraryMissing:
    'The image library (sharp) did not load, so scans cannot be converted. Reinstall the application; if it persists, contact the ORP administrator.',
  emptyFile: 'The file “{{file}}” is empty (0 bytes). Scan or copy it again.',
  unknownFormat:
    'The file “{{file}}” is not a JPEG, PNG, TIFF or PDF image. Save the scan in one of these formats.',
  truncatedImage:
    'The {{format}} image “{{file}}” is incomplete — the file ends in the middle of the image data (saving or copying did not finish). Scan or copy it again.',
  damagedImage: 'File “{{file}}”, page {{page}}: the image is damaged and cannot be read.',
  tiffCompression:
    'File “{{file}}”, page {{page}}: the TIFF uses the compression {{compression}}, which the application cannot convert. Save the scan with CCITT G4, LZW, ZIP or JPEG compression, or uncompressed.',
  imageTooLarge:
    'File “{{file}}”, page {{page}}: the image has {{width}} × {{height}} px, more than the application converts (at most {{maxSide}} px a side and {{maxMegapixels}} MP). Scan the document at a lower resolution.',
  tooManyPages:
    'The input has {{pages}} pages; at most {{max}} can be converted at once. Split the conversion into several parts.',
  noSuchPage: 'File “{{file}}”, page {{page}} is not in the input. Load the files again.',
  tooManyFiles: '{{files}} files are selected; at most {{max}} can be converted at once.',
  fileTooLarge:
    'The file “{{file}}” has {{sizeMb}} MB; a file of at most {{maxMb}} MB can be converted. Scan the document in parts or at a lower resolution.',
  inputTooLarge:
    'The files have {{sizeMb}} MB together; at most {{maxMb}} MB can be converted at once. Split the conversion into several parts.',
  pdfEncrypted:
    'File “{{file}}”: the PDF is encrypted or password-protected, so it cannot be converted to PDF/A. Save it without protection and add it again.',
  pdfCorrupted:
    'File “{{file}}”: the file is not a valid PDF or is damaged ({{reason}}), so it cannot be converted to PDF/A.',
  pdfJavascript:
    'File “{{file}}”: the PDF contains JavaScript or other actions ({{what}}), so it cannot be converted to PDF/A.',
  pdfFontNotEmbedded:
    'File “{{file}}”: the PDF uses the font “{{font}}”, which is not embedded in it, so it cannot be converted to PDF/A. Create the PDF again with embedded fonts.',
  pdfTransparency:
    'File “{{file}}”: the PDF uses transparency ({{what}}). The application cannot verify it in PDF/A, so it does not convert the file. Create the PDF without transparency, e.g. as PDF/A-1b.',
  pdfUnsupportedFeature:
    'File “{{file}}”: the PDF contains {{feature}}, which the application does not convert to PDF/A.',
};
