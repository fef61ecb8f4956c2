import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";

type Jar = Map<string, string>;
const header = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

function keep(jar: Jar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    const name = pair!.slice(0, eq);
    const value = pair!.slice(eq + 1);
    if (value && !/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) jar.set(name, value);
    else jar.delete(name);
  }
}

/**
 * A browser as Auth.js's own routes see it: signs in at /api/auth/callback/credentials and out at
 * /api/auth/signout, keeping the cookies they set, from a given address and user agent.
 */
export function browser(ip = "10.9.0.1", userAgent = "Test browser") {
  const jar: Jar = new Map();
  const call = async (method: "GET" | "POST", path: string, form?: Record<string, string>) => {
    // A NextRequest, as Next hands route handlers (Auth.js reads its nextUrl).
    const request = new NextRequest(`http://localhost${path}`, {
      method,
      headers: {
        cookie: header(jar),
        "x-rekry-client-ip": ip,
        "user-agent": userAgent,
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: form ? new URLSearchParams(form) : undefined,
    });
    const response = await handlers[method](request);
    keep(jar, response);
    return response;
  };
  const csrf = async () => ((await (await call("GET", "/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  return {
    async signIn(email: string, password: string) {
      return call("POST", "/api/auth/callback/credentials", { email, password, csrfToken: await csrf() });
    },
    /** Any fields to the credentials callback, as someone crafting the form by hand would send them. */
    async signInWith(fields: Record<string, string>) {
      return call("POST", "/api/auth/callback/credentials", { ...fields, csrfToken: await csrf() });
    },
    /** Any GET or POST to Auth.js's routes with this browser's cookies (the OIDC tests' sign-in and callback). */
    call,
    jar,
    async signOut() {
      return call("POST", "/api/auth/signout", { csrfToken: await csrf() });
    },
    /** The session cookie as it is now, to be replayed later like a stolen copy. */
    sessionCookie(): string {
      const token = jar.get("authjs.session-token");
      if (!token) throw new Error("not signed in");
      return `authjs.session-token=${token}`;
    },
  };
}
