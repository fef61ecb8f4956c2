import type { Env } from "@/lib/env";

export type IssuerMetadata = {
  issuer: string;
  authorization_endpoint: string;
  jwks_uri: string;
  end_session_endpoint?: string;
};

const TIMEOUT_MS = 5000;

/** The issuer's discovery document, checked to name this very issuer (OpenID Connect Discovery §4.3). */
export async function discover(issuer: string): Promise<IssuerMetadata> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "error" });
  } catch (e) {
    throw new Error(`could not reach ${url} (${e instanceof Error ? ((e.cause as Error)?.message ?? e.message) : e})`);
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = (await response.json().catch(() => null)) as Partial<IssuerMetadata> | null;
  if (
    !body ||
    typeof body.issuer !== "string" ||
    typeof body.authorization_endpoint !== "string" ||
    typeof body.jwks_uri !== "string"
  )
    throw new Error(`${url} is not an OpenID Connect discovery document`);
  if (body.issuer !== issuer) throw new Error(`${url} names the issuer ${body.issuer}, not ${issuer}`);
  return body as IssuerMetadata;
}

let remembered: { issuer: string; metadata: Promise<IssuerMetadata> } | undefined;

/** The configured issuer's metadata, read once per process (a failure is forgotten, to be retried). */
export function issuerMetadata(config: Pick<Env, "OIDC_ISSUER">): Promise<IssuerMetadata> | null {
  if (!config.OIDC_ISSUER) return null;
  if (remembered?.issuer !== config.OIDC_ISSUER) {
    const metadata = discover(config.OIDC_ISSUER);
    metadata.catch(() => (remembered = undefined));
    remembered = { issuer: config.OIDC_ISSUER, metadata };
  }
  return remembered.metadata;
}

/** For start-up: one line saying what is wrong with OIDC_ISSUER, or null when it answers as it should. */
export async function issuerProblem(config: Pick<Env, "OIDC_ISSUER">): Promise<string | null> {
  if (!config.OIDC_ISSUER) return null;
  try {
    await discover(config.OIDC_ISSUER);
    return null;
  } catch (e) {
    return `OIDC_ISSUER: ${e instanceof Error ? e.message : String(e)}`;
  }
}
