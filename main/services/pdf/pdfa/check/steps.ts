import { runTool, type CheckTools } from './tools';

/** One part of the check of one file; `details` are Czech sentences (problems when not ok). */
export interface StepResult {
  step: 'qpdf' | 'fonts' | 'info' | 'xmp' | 'preflight';
  ok: boolean;
  details: string[];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

export async function qpdfStep(tools: CheckTools, file: string): Promise<StepResult> {
  const result = await runTool(tools.commands.qpdf, ['--check', file]);
  if (result.code === 0) return { step: 'qpdf', ok: true, details: ['bez chyb'] };
  const kind = result.code === 3 ? 'varování' : 'chyby';
  const report = lines(`${result.stdout}\n${result.stderr}`).filter(
    (line) => !line.startsWith('checking ') && !line.startsWith('PDF Version'),
  );
  return {
    step: 'qpdf',
    ok: false,
    details: [`qpdf --check hlásí ${kind} (kód ${result.code}):`, ...report.slice(0, 20)],
  };
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

/** The table pdffonts prints: name, type…, encoding, emb, sub, uni, object, generation. */
export function parsePdffonts(output: string): FontRow[] {
  const rows = output.split('\n');
  const start = rows.findIndex((line) => line.startsWith('---'));
  if (start < 0) return [];
  return rows
    .slice(start + 1)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const tokens = line.trim().split(/\s+/);
      return {
        name: tokens[0] ?? '',
        type: tokens.slice(1, -6).join(' '),
        embedded: tokens[tokens.length - 5] === 'yes',
      };
    });
}

export async function fontsStep(tools: CheckTools, file: string): Promise<StepResult> {
  const result = await runTool(tools.commands.pdffonts, [file]);
  if (result.code !== 0) {
    return { step: 'fonts', ok: false, details: [`pdffonts selhal: ${result.stderr.trim()}`] };
  }
  const fonts = parsePdffonts(result.stdout);
  const missing = fonts.filter((font) => !font.embedded);
  if (missing.length > 0) {
    return {
      step: 'fonts',
      ok: false,
      details: missing.map((font) => `písmo „${font.name}“ (${font.type}) není vložené`),
    };
  }
  return {
    step: 'fonts',
    ok: true,
    details: [fonts.length === 0 ? 'bez písem' : `${fonts.length}, všechna vložená`],
  };
}

/** pdfinfo's "Key: value" lines, dates in ISO 8601. */
export async function readPdfinfo(
  tools: CheckTools,
  file: string,
): Promise<{ info: Record<string, string> } | { error: string }> {
  const result = await runTool(tools.commands.pdfinfo, ['-enc', 'UTF-8', '-isodates', file]);
  if (/incorrect password/i.test(result.stderr)) {
    return { error: 'soubor je šifrovaný heslem (pdfinfo jej bez hesla neotevře)' };
  }
  if (result.code !== 0) return { error: `pdfinfo selhal: ${result.stderr.trim() || result.code}` };
  const info: Record<string, string> = {};
  for (const line of result.stdout.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) info[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { info };
}

export function infoStep(info: Record<string, string>): StepResult {
  const problems: string[] = [];
  if (info.Encrypted !== 'no') problems.push(`soubor je šifrovaný (${info.Encrypted ?? '?'})`);
  const pages = Number(info.Pages ?? '0');
  if (!(pages > 0)) problems.push('soubor nemá žádnou stránku');
  if (info.JavaScript === 'yes') problems.push('soubor obsahuje JavaScript');
  if (problems.length > 0) return { step: 'info', ok: false, details: problems };
  return { step: 'info', ok: true, details: [`stran: ${pages}, nešifrováno`] };
}

export async function readXmp(tools: CheckTools, file: string): Promise<string> {
  const result = await runTool(tools.commands.pdfinfo, ['-meta', file]);
  return result.code === 0 ? result.stdout : '';
}
