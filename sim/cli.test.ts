import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

/**
 * Runs the CLI as `node --import tsx sim/cli.ts` — what `npx tsx sim/cli.ts` does, but
 * as one process, so a signal reaches the sim itself and not only a wrapper.
 */
function runCli(args: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sim/cli.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

function collect(stream: NodeJS.ReadableStream | null): { text: () => string } {
  let text = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    text += chunk;
  });
  return { text: () => text };
}

function waitForUrl(child: ChildProcess, output: { text: () => string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL printed; output: ${output.text()}`)),
      20_000,
    );
    const check = () => {
      const line = output
        .text()
        .split('\n')
        .find((candidate) => candidate.startsWith('Simulátor Úřadovny běží na '));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim().split(' ').at(-1) ?? '');
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sim exited with ${code}: ${output.text()}`));
    });
  });
}

function exitOf(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

describe('sim CLI', () => {
  it('prints its URL with the health and seed endpoints, serves them, records sim.json and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-sim-cli-'));
    try {
      const child = runCli(['--port', '0', '--data', dataDir, '--documents', '100']);
      const stdout = collect(child.stdout);
      const url = await waitForUrl(child, stdout);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      const health = (await (await fetch(`${url}/health`)).json()) as { status: string };
      expect(health.status).toBe('ok');
      expect(stdout.text().split('\n')).toContain(
        `Stav: ${url}/health, ukázková obec: ${url}/demo/seed`,
      );
      const seed = (await (await fetch(`${url}/demo/seed`)).json()) as { documents: unknown[] };
      expect(seed.documents).toHaveLength(100);
      const state = JSON.parse(await readFile(join(dataDir, 'sim.json'), 'utf8')) as {
        url: string;
      };
      expect(state.url).toBe(url);

      child.kill('SIGTERM');
      expect(await exitOf(child)).toEqual({ code: 0, signal: null });
      await expect(stat(join(dataDir, 'sim.json'))).rejects.toThrow();
      await expect(fetch(`${url}/health`)).rejects.toThrow();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('stops on SIGINT too', async () => {
    const child = runCli(['--port', '0', '--documents', '10']);
    const stdout = collect(child.stdout);
    await waitForUrl(child, stdout);
    child.kill('SIGINT');
    expect(await exitOf(child)).toEqual({ code: 0, signal: null });
  });

  it.each([['abc'], ['70000']])(
    'refuses --port %s with exit code 2 and a Czech message',
    async (port) => {
      // Exactly as the README tells people to run it.
      const child = spawn('npx', ['tsx', 'sim/cli.ts', '--port', port], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      const stderr = collect(child.stderr);
      const stdout = collect(child.stdout);
      const { code } = await exitOf(child);
      expect(code).toBe(2);
      expect(stderr.text()).toContain(`Neplatná hodnota --port: „${port}“`);
      expect(stderr.text()).toContain('Port musí být celé číslo od 0 do 65535.');
      expect(stdout.text()).not.toContain('běží na');
    },
  );
});
