export { checkPdfaBytes, checkPdfaFiles, type CheckOptions, type FileReport } from './checkPdfa';
export { formatReport } from './report';
export type { StepResult } from './steps';
export {
  MissingToolsError,
  PREFLIGHT_JARS,
  COMMAND_PACKAGES,
  requireCheckTools,
  type CheckTools,
} from './tools';
