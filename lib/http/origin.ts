import { env } from "@/lib/env";

/** The site's public origin: PUBLIC_URL when set, otherwise what the request's Host says. */
export function publicOrigin(headers: Headers): string {
  const configured = env().PUBLIC_URL;
  if (configured) return configured.replace(/\/$/, "");
  const host = headers.get("host") ?? `localhost:${env().PORT}`;
  const proto = env().TRUST_PROXY ? (headers.get("x-forwarded-proto") ?? "http") : "http";
  return `${proto}://${host}`;
}
