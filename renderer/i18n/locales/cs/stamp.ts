/** The intake stamp (podací razítko): preview, save, print — from intake and journal. */
export const stamp = {
  title: 'Podací razítko — {{referenceNumber}}',
  loading: 'Připravuji razítko…',
  preview: 'Podací razítko {{referenceNumber}}',
  save: 'Uložit PDF',
  print: 'Tisknout',
  saved: 'Podací razítko bylo uloženo.',
  size: 'Rozměr štítku {{width}} × {{height}} mm; tiskne se ve skutečné velikosti.',
};
