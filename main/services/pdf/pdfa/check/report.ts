import type { FileReport } from './checkPdfa';
import type { StepResult } from './steps';

const STEP_LABEL: Record<StepResult['step'], string> = {
  qpdf: 'struktura (qpdf --check)',
  fonts: 'písma (pdffonts)',
  info: 'vlastnosti (pdfinfo)',
  xmp: 'metadata XMP',
  preflight: 'PDFBox Preflight na dvojčeti PDF/A-1b',
};

/** The check's result as the user reads it, in Czech. */
export function formatReport(reports: FileReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    out.push(`${report.file}: ${report.ok ? 'VYHOVUJE' : 'NEVYHOVUJE'}`);
    for (const step of report.steps) {
      const [first = '', ...rest] = step.details;
      out.push(`  ${step.ok ? '✓' : '✗'} ${STEP_LABEL[step.step]}: ${first}`);
      for (const line of rest) out.push(`      ${line}`);
    }
  }
  const passed = reports.filter((report) => report.ok).length;
  out.push('', `PDF/A: vyhovuje ${passed} z ${reports.length} souborů.`);
  return out.join('\n');
}
