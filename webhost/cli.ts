import { parseArgs } from 'node:util';
import { launchWebApp } from './launch';
import { defaultWebDataDir } from './paths';

export const DEFAULT_PORT = 5180;
const USAGE = 'Použití: npm start -- [--port N] [--data SLOŽKA] [--no-demo]';

export interface CliOptions {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
}

/** Reads `--port N --host H --data DIR --no-demo`; throws a Czech message on bad input. */
export function parseCliOptions(argv: string[]): CliOptions {
  let values: { port?: string; host?: string; data?: string; 'no-demo'?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'no-demo': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new Error(
      `Neplatné argumenty (${error instanceof Error ? error.message : String(error)}). ${USAGE}`,
    );
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Neplatný port „${values.port}“: zadejte celé číslo 0–65535.`);
  }
  const host = values.host ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    // The host serves one clerk's data without login; it never listens beyond this PC.
    throw new Error(
      `Adresa „${host}“ není povolena: aplikace naslouchá jen na tomto počítači (127.0.0.1).`,
    );
  }
  return { port, host, dataDir: values.data ?? defaultWebDataDir(), demo: !values['no-demo'] };
}

export async function runWebCli(
  argv: string[],
  announce: (url: string) => void,
): Promise<() => Promise<void>> {
  const options = parseCliOptions(argv);
  const app = await launchWebApp(options);
  announce(app.host.url);
  return app.close;
}
