/**
 * The command-line PDF tools the tests check our output with (qpdf and poppler's
 * pdftotext / pdffonts / pdfinfo / pdftoppm). A missing tool fails the test with the
 * Debian package to install, rather than skipping what it was meant to prove.
 * Used by tests only.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { GrayImage } from './code128Reader';

/** Returns the tool's path, or throws the Czech message naming the package to install. */
export function requireTool(command: string, debianPackage: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error(
    `Nástroj ${command} chybí — nainstalujte balíček ${debianPackage} (apt-get install -y ${debianPackage})`,
  );
}

const PACKAGE_OF: Record<string, string> = {
  qpdf: 'qpdf',
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
};

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<RunResult> {
  const path = requireTool(command, PACKAGE_OF[command] ?? command);
  return new Promise((resolve, reject) => {
    execFile(path, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

/** Writes the PDF to a temporary file for the duration of `use`. */
async function withPdfFile<T>(pdf: Uint8Array, use: (file: string, dir: string) => Promise<T>) {
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-pdf-'));
  try {
    const file = join(dir, 'input.pdf');
    await writeFile(file, pdf);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `qpdf --check`; resolves with its report, rejects when qpdf finds errors or warnings. */
export function qpdfCheck(pdf: Uint8Array): Promise<string> {
  return withPdfFile(pdf, async (file) => {
    const result = await run('qpdf', ['--check', file]);
    if (result.code !== 0) {
      throw new Error(
        `qpdf --check skončil kódem ${result.code}:\n${result.stdout}${result.stderr}`,
      );
    }
    return result.stdout;
  });
}

async function mustSucceed(command: string, args: string[]): Promise<string> {
  const result = await run(command, args);
  if (result.code !== 0)
    throw new Error(`${command} skončil kódem ${result.code}: ${result.stderr}`);
  return result.stdout;
}

export interface TextOptions {
  first?: number;
  last?: number;
  /** Keep the physical layout (columns side by side). */
  layout?: boolean;
}

export function pdfText(pdf: Uint8Array, options: TextOptions = {}): Promise<string> {
  return withPdfFile(pdf, (file) => {
    const args = ['-enc', 'UTF-8'];
    if (options.first) args.push('-f', String(options.first));
    if (options.last) args.push('-l', String(options.last));
    if (options.layout) args.push('-layout');
    return mustSucceed('pdftotext', [...args, file, '-']);
  });
}

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageBoxes {
  width: number;
  height: number;
  words: WordBox[];
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every word with its bounding box (`pdftotext -bbox`), page by page; y grows downwards. */
export function pdfWordBoxes(pdf: Uint8Array): Promise<PageBoxes[]> {
  return withPdfFile(pdf, async (file) => {
    const html = await mustSucceed('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-']);
    const pages: PageBoxes[] = [];
    const pageTag = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
    const wordTag =
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g;
    for (const page of html.matchAll(pageTag)) {
      const words = Array.from((page[3] ?? '').matchAll(wordTag), (word) => ({
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
        text: decodeEntities(word[5] ?? ''),
      }));
      pages.push({ width: Number(page[1]), height: Number(page[2]), words });
    }
    return pages;
  });
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The table `pdffonts` prints, one row per font. */
export function pdfFonts(pdf: Uint8Array): Promise<FontRow[]> {
  return withPdfFile(pdf, async (file) => {
    const output = await mustSucceed('pdffonts', [file]);
    const lines = output.split('\n');
    const start = lines.findIndex((line) => line.startsWith('---'));
    return lines
      .slice(start + 1)
      .filter((line) => line.trim().length > 0)
      .map((line) => {
        const tokens = line.trim().split(/\s+/);
        // name type… encoding emb sub uni objectId generation
        const [emb, sub, uni] = tokens.slice(-5, -2);
        return {
          name: tokens[0] ?? '',
          type: tokens.slice(1, -6).join(' '),
          embedded: emb === 'yes',
          subset: sub === 'yes',
          unicode: uni === 'yes',
        };
      });
  });
}

/** `pdfinfo` as a map: Title, Author, Creator, Producer, Pages, Page size, … */
export function pdfInfo(pdf: Uint8Array): Promise<Record<string, string>> {
  return withPdfFile(pdf, async (file) => {
    const output = await mustSucceed('pdfinfo', ['-enc', 'UTF-8', file]);
    const info: Record<string, string> = {};
    for (const line of output.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) info[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    return info;
  });
}

function parsePgm(bytes: Uint8Array): GrayImage {
  // Header: "P5", width, height, maxval, separated by whitespace (comments start with #).
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset] ?? 32))) offset++;
    if (bytes[offset] === 0x23) {
      while (bytes[offset] !== 0x0a) offset++;
      continue;
    }
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[offset] ?? 32))) {
      field += String.fromCharCode(bytes[offset] ?? 32);
      offset++;
    }
    fields.push(field);
  }
  const [magic, width, height, maxValue] = fields;
  if (magic !== 'P5' || maxValue !== '255') throw new Error(`unexpected image format ${magic}`);
  const w = Number(width);
  const h = Number(height);
  return { width: w, height: h, pixels: bytes.subarray(offset + 1, offset + 1 + w * h) };
}

/** The first page as an 8-bit grey image at `dpi`, without anti-aliasing (as a printer). */
export function rasterizeFirstPage(pdf: Uint8Array, dpi: number): Promise<GrayImage> {
  return withPdfFile(pdf, async (file, dir) => {
    const base = join(dir, 'page');
    const args = ['-gray', '-r', String(dpi), '-aa', 'no', '-aaVector', 'no'];
    await mustSucceed('pdftoppm', [...args, '-f', '1', '-l', '1', '-singlefile', file, base]);
    return parsePgm(new Uint8Array(await readFile(`${base}.pgm`)));
  });
}
