import type { AppConfig, AppConfigPatch } from '../../../common/contract/types';
import type { ValidationIssue } from '../../../common/domain/validation';
import { checkRegisterUrl } from './registerUrl';
import { checkScanFolder } from './scanFolderPath';

/** The conversion settings as the form holds them. */
export interface ConversionDraft {
  registerUrl: string;
  scanFolder: string;
}

export type ConversionPatch = Required<
  Pick<AppConfigPatch, 'conversionRegisterUrl' | 'scanFolder'>
>;

export function conversionDraftOf(config: AppConfig): ConversionDraft {
  return {
    registerUrl: config.conversionRegisterUrl ?? '',
    scanFolder: config.scanFolder ?? '',
  };
}

/** The patch to save, or every problem found; nothing is saved while one remains. */
export function checkConversionDraft(
  draft: ConversionDraft,
): { ok: true; patch: ConversionPatch } | { ok: false; issues: ValidationIssue[] } {
  const url = checkRegisterUrl(draft.registerUrl);
  const folder = checkScanFolder(draft.scanFolder);
  if (url.ok && folder.ok)
    return { ok: true, patch: { conversionRegisterUrl: url.value, scanFolder: folder.value } };
  const issues: ValidationIssue[] = [];
  if (!url.ok) issues.push(url.issue);
  if (!folder.ok) issues.push(folder.issue);
  return { ok: false, issues };
}

/** Whether the folder in the form is the saved one (the check looks at the saved folder). */
export function folderSaved(config: AppConfig, draft: ConversionDraft): boolean {
  return (config.scanFolder ?? '') === draft.scanFolder.trim();
}
