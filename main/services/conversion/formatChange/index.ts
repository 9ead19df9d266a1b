/** § 69a zákona 499/2004 Sb.: a component to PDF/A-2b with the § 24 clause of vyhláška 259/2012 Sb. */
export {
  changeFormat,
  formatChangeContent,
  FORMAT_CHANGE_HEADING,
  OUTPUT_FORMAT,
  type FormatChangeDeps,
  type FormatChangeInput,
  type ImagesToPdfA,
} from './changeFormat';
export { detectFormat, type DetectedFormat } from './detectFormat';
