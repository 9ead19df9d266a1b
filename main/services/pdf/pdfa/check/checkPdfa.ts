import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfA1bTwin } from '../twin';
import { runPreflight } from './preflight';
import { fontsStep, infoStep, qpdfStep, readPdfinfo, readXmp, type StepResult } from './steps';
import { requireCheckTools, type CheckTools } from './tools';
import { xmpStep } from './xmpCheck';

export interface FileReport {
  /** The path (or, from `checkPdfaBytes`, the name) of the file. */
  file: string;
  ok: boolean;
  steps: StepResult[];
}

export interface CheckOptions {
  /** Tools already found (see requireCheckTools); found on PATH and in /usr/share/java otherwise. */
  tools?: CheckTools;
  /** Files checked at once by qpdf and poppler (default 2). */
  concurrency?: number;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function mapLimited<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

interface Pending {
  steps: StepResult[];
  twin: string | null;
  twinError: string | null;
}

async function checkTools(tools: CheckTools, file: string, twin: string): Promise<Pending> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const details = [`soubor nelze přečíst: ${message(error)}`];
    return { steps: [{ step: 'info', ok: false, details }], twin: null, twinError: null };
  }
  const [qpdf, fonts, info, xmp] = await Promise.all([
    qpdfStep(tools, file),
    fontsStep(tools, file),
    readPdfinfo(tools, file),
    readXmp(tools, file),
  ]);
  const steps = [qpdf, fonts];
  if ('error' in info) {
    steps.push({ step: 'info', ok: false, details: [info.error] });
  } else {
    steps.push(infoStep(info.info), xmpStep(info.info, xmp));
  }
  try {
    await writeFile(twin, await pdfA1bTwin(bytes));
    return { steps, twin, twinError: null };
  } catch (error) {
    return { steps, twin: null, twinError: message(error) };
  }
}

/**
 * Checks that each file is PDF/A: `qpdf --check` passes, every font is embedded
 * (pdffonts), it is not encrypted and has pages (pdfinfo), its XMP claims PDF/A-1 or
 * -2 and agrees with the Info dictionary, and its PDF/A-1b twin (see twin.ts) passes
 * PDFBox Preflight — all twins in one JVM. Missing tools throw MissingToolsError.
 */
export async function checkPdfaFiles(
  files: string[],
  options: CheckOptions = {},
): Promise<FileReport[]> {
  const tools = options.tools ?? requireCheckTools();
  const workDir = await mkdtemp(join(tmpdir(), 'uradovna-pdfa-'));
  try {
    const pending = await mapLimited(files, options.concurrency ?? 2, (file, index) =>
      checkTools(tools, file, join(workDir, `twin-${index}.pdf`)),
    );
    const twins = pending.flatMap((item) => (item.twin ? [item.twin] : []));
    const preflight = await runPreflight(tools, twins, workDir);
    return files.map((file, index) => {
      const item = pending[index] as Pending;
      const steps = [...item.steps];
      const result = item.twin ? preflight.get(item.twin) : undefined;
      if (item.twinError !== null) {
        steps.push({
          step: 'preflight',
          ok: false,
          details: [`dvojče PDF/A-1b nelze vytvořit: ${item.twinError}`],
        });
      } else if (result) {
        const time = result.milliseconds === null ? '' : ` (${result.milliseconds} ms)`;
        steps.push({
          step: 'preflight',
          ok: result.valid,
          details: result.valid ? [`platné PDF/A-1b${time}`] : result.errors,
        });
      }
      return { file, ok: steps.every((step) => step.ok), steps };
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The same check for PDFs in memory (tests); reports carry the given names. */
export async function checkPdfaBytes(
  pdfs: { name: string; pdf: Uint8Array }[],
  options: CheckOptions = {},
): Promise<FileReport[]> {
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-pdfa-in-'));
  try {
    const files = await Promise.all(
      pdfs.map(async (item, index) => {
        const file = join(dir, `${index}.pdf`);
        await writeFile(file, item.pdf);
        return file;
      }),
    );
    const reports = await checkPdfaFiles(files, options);
    return reports.map((report, index) => ({ ...report, file: pdfs[index]?.name ?? report.file }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
