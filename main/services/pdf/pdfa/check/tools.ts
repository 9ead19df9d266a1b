/**
 * The programs the PDF/A check runs, and the Debian packages that bring them. A
 * missing one stops the check with the packages to install, never with a pass.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const COMMAND_PACKAGES = {
  qpdf: 'qpdf',
  pdffonts: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  java: 'default-jre-headless',
} as const;

export type CheckCommand = keyof typeof COMMAND_PACKAGES;

/** PDFBox Preflight and what it needs on the class path, as Debian installs them. */
export const PREFLIGHT_JARS = {
  'preflight.jar': 'libpdfbox2-java',
  'pdfbox2.jar': 'libpdfbox2-java',
  'xmpbox.jar': 'libpdfbox2-java',
  'fontbox2.jar': 'libfontbox2-java',
  'commons-logging.jar': 'libcommons-logging-java',
  'javax.activation.jar': 'libactivation-java',
  'jaxb-api.jar': 'libjaxb-api-java',
} as const;

const DEBIAN_JAVA_DIR = '/usr/share/java';

export interface CheckTools {
  commands: Record<CheckCommand, string>;
  /** The class path for org.apache.pdfbox.preflight.Validator_A1b. */
  classPath: string;
}

export interface ToolLocations {
  /** Directories to look for the commands in; `PATH` by default. */
  path?: string;
  /** Where the jars are; /usr/share/java by default. */
  javaDir?: string;
}

export class MissingToolsError extends Error {
  readonly packages: string[];
  constructor(missing: { what: string; debianPackage: string }[]) {
    const packages = [...new Set(missing.map((item) => item.debianPackage))];
    super(
      [
        'Kontrolu PDF/A nelze provést, chybí:',
        ...missing.map((item) => `  – ${item.what} (balíček ${item.debianPackage})`),
        `Nainstalujte: apt-get install -y ${packages.join(' ')}`,
      ].join('\n'),
    );
    this.name = 'MissingToolsError';
    this.packages = packages;
  }
}

function isExecutable(file: string, mode = constants.X_OK): boolean {
  try {
    accessSync(file, mode);
    return true;
  } catch {
    return false;
  }
}

function findCommand(command: string, path: string): string | null {
  for (const dir of path.split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return null;
}

/** Finds every command and jar, or throws one error naming all the packages missing. */
export function requireCheckTools(locations: ToolLocations = {}): CheckTools {
  const path = locations.path ?? process.env.PATH ?? '';
  const javaDir = locations.javaDir ?? DEBIAN_JAVA_DIR;
  const missing: { what: string; debianPackage: string }[] = [];
  const commands: Partial<Record<CheckCommand, string>> = {};
  for (const [command, debianPackage] of Object.entries(COMMAND_PACKAGES) as [
    CheckCommand,
    string,
  ][]) {
    const found = findCommand(command, path);
    if (found) commands[command] = found;
    else missing.push({ what: `program ${command}`, debianPackage });
  }
  const jars = Object.keys(PREFLIGHT_JARS).map((jar) => join(javaDir, jar));
  for (const [jar, debianPackage] of Object.entries(PREFLIGHT_JARS)) {
    if (!isExecutable(join(javaDir, jar), constants.R_OK)) {
      missing.push({ what: `knihovna ${join(javaDir, jar)}`, debianPackage });
    }
  }
  if (missing.length > 0) throw new MissingToolsError(missing);
  return { commands: commands as Record<CheckCommand, string>, classPath: jars.join(':') };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program; resolves with its exit code and output (non-zero is not an error here). */
export function runTool(file: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}
