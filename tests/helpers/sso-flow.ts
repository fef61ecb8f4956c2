import { browser } from "./auth-flow";

type Claims = { sub: string; email?: string; name?: string; email_verified?: boolean; groups?: string[] };

/** Cookies of the browser's visit to the identity provider, kept across its redirects. */
function providerFetch() {
  const jar = new Map<string, string>();
  return async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return response;
  };
}

const location = (response: Response, base: string) => new URL(response.headers.get("location") ?? "", base).toString();

/**
 * A sign-in through Auth.js's OIDC routes and the real provider: Rekry's sign-in route sends the
 * browser to the provider, the provider's login form is answered with `claims`, and the callback
 * URL the provider redirects to comes back (not yet followed), with the Rekry browser to follow it.
 */
export async function throughProvider(claims: Claims, callbackUrl = "/staff", b = browser()) {
  const csrf = ((await (await b.call("GET", "/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const start = await b.call("POST", "/api/auth/signin/oidc", { csrfToken: csrf, callbackUrl });
  const authorize = start.headers.get("location")!;
  const get = providerFetch();
  let response = await get(authorize);
  const interaction = location(response, authorize);
  response = await get(interaction, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      sub: claims.sub,
      email: claims.email ?? "",
      name: claims.name ?? "",
      groups: (claims.groups ?? []).join(","),
      ...(claims.email_verified === false ? {} : { email_verified: "true" }),
    }),
  });
  let next = location(response, interaction);
  // The provider resumes the authorization, then redirects to Rekry's callback with code and state.
  while (!next.startsWith("http://localhost/")) {
    response = await get(next);
    if (response.status >= 400) throw new Error(`provider answered ${response.status}: ${await response.text()}`);
    next = location(response, next);
  }
  return { browser: b, authorize, callback: next };
}

/** Follows the provider's redirect into Rekry's callback route; returns where Rekry then sends the browser. */
export async function finish(flow: Awaited<ReturnType<typeof throughProvider>>, b = flow.browser) {
  const url = new URL(flow.callback);
  const response = await b.call("GET", `${url.pathname}${url.search}`);
  return { response, location: response.headers.get("location") ?? "", signedIn: b.jar.has("authjs.session-token") };
}

export const signInWithSso = async (claims: Claims, callbackUrl = "/staff") =>
  finish(await throughProvider(claims, callbackUrl));
