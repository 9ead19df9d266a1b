import { describe, expect, it } from 'vitest';
import { FALLBACK_CONTENT_TYPE, contentTypeFor } from './mimeTypes';

describe('contentTypeFor', () => {
  it('names the types of a built renderer', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('index-ab12.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('pdf.worker.min.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('index.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('DejaVuSans.woff2')).toBe('font/woff2');
    expect(contentTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('decoder.wasm')).toBe('application/wasm');
  });

  it('sends unknown or extensionless files as opaque bytes', () => {
    expect(contentTypeFor('data.bcmap')).toBe(FALLBACK_CONTENT_TYPE);
    expect(contentTypeFor('LICENSE')).toBe(FALLBACK_CONTENT_TYPE);
  });
});
