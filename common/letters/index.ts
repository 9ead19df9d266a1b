export * from './model';
export * from './schemas';
export * from './messages';
export { parseLetterBody, parseInline, letterBodyPlainText } from './bodyMarkup';
export {
  defaultLetterTemplates,
  type DefaultTemplateOptions,
  type TemplateOrganization,
} from './defaults';
export { formatLetterDate, attachmentsHeading } from './format';
export { sniffLogoMime } from './logo';
export { cleanLine, splitLines } from './text';
