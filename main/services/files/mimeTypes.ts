/**
 * Content types of the files a built renderer consists of. Served with
 * `X-Content-Type-Options: nosniff`, so a wrong type breaks the file instead of
 * letting the browser guess; anything unknown goes out as opaque bytes.
 */
const typesByExtension: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  icc: 'application/vnd.iccprofile',
};

export const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

export function contentTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return FALLBACK_CONTENT_TYPE;
  return typesByExtension[fileName.slice(dot + 1).toLowerCase()] ?? FALLBACK_CONTENT_TYPE;
}
