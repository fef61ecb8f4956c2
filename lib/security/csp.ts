const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** Pages that show what candidates typed: only scripts carrying this request's nonce run. */
export function strictCsp(nonce: string): string {
  return [...COMMON, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`].join("; ");
}

/** Prerendered pages (company-written content only) must allow Next's inline bootstrap scripts. */
export const STATIC_CSP = [...COMMON, "script-src 'self' 'unsafe-inline'"].join("; ");

/** A page we write by hand with no script at all, such as the no-JavaScript apply form's error page. */
export const NO_SCRIPT_CSP = [...COMMON, "script-src 'none'"].join("; ");
