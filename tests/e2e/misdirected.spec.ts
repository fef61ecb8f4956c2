import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

/** A raw request with a Host header of our choosing (browsers and fetch do not let us set one). */
function send(
  baseURL: string,
  method: string,
  path: string,
  host: string,
  body?: string,
): Promise<{ status: number; text: string }> {
  const base = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        headers: {
          host,
          ...(body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("routes that build absolute URLs answer 421 to a forged Host, and serve the configured one", async ({
  baseURL,
}) => {
  const site = new URL(baseURL!).host;
  for (const path of ["/sitemap.xml", "/robots.txt"]) {
    expect((await send(baseURL!, "GET", path, "attacker.example")).status, path).toBe(421);
    const genuine = await send(baseURL!, "GET", path, site);
    expect(genuine.status, path).toBe(200);
    expect(genuine.text, path).toContain(`${baseURL}/`);
  }
  const lost = await send(
    baseURL!,
    "POST",
    "/api/status/lost-link",
    "attacker.example",
    JSON.stringify({ email: "someone@example.com" }),
  );
  expect(lost.status).toBe(421);
  expect(JSON.parse(lost.text)).toMatchObject({ error: "misdirected" });
  // Other pages answer whatever the Host: their links come from PUBLIC_URL anyway.
  expect((await send(baseURL!, "GET", "/api/health", "attacker.example")).status).toBe(200);
});
