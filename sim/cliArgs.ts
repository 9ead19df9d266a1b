import { parseArgs } from 'node:util';
import { FAULT_KIND_HELP, faultKinds, parseFaults } from './essl';
import type { SimOptions } from './server';

export const DEFAULT_SIM_PORT = 5181;
const MAX_DOCUMENTS = 1_000_000;

export const USAGE = `Použití: npm run sim -- [--port N] [--host H] [--data ADRESÁŘ] [--documents N] [--seed N] [--today ISO-DATUM] [--faults rate=R,kinds=K1,K2] [--isds-tls-port N]

  --port N          port simulátoru (výchozí ${DEFAULT_SIM_PORT}; 0 = libovolný volný)
  --host H          adresa, na které simulátor naslouchá (výchozí 127.0.0.1)
  --data ADRESÁŘ    adresář pro stav simulátoru (sim.json, accounts.json, essl/; stav přežije restart)
  --documents N     počet dokumentů v ukázkovém podacím deníku (výchozí 2000)
  --seed N          semínko generátoru ukázkových dat
  --today DATUM     „dnešek“ ukázkových dat, např. 2026-05-14 nebo 2026-05-14T10:00:00Z
  --isds-tls-port N port HTTPS pro přihlášení certifikátem do ISDS (výchozí 0 = libovolný volný)
  --faults SPEC     simulované chyby eSSL i ISDS, např. rate=0.1,kinds=500,timeout,html
                    (rate = podíl požadavků 0–1, výchozí 0.1; kinds = druhy, výchozí všechny kromě drop):
${faultKinds.map((kind) => `                      ${kind.padEnd(10)} ${FAULT_KIND_HELP[kind]}`).join('\n')}
  --help            tato nápověda`;

export type CliParse =
  | { kind: 'run'; options: SimOptions & { port: number } }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

function integer(
  raw: string,
  name: string,
  min: number,
  max: number,
  hint: string,
): number | string {
  if (!/^\d+$/.test(raw.trim())) return `Neplatná hodnota --${name}: „${raw}“. ${hint}`;
  const value = Number(raw.trim());
  if (value < min || value > max) return `Neplatná hodnota --${name}: „${raw}“. ${hint}`;
  return value;
}

/** Node's parseArgs speaks English; the user gets the same failure in Czech. */
function czechParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Neznámý přepínač ${quoted}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = quoted.split(' ')[0] ?? quoted;
      if (message.includes('ambiguous')) {
        return `Hodnota přepínače ${option} začíná pomlčkou; zadejte ji jako ${option}=HODNOTA.`;
      }
      return `Přepínač ${option} vyžaduje hodnotu.`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Nečekaný argument ${quoted}.`;
    default:
      return `Neplatné argumenty: ${message}`;
  }
}

/** Turns the command line into sim options, or a Czech message explaining what is wrong. */
export function parseCliArgs(argv: ReadonlyArray<string>): CliParse {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        documents: { type: 'string' },
        seed: { type: 'string' },
        today: { type: 'string' },
        faults: { type: 'string' },
        'isds-tls-port': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: czechParseError(error) };
  }
  if (values.help) return { kind: 'help' };

  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const options: SimOptions & { port: number } = { port: DEFAULT_SIM_PORT };

  const port = text('port');
  if (port !== undefined) {
    const parsed = integer(port, 'port', 0, 65535, 'Port musí být celé číslo od 0 do 65535.');
    if (typeof parsed === 'string') return { kind: 'error', message: parsed };
    options.port = parsed;
  }
  const host = text('host');
  if (host !== undefined) {
    if (host.trim() === '') return { kind: 'error', message: 'Adresa --host nesmí být prázdná.' };
    options.host = host.trim();
  }
  const data = text('data');
  if (data !== undefined) {
    if (data.trim() === '') return { kind: 'error', message: 'Adresář --data nesmí být prázdný.' };
    options.dataDir = data;
  }
  const documents = text('documents');
  if (documents !== undefined) {
    const parsed = integer(
      documents,
      'documents',
      0,
      MAX_DOCUMENTS,
      `Počet dokumentů musí být celé číslo od 0 do ${MAX_DOCUMENTS.toLocaleString('cs-CZ')}.`,
    );
    if (typeof parsed === 'string') return { kind: 'error', message: parsed };
    options.documents = parsed;
  }
  const seed = text('seed');
  if (seed !== undefined) {
    const parsed = integer(
      seed,
      'seed',
      0,
      0xffffffff,
      'Semínko musí být celé nezáporné číslo (nejvýše 4294967295).',
    );
    if (typeof parsed === 'string') return { kind: 'error', message: parsed };
    options.seed = parsed;
  }
  const today = text('today');
  if (today !== undefined) {
    const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(today) ? `${today}T12:00:00Z` : today);
    if (!/^\d{4}-\d{2}-\d{2}/.test(today) || Number.isNaN(parsed.getTime())) {
      return {
        kind: 'error',
        message: `Neplatné datum --today: „${today}“. Zadejte např. 2026-05-14.`,
      };
    }
    options.today = parsed;
  }
  const isdsTlsPort = text('isds-tls-port');
  if (isdsTlsPort !== undefined) {
    const parsed = integer(
      isdsTlsPort,
      'isds-tls-port',
      0,
      65535,
      'Port musí být celé číslo od 0 do 65535.',
    );
    if (typeof parsed === 'string') return { kind: 'error', message: parsed };
    options.isdsTlsPort = parsed;
  }
  const faults = text('faults');
  if (faults !== undefined) {
    const parsed = parseFaults(faults);
    if (!parsed.ok) return { kind: 'error', message: parsed.message };
    options.faults = parsed.value;
  }
  return { kind: 'run', options };
}
