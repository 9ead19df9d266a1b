/** PDF/A assertions for tests: the whole check (see check/), one Preflight run per call. Used by tests only. */
import { checkPdfaBytes, type FileReport } from './check/checkPdfa';
import { formatReport } from './check/report';

export interface NamedPdf {
  name: string;
  pdf: Uint8Array;
}

/** Resolves with the reports when every file passes; rejects with the Czech report otherwise. */
export async function assertPdfA(pdfs: NamedPdf[]): Promise<FileReport[]> {
  const reports = await checkPdfaBytes(pdfs);
  if (reports.some((report) => !report.ok)) throw new Error(formatReport(reports));
  return reports;
}
