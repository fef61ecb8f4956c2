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

/**
 * Pages that show what candidates typed: only scripts carrying this request's nonce run.
 * `formTarget` is the one other origin a form may lead to: the configured identity provider's,
 * where the single sign-on button's answer sends the browser.
 */
export function strictCsp(nonce: string, formTarget?: string | null): string {
  const directives = formTarget
    ? COMMON.map((d) => (d === "form-action 'self'" ? `form-action 'self' ${formTarget}` : d))
    : COMMON;
  return [...directives, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`].join("; ");
}

/** The origin of OIDC_ISSUER, for form-action: exactly that scheme, host and port, no path or wildcard. */
export const issuerOrigin = (issuer: string | undefined): string | null => (issuer ? new URL(issuer).origin : null);

/** Prerendered pages (company-written content only) must allow Next's inline bootstrap scripts. */
export const STATIC_CSP = [...COMMON, "script-src 'self' 'unsafe-inline'"].join("; ");

/** A page we write by hand with no script at all, such as the no-JavaScript apply form's error page. */
export const NO_SCRIPT_CSP = [...COMMON, "script-src 'none'"].join("; ");
