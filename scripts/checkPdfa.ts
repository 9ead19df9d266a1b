/**
 * `npm run check-pdfa -- FILE…`: checks that PDF files are PDF/A (see
 * main/services/pdf/pdfa/check) and prints a Czech report. Exit code 1 when any file
 * fails or the tools are missing, 2 when no file was given.
 */
import { resolve } from 'node:path';
import {
  checkPdfaFiles,
  formatReport,
  MissingToolsError,
} from '../main/services/pdf/pdfa/check/index';

async function main(args: string[]): Promise<number> {
  if (args.length === 0) {
    console.error('Použití: npm run check-pdfa -- SOUBOR.pdf [SOUBOR.pdf …]');
    return 2;
  }
  try {
    const reports = await checkPdfaFiles(args.map((file) => resolve(file)));
    console.log(
      formatReport(
        reports.map((report, index) => ({ ...report, file: args[index] ?? report.file })),
      ),
    );
    return reports.every((report) => report.ok) ? 0 : 1;
  } catch (error) {
    if (error instanceof MissingToolsError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Kontrola PDF/A selhala:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
