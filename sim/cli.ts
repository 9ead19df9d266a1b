import { parseCliArgs, USAGE } from './cliArgs';
import type { SimLogger } from './http/logger';
import { startSim } from './server';

/** Exit code for wrong arguments (as in the Unix tradition of `2` for usage errors). */
const EXIT_USAGE = 2;

const consoleLogger: SimLogger = {
  info: (message, context) => {
    if (message === 'sim.request' && context) {
      console.log(
        `${String(context.method)} ${String(context.path)} ${String(context.status)} ${String(context.ms)} ms`,
      );
    }
  },
  warn: (message, context) => console.warn(message, context ?? ''),
  error: (message, context) => console.error(message, context ?? ''),
};

function startFailure(error: unknown, port: number): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return `Port ${port} je obsazený. Zvolte jiný přepínačem --port.`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return 'Na zadané adrese --host nelze naslouchat.';
  if (code === 'EACCES') return `K portu ${port} nemáte oprávnění. Zvolte port nad 1024.`;
  return `Simulátor se nepodařilo spustit: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(argv: ReadonlyArray<string>): Promise<number | null> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(parsed.message);
    console.error('Nápovědu vypíše: npm run sim -- --help');
    return EXIT_USAGE;
  }

  let sim;
  try {
    sim = await startSim({ ...parsed.options, logger: consoleLogger });
  } catch (error) {
    console.error(startFailure(error, parsed.options.port));
    return 1;
  }
  const running = sim;
  const stop = (signal: NodeJS.Signals) => {
    console.log(`Simulátor Úřadovny končí (${signal}).`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Simulátor se nepodařilo čistě zastavit:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Printed only once the signal handlers stand: whoever waits for this line may stop us at once.
  // The URL is the last token of its own line, so scripts can take it from there.
  console.log(`Simulátor Úřadovny běží na ${sim.url}`);
  console.log(`Stav: ${sim.url}/health, ukázková obec: ${sim.url}/demo/seed`);
  console.log(`eSSL (SOAP): ${sim.url}/erms, účty ukázky: ${sim.url}/demo/accounts`);
  console.log(
    `ISDS (SOAP): ${sim.url}/DS/…, certifikátem ${sim.isdsTlsUrl}/cert/DS/…, účty ukázky: ${sim.url}/demo/isds-accounts`,
  );
  return null;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
