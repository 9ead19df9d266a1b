import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIM_VERSION } from './version';

describe('SIM_VERSION', () => {
  it('follows the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(SIM_VERSION).toBe(pkg.version);
  });
});
