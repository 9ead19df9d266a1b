import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(here).filter(
  (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
);

/**
 * The browser benchmark imports the generator directly; a Node or DOM dependency here
 * would break it only there, far from the change that caused it.
 */
describe('sim/seed stays platform-free', () => {
  it.each(sources)('%s imports only common/ and its siblings', (name) => {
    const text = readFileSync(join(here, name), 'utf8');
    const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'/g)].map(
      (match) => match[1] ?? match[2] ?? '',
    );
    for (const specifier of specifiers) {
      expect(specifier.startsWith('./') || specifier.startsWith('../../common/'), specifier).toBe(
        true,
      );
    }
    expect(text).not.toMatch(/\b(process|Buffer|require|window|document|localStorage)\s*[.(]/);
  });
});
