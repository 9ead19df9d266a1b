import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../webhost/paths';

/**
 * Runs a bench child (`node <args>`) that prints one JSON line as its last output, for
 * figures a fresh process must give (peak memory of one piece of work).
 */
export function runJsonChild<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      // A bundle in a scratch folder still finds the native addons it leaves external.
      env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1);
      if (code !== 0 || !last) {
        reject(new Error(`the bench child exited with ${code}:\n${err.slice(-2000)}`));
        return;
      }
      resolve(JSON.parse(last) as T);
    });
  });
}

/** The child as one CommonJS file in `dir`, the way scripts/buildMain.ts bundles the app's main. */
export async function bundleChild(entry: string, dir: string): Promise<string> {
  const outfile = join(dir, 'child.cjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['electron', 'pkcs11js', 'sharp'],
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
  });
  return outfile;
}
