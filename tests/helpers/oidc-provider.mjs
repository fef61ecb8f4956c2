// A real OpenID provider (panva's oidc-provider) on loopback, for the single sign-on tests: the
// vitest tests import it, the browser tests run this file as a process of its own
// (`node tests/helpers/oidc-provider.mjs <port> <rekry base URL>`, printing the issuer when ready).
// Its login page lets the test say who signs in and with which claims (email_verified, groups);
// `tamper` re-signs the ID token the token endpoint hands out, to check the client refuses it.
import http from "node:http";
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from "jose";
import Provider from "oidc-provider";

export const CLIENT_ID = "rekry";
export const CLIENT_SECRET = "rekry-test-client-secret";

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function readForm(req) {
  let body = "";
  for await (const chunk of req) body += chunk;
  return Object.fromEntries(new URLSearchParams(body));
}

/**
 * @param {{ port?: number, rekryUrl: string }} options
 */
export async function startProvider({ port = 0, rekryUrl }) {
  const server = http.createServer();
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const accounts = new Map();
  const state = { tamper: null };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${rekryUrl}/api/auth/callback/oidc`],
        post_logout_redirect_uris: [`${rekryUrl}/login`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ["oidc-provider-test-cookie-key"] },
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    // Claims in the ID token itself, as Keycloak and Entra ID send them with the code flow.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) =>
      accounts.has(sub) ? { accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) } : undefined,
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
  });

  // What a refused token request was missing, on the test's output (the client sees only invalid_grant).
  provider.on("grant.error", (_ctx, error) =>
    console.error(`oidc-provider: ${error.message}: ${error.error_detail ?? ""}`),
  );

  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === "/token" && state.tamper && ctx.body?.id_token) {
      const change = state.tamper;
      const claims = { ...decodeJwt(ctx.body.id_token), ...(change.claims ?? {}) };
      const key = change.badSignature ? (await generateKeyPair("RS256")).privateKey : privateKey;
      ctx.body = {
        ...ctx.body,
        id_token: await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "test-key" }).sign(key),
      };
    }
  });

  const callback = provider.callback();
  server.on("request", async (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? "");
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === "GET") {
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        return res.end(`<!doctype html><html lang="en"><title>Test identity provider</title>
<h1>Test identity provider</h1>
<form method="post" action="/interaction/${escape(match[1])}">
<label>Subject <input name="sub" required></label>
<label>Email <input name="email"></label>
<label>Name <input name="name"></label>
<label>Groups <input name="groups"></label>
<label><input type="checkbox" name="email_verified" value="true" checked> Email verified</label>
<button type="submit">Sign in at the provider</button>
</form>`);
      }
      const form = await readForm(req);
      accounts.set(form.sub, {
        email: form.email,
        name: form.name || undefined,
        email_verified: form.email_verified === "true",
        groups: (form.groups ?? "")
          .split(",")
          .map((g) => g.trim())
          .filter(Boolean),
      });
      const grant = new provider.Grant({ accountId: form.sub, clientId: details.params.client_id });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: form.sub }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (e) {
      res.statusCode = 400;
      res.end(String(e));
    }
  });

  return {
    issuer,
    /** null, or what to change in the next ID tokens: claims over the real ones, or a signature by another key. */
    setTamper(change) {
      state.tamper = change;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const [port, rekryUrl] = process.argv.slice(2);
  const started = await startProvider({ port: Number(port), rekryUrl });
  console.log(started.issuer);
}
