import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start without Electron’s runtime', () => {
  it('says so in one line and serves the app on a loopback port', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-start-'));
    // Node itself runs the script (no npx wrapper in between), so the signal below
    // reaches the server and nothing is left running after the test.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', '--port', '0', '--data', dataDir],
      {
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' },
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
      const line = output.split('\n').find((text) => text.includes('not installed'));
      expect(line).toMatch(/^Electron's runtime is not installed here.*http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
