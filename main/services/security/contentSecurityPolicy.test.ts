import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const parsed = directives(CONTENT_SECURITY_POLICY);

  it('allows no inline or evaluated code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval/,
    );
  });

  it('names no remote origin and no wildcard', () => {
    for (const [name, sources] of parsed) {
      for (const source of sources) {
        expect(["'self'", "'none'", 'blob:', 'data:'], `${name} allows ${source}`).toContain(
          source,
        );
      }
    }
  });

  it('restricts scripts to the app and forbids plugins, base and forms', () => {
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('style-src')).toEqual(["'self'"]);
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('form-action')).toEqual(["'none'"]);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsed.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(parsed.get('worker-src')).toEqual(["'self'", 'blob:']);
  });
});
