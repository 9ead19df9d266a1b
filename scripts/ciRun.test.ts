import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredTools } from './requiredTools';

/**
 * `.ci/run` is what CI executes on a clean Debian clone; it cannot be run here (it
 * installs system packages), so its commands are read and checked: a tool the suite
 * needs that CI does not install would only show up as a red CI run.
 */
const script = readFileSync('.ci/run', 'utf8');

/** The script's commands, one per entry: comments dropped, continued lines joined. */
const commands = script
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
  .filter((line) => line !== '');

function indexOfCommand(pattern: RegExp): number {
  return commands.findIndex((command) => pattern.test(command));
}

const installIndex = indexOfCommand(/\bapt-get install -y\b/);
const installed = new Set(
  (commands[installIndex] ?? '')
    .slice((commands[installIndex] ?? '').indexOf('install -y') + 'install -y'.length)
    .split(/\s+/)
    .filter((word) => word !== ''),
);

describe('.ci/run', () => {
  it('is an executable bash script that stops at the first failure', () => {
    expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(commands).toContain('set -euo pipefail');
    if (process.platform !== 'win32') expect(statSync('.ci/run').mode & 0o111).not.toBe(0);
  });

  it('updates the package lists, then installs the packages the issue names and a font', () => {
    expect(installIndex).toBeGreaterThan(indexOfCommand(/\bapt-get update\b/));
    expect(indexOfCommand(/\bapt-get update\b/)).toBeGreaterThanOrEqual(0);
    for (const name of ['chromium', 'qpdf', 'poppler-utils', 'libxml2-utils']) {
      expect(installed, name).toContain(name);
    }
    expect([...installed].some((name) => name.startsWith('fonts-'))).toBe(true);
  });

  it('installs the Debian package of every tool npm test checks for', () => {
    const needed = new Set(requiredTools.map((tool) => tool.debianPackage));
    expect([...needed].filter((name) => !installed.has(name))).toEqual([]);
  });

  it('then runs npm ci and npm test, in that order', () => {
    const ci = commands.indexOf('npm ci');
    const test = commands.indexOf('npm test');
    expect(ci).toBeGreaterThan(installIndex);
    expect(test).toBeGreaterThan(ci);
  });
});
