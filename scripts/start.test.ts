import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_PREFIX, TOKEN_HEADER, TOKEN_META } from '../common/contract/http';

describe('npm start without Electron’s runtime', () => {
  it('says so in one line and serves the app with the demo on a loopback port', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-start-'));
    // An empty override directory makes the runtime absent on any machine, also on
    // one where Electron is installed (the test would otherwise open its window).
    const noElectron = await mkdtemp(join(tmpdir(), 'uradovna-no-electron-'));
    // Node itself runs the script (no npx wrapper in between), so the signal below
    // reaches the server and nothing is left running after the test.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', '--port', '0', '--data', dataDir],
      {
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noElectron },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 170_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /not installed.*(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      const lines = output.split('\n').filter((text) => text.includes('not installed'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^Electron's runtime is not installed here.*http:\/\/127\.0\.0\.1:\d+$/,
      );
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<div id="root">');

      // The demo: the simulator runs in the same process and serves the seeded municipality.
      const token = new RegExp(`<meta name="${TOKEN_META}" content="([0-9a-f]+)"`).exec(html)?.[1];
      expect(token).toBeDefined();
      const call = async (method: string) => {
        const response = await fetch(`${url}${API_PREFIX}${method}`, {
          method: 'POST',
          headers: { [TOKEN_HEADER]: token ?? '', 'Content-Type': 'application/json' },
          body: '{}',
        });
        return (await response.json()) as { ok: boolean; value: Record<string, unknown> };
      };
      const info = await call('app.getInfo');
      expect(info).toMatchObject({
        ok: true,
        value: {
          platform: 'web',
          demo: true,
          simUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        },
      });
      const health = (await (await fetch(`${String(info.value.simUrl)}/health`)).json()) as {
        status: string;
      };
      expect(health.status).toBe('ok');
      const seed = (await call('demo.loadSeed')).value as {
        organization: { name: string; abbreviation: string };
        documents: unknown[];
      };
      expect(seed.organization).toMatchObject({ name: 'Obec Horní Lhota', abbreviation: 'OUHL' });
      expect(seed.documents.length).toBeGreaterThanOrEqual(2000);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise((resolve) => child.on('exit', resolve));
      }
      await rm(dataDir, { recursive: true, force: true });
      await rm(noElectron, { recursive: true, force: true });
    }
  }, 180_000);
});
