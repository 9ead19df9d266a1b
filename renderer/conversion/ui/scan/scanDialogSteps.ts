/**
 * The dialog's steps that call main and the database. Each answers with the action the
 * reducer applies, so a failure never leaves half a change: the previous files and
 * pages stay when added files are refused, and nothing is written when the build fails.
 */
import type { TFunction } from 'i18next';
import type { Api } from '../../../../common/contract/api';
import { checkConversionFields } from '../../../../common/domain/conversionRules';
import { officeDateString } from '../../../../common/domain/time';
import type { ValidationIssue } from '../../../../common/domain/validation';
import { CommandError } from '../../../db/errors';
import type { UradovnaDatabase } from '../../../db/schema';
import { errorText } from '../../../i18n';
import { preparePaperToElectronic } from '../../db/prepareConversion';
import { needsColourReason, outputRequest } from './pageList';
import { conversionFieldsOf } from '../registerForm';
import { addFiles, type ScanInputFile } from './scanFiles';
import type { ScanDialogAction, ScanDialogState } from './scanDialogState';

/** The calls the dialog makes to main (the contract, narrowed for tests). */
export type ScanConversionPort = Pick<Api, 'conversion.inspectScans' | 'conversion.buildScanPdf'>;

const contractFiles = (files: readonly ScanInputFile[]) =>
  files.map(({ name, bytes }) => ({ name, bytes }));

/** Adds files: checked against the limits, then all files inspected again by main. */
export async function addScansStep(
  port: ScanConversionPort,
  current: readonly ScanInputFile[],
  added: readonly ScanInputFile[],
  t: TFunction,
): Promise<ScanDialogAction> {
  const checked = addFiles(current, added);
  if (!checked.ok) return { type: 'addRefused', failure: null, issues: checked.issues };
  try {
    const inspection = await port['conversion.inspectScans']({
      files: contractFiles(checked.files),
    });
    return { type: 'added', files: checked.files, inspection, issues: [] };
  } catch (error) {
    return { type: 'addRefused', failure: errorText(t, error), issues: [] };
  }
}

export interface SubmitContext {
  db: UradovnaDatabase;
  port: ScanConversionPort;
  pid: string;
  /** The output's title (its PDF metadata). */
  title: string;
  t: TFunction;
  now?: Date;
}

/**
 * "Připravit konverzi": the fields checked by the domain rule, the pages built by main
 * in the chosen order, turn and mode, and the conversion written to wait for its number.
 */
export async function submitStep(
  state: Pick<ScanDialogState, 'files' | 'pages' | 'form'>,
  context: SubmitContext,
): Promise<ScanDialogAction> {
  const { files, pages, form } = state;
  const now = context.now ?? new Date();
  const fields = conversionFieldsOf(form, {
    pages: pages.length,
    needsColourReason: needsColourReason(pages),
  });
  const issues: ValidationIssue[] = [];
  if (pages.length === 0)
    issues.push({ path: 'pages', message: 'conversionScan.validation.noPages' });
  const checked = checkConversionFields(fields, officeDateString(now));
  if (!checked.ok) issues.push(...checked.issues);
  if (issues.length > 0) return { type: 'invalid', issues };

  try {
    const request = outputRequest(files, pages);
    const built = await context.port['conversion.buildScanPdf']({
      files: contractFiles(request.files),
      pages: request.pages,
      title: context.title,
    });
    const conversionId = await preparePaperToElectronic(
      context.db,
      { pid: context.pid, pdf: new Uint8Array(built.pdf), pages: built.pages, fields },
      { now },
    );
    return { type: 'prepared', conversionId, pages: built.pages, notices: built.notices };
  } catch (error) {
    if (error instanceof CommandError && error.code === 'errors.validation' && error.issues.length)
      return { type: 'invalid', issues: error.issues };
    return { type: 'failed', failure: errorText(context.t, error) };
  }
}
