import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseXml, type XmlElement } from '../../../../../common/nsesss/xml';
import { runTool, type CheckTools } from './tools';

export interface PreflightResult {
  valid: boolean;
  /** Czech lines, one per error PDFBox reported. */
  errors: string[];
  /** What PDFBox says it spent on the file. */
  milliseconds: number | null;
}

/** PDFBox Preflight's error codes start with the area of ISO 19005-1 they concern. */
const AREAS: Record<string, string> = {
  '1': 'syntaxe',
  '2': 'grafika a barvy',
  '3': 'písma',
  '4': 'průhlednost',
  '5': 'anotace',
  '6': 'akce',
  '7': 'metadata',
  '8': 'zpracování',
};

const child = (element: XmlElement, name: string) =>
  element.children.find((candidate) => candidate.name === name);

function describeError(error: XmlElement): string {
  const code = child(error, 'code')?.text.trim() ?? '?';
  const details = child(error, 'details')?.text.trim() ?? '';
  const page = child(error, 'page')?.text.trim();
  const where = page !== undefined && page !== '' ? `, strana ${Number(page) + 1}` : '';
  return `chyba ${code} (${AREAS[code.charAt(0)] ?? 'jiné'}${where}): ${details}`;
}

/**
 * Validates PDF/A-1b files with PDFBox Preflight in one JVM: the Debian build's
 * Validator_A1b takes a list file in "group" mode and writes one XML report for all
 * files beside the list (`<list>.preflight.xml`), each file under its base name —
 * so the files must have distinct base names. Its exit code says nothing about the
 * files; the report does.
 */
export async function runPreflight(
  tools: CheckTools,
  files: string[],
  workDir: string,
): Promise<Map<string, PreflightResult>> {
  const results = new Map<string, PreflightResult>();
  if (files.length === 0) return results;
  const names = new Set(files.map((file) => basename(file)));
  if (names.size !== files.length) throw new Error('Preflight: files need distinct base names');

  const list = join(workDir, 'preflight-list.txt');
  await writeFile(list, `${files.join('\n')}\n`);
  const run = await runTool(tools.commands.java, [
    '-Djava.awt.headless=true',
    '-cp',
    tools.classPath,
    'org.apache.pdfbox.preflight.Validator_A1b',
    'xml',
    'group',
    list,
  ]);
  let xml: string;
  try {
    xml = await readFile(`${list}.preflight.xml`, 'utf8');
  } catch {
    throw new Error(`PDFBox Preflight nevytvořil zprávu (kód ${run.code}): ${run.stderr.trim()}`);
  }
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(`Zprávu PDFBox Preflight nelze přečíst: ${parsed.error.detail}`);

  for (const preflight of parsed.root.children.filter((c) => c.name === 'preflight')) {
    const name = preflight.attributes.name ?? '';
    const file = files.find((candidate) => basename(candidate) === name);
    if (!file) continue;
    const errors = child(preflight, 'errors')?.children.filter((c) => c.name === 'error') ?? [];
    const valid = child(preflight, 'isValid')?.text.trim() === 'true';
    const time = Number(child(preflight, 'executionTimeMS')?.text.trim());
    results.set(file, {
      valid,
      errors: valid
        ? []
        : errors.length > 0
          ? errors.map(describeError)
          : ['PDFBox soubor odmítl bez udání důvodu'],
      milliseconds: Number.isFinite(time) ? time : null,
    });
  }
  for (const file of files) {
    if (!results.has(file)) {
      results.set(file, {
        valid: false,
        errors: ['PDFBox Preflight soubor nezpracoval'],
        milliseconds: null,
      });
    }
  }
  return results;
}
