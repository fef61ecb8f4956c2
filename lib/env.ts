import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { DEFAULT_DATABASE_PATH } from "@/db/config";

const positiveInt = (name: string, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .max(max, `${name} must be at most ${max}`);

const flag = (name: string) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { error: `${name} must be true or false` })
    .transform((v) => v === "true" || v === "1" || v === "yes");

const groupList = (v: string) =>
  v
    .split(",")
    .map((g) => g.trim())
    .filter(Boolean);

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1, "DATABASE_PATH must not be empty").default(DEFAULT_DATABASE_PATH),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  DATABASE_POOL_SIZE: positiveInt("DATABASE_POOL_SIZE", 1000).default(10),
  // Read by lib/cache/tag-store.mjs itself (Next loads the cache handler apart); checked here.
  CACHE_TAGS_CHECK_MS: z.coerce
    .number({ error: "CACHE_TAGS_CHECK_MS must be a whole number of milliseconds" })
    .int("CACHE_TAGS_CHECK_MS must be a whole number of milliseconds")
    .min(0, "CACHE_TAGS_CHECK_MS must be at least 0")
    .max(60_000, "CACHE_TAGS_CHECK_MS must be at most 60000")
    .default(1000),
  UPLOAD_DIR: z.string().min(1, "UPLOAD_DIR must not be empty").default("data/uploads"),
  PORT: positiveInt("PORT", 65535).default(3000),
  HOST: z
    .string()
    .regex(/^[^\s/]+$/, "HOST must be an address to listen on, such as 127.0.0.1 or 0.0.0.0")
    .default("0.0.0.0"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine(
      (key) => /^[A-Za-z0-9+/]+={0,2}$/.test(key) && [16, 24, 32].includes(Buffer.from(key, "base64").length),
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be a base64 AES key of 16, 24 or 32 bytes (openssl rand -base64 32)",
    )
    .optional(),
  APPLY_RATE_LIMIT: positiveInt("APPLY_RATE_LIMIT").default(10),
  TRUST_PROXY: flag("TRUST_PROXY").default(false),
  RETENTION_DAYS: positiveInt("RETENTION_DAYS", 36500).default(730),
  SESSION_MAX_DAYS: positiveInt("SESSION_MAX_DAYS", 365).default(7),
  KNOCKOUT_DELAY_HOURS: z.coerce
    .number({ error: "KNOCKOUT_DELAY_HOURS must be a whole number" })
    .int("KNOCKOUT_DELAY_HOURS must be a whole number")
    .min(0, "KNOCKOUT_DELAY_HOURS must be at least 0")
    .max(720, "KNOCKOUT_DELAY_HOURS must be at most 720")
    .default(48),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: "PUBLIC_URL must be an absolute http(s) URL" }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, 'MAIL_FROM must be an address like "Safespring careers <jobs@example.com>"')
    .default("Safespring careers <careers@localhost>"),
  ADMIN_EMAIL: z.email({ error: "ADMIN_EMAIL must be an email address" }).default("admin@rekry.local"),
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an absolute http(s) URL, such as https://s3.example.com" })
    .optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "S3_BUCKET must be a bucket name (3-63 of a-z, 0-9, . and -)")
    .optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9/._-]*$/, "S3_PREFIX may hold only letters, digits, /, ., _ and -")
    .optional(),
  MFA_REQUIRED: z.enum(["admin", "all", "off"], { error: "MFA_REQUIRED must be admin, all or off" }).default("admin"),
  PASSWORD_LOGIN: flag("PASSWORD_LOGIN").default(true),
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: "OIDC_ISSUER must be an absolute http(s) URL" }).optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_LABEL: z.string().max(100, "OIDC_LABEL must be at most 100 characters").default("Sign in with single sign-on"),
  OIDC_AUTO_CREATE_DOMAINS: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "OIDC_AUTO_CREATE_DOMAINS must be domains separated by commas"),
      ),
    )
    .default([]),
  OIDC_DEFAULT_ROLE: z
    .enum(["hiring_manager", "recruiter"], {
      error: "OIDC_DEFAULT_ROLE must be hiring_manager or recruiter (never admin)",
    })
    .default("hiring_manager"),
  OIDC_ROLE_CLAIM: z.string().optional(),
  OIDC_ADMIN_GROUPS: z.string().transform(groupList).default([]),
  OIDC_RECRUITER_GROUPS: z.string().transform(groupList).default([]),
  /**
   * Reads CVs' text for search in this instance's background (a worker thread); `false` leaves it
   * to another instance or to `npm run cv:index`.
   */
  CV_READER: flag("CV_READER").default(true),
  /** Lets webhook endpoints use plain http:// (tests, a receiver on the same host). */
  WEBHOOKS_ALLOW_HTTP: flag("WEBHOOKS_ALLOW_HTTP").default(false),
  /** Lets webhooks reach loopback and private addresses (tests); refused by default. */
  WEBHOOKS_ALLOW_PRIVATE: flag("WEBHOOKS_ALLOW_PRIVATE").default(false),
  /** Lets calendar connections reach loopback and private addresses (tests, an intranet server). */
  CALENDAR_ALLOW_PRIVATE: flag("CALENDAR_ALLOW_PRIVATE").default(false),
  /** What Rekry writes into interviewers' calendars: the candidate's name only, or the full details. */
  CALENDAR_DETAILS: z
    .enum(["minimal", "full"], { error: "CALENDAR_DETAILS must be minimal or full" })
    .default("minimal"),
});

/** With one S3 setting given, CVs go to the bucket, and it needs all of these. */
const S3_REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

function s3Problems(env: z.infer<typeof envSchema>): string[] {
  const given = [...S3_REQUIRED, "S3_PREFIX"].filter((k) => env[k as keyof typeof env] !== undefined);
  if (given.length === 0) return [];
  return S3_REQUIRED.filter((k) => env[k] === undefined).map(
    (k) => `  ${k}: set it too, or unset ${given.join(", ")} to keep CVs in UPLOAD_DIR`,
  );
}

export type Env = Omit<z.infer<typeof envSchema>, "AUTH_SECRET"> & { AUTH_SECRET?: string };

export class ConfigError extends Error {}

/** Parses configuration; empty strings count as unset so `PORT=` falls back to the default. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.keys(envSchema.shape).map((k) => [k, source[k] === "" ? undefined : source[k]]),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const s3 = s3Problems(env);
  if (s3.length) throw new ConfigError(`Invalid configuration:\n${s3.join("\n")}`);
  const oidcMissing = env.OIDC_ISSUER ? (["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const).filter((k) => !env[k]) : [];
  if (oidcMissing.length)
    throw new ConfigError(
      `Invalid configuration:\n${oidcMissing.map((k) => `  ${k}: set it too; OIDC_ISSUER is set`).join("\n")}`,
    );
  return {
    ...env,
    DATABASE_PATH: path.resolve(env.DATABASE_PATH),
    UPLOAD_DIR: path.resolve(env.UPLOAD_DIR),
  };
}

/** The public origin links are built from: PUBLIC_URL, or the loopback default of a fresh machine. */
export function publicUrlOf(config: Pick<Env, "PUBLIC_URL" | "PORT">): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;
const ALL_INTERFACES = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * Serving others: behind a trusted proxy in production, or bound to one specific non-loopback
 * address. The default "all interfaces" bind is a fresh machine's, so it does not count.
 */
function servesOthers(config: Pick<Env, "HOST" | "TRUST_PROXY">, nodeEnv: string | undefined): boolean {
  if (nodeEnv === "production" && config.TRUST_PROXY) return true;
  return !LOOPBACK.test(config.HOST) && !ALL_INTERFACES.has(config.HOST);
}

/**
 * The configuration `npm start` serves with. Links in mails come from PUBLIC_URL only, so a
 * server for others must name it; a fresh machine gets http://localhost:PORT and a notice saying so.
 */
export function startConfig(config: Env, nodeEnv: string | undefined): { config: Env; notice?: string } {
  if (config.DATABASE_URL) requireSharedSecrets(config);
  if (config.PUBLIC_URL) return { config };
  if (servesOthers(config, nodeEnv)) {
    throw new ConfigError(
      "Invalid configuration:\n  PUBLIC_URL: set it to the address people use to reach this site (e.g. https://jobs.example.com); " +
        "links in mails are built from it, and this server runs in production (NODE_ENV=production with TRUST_PROXY, or HOST set to a non-loopback address).",
    );
  }
  const PUBLIC_URL = publicUrlOf(config);
  return {
    config: { ...config, PUBLIC_URL },
    notice: `PUBLIC_URL is not set; using ${PUBLIC_URL}. Set PUBLIC_URL before others use this site.`,
  };
}

/**
 * On PostgreSQL, several instances may serve one site, and a session signed or a form encrypted by
 * one must open on the others: the secrets cannot be made up per machine, as they are for SQLite.
 */
function requireSharedSecrets(config: Env): void {
  const missing = [
    !config.AUTH_SECRET && "  AUTH_SECRET: set it (at least 32 characters, e.g. openssl rand -base64 32)",
    !config.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY &&
      "  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: set it (a base64 AES key: openssl rand -base64 32)",
  ].filter((line) => typeof line === "string");
  if (missing.length) {
    throw new ConfigError(
      `Invalid configuration:\n${missing.join("\n")}\n` +
        "  With DATABASE_URL, every instance must share these; set the same values on each one.",
    );
  }
}

let cached: Env | undefined;

/** The validated configuration of this process (validated once, then reused). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Reads AUTH_SECRET from the environment, else from a file beside the database, creating it once. */
export function ensureAuthSecret(config: Env): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  const file = path.join(path.dirname(config.DATABASE_PATH), "auth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
