import { createRequire } from "node:module";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_CSP } from "./lib/security/csp";
import { SECURITY_HEADERS } from "./lib/security/headers";

const resolve = createRequire(path.resolve("package.json")).resolve;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // scripts/server.ts compresses instead, leaving out the small answers of API commands.
  compress: false,
  serverExternalPackages: ["better-sqlite3", "pg"],
  // .ci/run type-checks the whole project, with the route types of `next typegen`, before its tests
  // build: the build need not do the same check again (about a minute on two cores).
  typescript: { ignoreBuildErrors: process.env.REKRY_TYPES_CHECKED === "1" },
  // Next's own cache, plus revalidations shared by every instance through PostgreSQL when
  // DATABASE_URL names one (README, Running on PostgreSQL). An absolute path, as Next requires;
  // Next runs in the project folder, and the build stores it relative to .next for `npm run serve`.
  cacheHandler: path.resolve("lib/cache/isr-cache-handler.mjs"),
  experimental: {
    globalNotFound: true,
    // forbidden(): pages a role may not see answer 403 with app/staff/forbidden.tsx.
    authInterrupts: true,
    // Pages rendered on demand are cached in memory only, so a restart re-reads the database.
    isrFlushToDisk: false,
  },
  webpack(config: { resolve: { alias: Record<string, string> } }) {
    // The built app formats messages compiled ahead (lib/i18n/for-formatter.ts): use-intl's
    // format-only formatter in place of the one that parses ICU text on every call.
    config.resolve.alias["use-intl/format-message$"] = resolve("use-intl/format-message/format-only");
    return config;
  },
  async rewrites() {
    // English is served without a prefix; the [lang] segment holds "en" internally.
    return {
      beforeFiles: [
        { source: "/", destination: "/en" },
        { source: "/jobs/:path*", destination: "/en/jobs/:path*" },
        { source: "/lost-link/:path*", destination: "/en/lost-link/:path*" },
        { source: "/lost-link", destination: "/en/lost-link" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    return [
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // Dynamic pages get a strict per-request nonce policy from proxy.ts instead.
      {
        source: "/:path((?!staff|login|status|api/|jobs/[^/]+/applied|sv/jobs/[^/]+/applied).*)",
        headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }],
      },
      // The CV preview is framed by the staff application page (same origin only).
      { source: "/api/staff/applications/:id/cv", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
      {
        source: "/status/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

// next-intl reads i18n/request.ts for server components' getTranslations.
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
