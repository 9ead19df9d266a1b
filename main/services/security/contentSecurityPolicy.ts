/**
 * The one Content-Security-Policy of the app, sent as a response header by whoever
 * serves the renderer (the shell's `app://` protocol, the browser host). Everything
 * comes from the app's own origin: no remote origins, no inline or eval'd script,
 * so that text from a data message can never become code. `blob:`/`data:` images
 * and `blob:` workers are for scan previews and the PDF viewer's worker.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
