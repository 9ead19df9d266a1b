import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run dist', () => {
  it("stops with one clear line and exit code 1 when Electron's runtime is absent", async () => {
    // An empty override directory makes the runtime absent on any machine.
    const empty = await mkdtemp(join(tmpdir(), 'uradovna-no-electron-'));
    try {
      const outcome = await run(process.execPath, ['--import', 'tsx', 'scripts/dist.ts'], {
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
        timeout: 60_000,
      }).then(
        () => ({ code: 0, stdout: '', stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toBe(
        "npm run dist needs Electron's runtime, which is not installed here (node_modules/electron/dist is missing); run it on a machine where Electron installs fully.\n",
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
