import "server-only";
import { env, publicUrlOf } from "@/lib/env";
import { issuerMetadata } from "./discovery";

export type LoginOptions = {
  /** The SSO button's text, when single sign-on is configured. */
  sso: string | null;
  /** Whether the password form is shown: always, unless PASSWORD_LOGIN=false (then only at ?password). */
  password: boolean;
};

export function loginOptions(breakGlass: boolean): LoginOptions {
  const config = env();
  return { sso: config.OIDC_ISSUER ? config.OIDC_LABEL : null, password: config.PASSWORD_LOGIN || breakGlass };
}

/** The provider's sign-out address, when it advertises end_session_endpoint; back to our login page after. */
export async function providerSignOutUrl(): Promise<string | null> {
  const config = env();
  const metadata = await issuerMetadata(config)?.catch(() => null);
  if (!metadata?.end_session_endpoint || !config.OIDC_CLIENT_ID) return null;
  const url = new URL(metadata.end_session_endpoint);
  url.searchParams.set("client_id", config.OIDC_CLIENT_ID);
  url.searchParams.set("post_logout_redirect_uri", `${publicUrlOf(config)}/login`);
  return url.toString();
}
