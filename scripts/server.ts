import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import type { NextConfig } from "next";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import { compress } from "@/lib/http/compress";
import { env, publicUrlOf } from "@/lib/env";
import { runRetention } from "@/lib/privacy/retention";
import { runConsentRenewals } from "@/lib/people/consent-renewal";
import { fillPersonKeys } from "@/lib/people/backfill";
import { database, SqliteDatabase } from "@/db";
import { databasePath, databaseUrl } from "@/db/config";
import { startCheckpointer } from "@/db/checkpointer";
import { deliverDue, dropStaleMail } from "@/lib/mail/outbox";
import { smtpSender } from "@/lib/mail/transport";
import { runDueKnockouts } from "@/lib/applications/knockouts";
import { runSchedulingJobs } from "@/lib/scheduling/jobs";
import { syncDueCalendars } from "@/lib/scheduling/calendar-sync";
import { publicOrigin } from "@/lib/http/origin";
import { pruneRateLimits } from "@/lib/security/rate-limit";
import { answerApplication } from "@/lib/applications/intake-answer";
import { sendAnswer, webHeaders } from "@/lib/http/node-answer";
import { pruneWebhooks } from "@/lib/webhooks/retention";
import { webhookRunner } from "./webhook-runner";
import { CvReader } from "@/lib/cv-text/reader";
import { indexPendingCvs } from "@/lib/cv-text/index-pending";
import { fileStore } from "@/lib/files/store";

/**
 * The configuration `next build` resolved and wrote beside its output. Handing it to Next, as its
 * own standalone server does, spares loading next.config.ts again at every start: Next compiles
 * that file with its SWC compiler, whose 26 MB of native code would then stay in memory for good.
 */
function builtConfig(dir: string): NextConfig {
  const { config } = JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8")) as {
    config: NextConfig;
  };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  return config;
}

/** An address this server answers on, for requests to itself: loopback when it listens on all. */
export function ownAddress(host: string): string {
  if (host === "" || host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

const INTAKE_PATH = /^\/api\/jobs\/([^/?]+)\/applications(?:\?.*)?$/;

/** The job's slug when this is the intake's path, as Next would route it; null for anything else. */
export function intakeSlugOf(url: string | undefined): string | null {
  const encoded = INTAKE_PATH.exec(url ?? "")?.[1];
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/**
 * The intake answered here, before Next: the same function as its route handler
 * (lib/applications/intake-answer.ts) on Node's own request stream. Under load, Next's routing and
 * its Web request and body stream cost more than the whole application's own work (README,
 * Benchmark); this route is the one that must take hundreds a second.
 */
async function receiveIntake(req: IncomingMessage, res: ServerResponse, slug: string): Promise<void> {
  try {
    sendAnswer(res, await answerApplication({ headers: webHeaders(req), body: req }, slug));
  } catch (e) {
    console.error("The intake failed to answer:", e);
    if (!res.headersSent) res.writeHead(500).end();
    else res.destroy();
  }
}

/**
 * Serves the production build. Our own http server in front of Next's handler lets us record the
 * socket address in a header clients cannot forge (Next passes X-Forwarded-For through as sent),
 * and decide what to compress (lib/http/compress.ts).
 */
export async function serve(port: number, host: string): Promise<() => Promise<void>> {
  const dir = process.cwd();
  // Next follows a server action's redirect (after sign-in, an erase, a saved form) by fetching the
  // target's payload from this very server: from __NEXT_PRIVATE_ORIGIN, which `next start` sets to
  // its own address, or else from the request's URL, whose scheme Next takes from
  // X-Forwarded-Proto. Behind a proxy that ends TLS that is https:// on a port that speaks plain
  // HTTP: the fetch fails, Next logs "failed to get redirect response" and the browser needs
  // another round trip. Our server sets it as `next start` does.
  process.env.__NEXT_PRIVATE_ORIGIN ??= `http://${ownAddress(host)}:${port}`;
  const app = next({ dev: false, dir, port, conf: builtConfig(dir) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "unknown";
    const intakeSlug = req.method === "POST" ? intakeSlugOf(req.url) : null;
    if (intakeSlug) void receiveIntake(req, res, intakeSlug);
    else compress(req, res, () => void handle(req, res));
  });
  server.keepAliveTimeout = 65_000;
  // SQLite's write-ahead log checkpoints off the request path (see db/checkpointer.ts).
  const db = database();
  const stopCheckpointer = db instanceof SqliteDatabase ? startCheckpointer(db) : () => {};
  // The daily retention run: a minute after start, then every 24 hours.
  const retention = () =>
    runRetention({ retentionDays: env().RETENTION_DAYS, dryRun: false })
      .then((r) => r.anonymised.length && console.log(`Retention: anonymised ${r.anonymised.length} application(s).`))
      .catch((e) => console.error("Retention run failed:", e));
  setTimeout(() => void retention(), 60_000).unref();
  // Asking about future-roles consents that lapse within a month (lib/people/consent-renewal.ts),
  // an hour after start and then daily; older records get their person keys once at start.
  const renewals = () =>
    runConsentRenewals({ retentionDays: env().RETENTION_DAYS, origin: publicUrlOf(env()) })
      .then((r) => r.sent.length && console.log(`Consent renewal: asked ${r.sent.length} candidate(s).`))
      .catch((e) => console.error("Consent renewal run failed:", e));
  setTimeout(() => void renewals(), 60 * 60_000).unref();
  setInterval(() => void renewals(), 24 * 60 * 60 * 1000).unref();
  void fillPersonKeys(db).catch((e) => console.error("Filling person keys failed:", e));
  // The outbox worker: with SMTP configured, deliver what is due every few seconds.
  const send = smtpSender();
  if (send) {
    let busy = false;
    setInterval(() => {
      if (busy) return;
      busy = true;
      deliverDue(database(), send)
        .catch((e) => console.error("Mail delivery failed:", e))
        .finally(() => (busy = false));
    }, 3000).unref();
  }
  setInterval(() => void retention(), 24 * 60 * 60 * 1000).unref();
  // The webhook runner, in a worker thread of its own while anything is due (scripts/webhook-runner.ts).
  const webhooks = webhookRunner(db, { DATABASE_URL: databaseUrl(), DATABASE_PATH: databasePath() });
  setInterval(
    () => void webhooks.tick().catch((e) => console.error("Checking for due webhook deliveries failed:", e)),
    1000,
  ).unref();
  // The CVs' text for search, read off the request path (unless CV_READER=false leaves it to
  // another instance or to `npm run cv:index`).
  if (env().CV_READER) readCvTexts();
  // Knockout rejections fall due KNOCKOUT_DELAY_HOURS after applying, scheduling links expire and
  // interview reminders go out a day before (lib/scheduling/jobs.ts), mail left undelivered for a
  // week is dropped (lib/mail/outbox.ts) and rate-limit windows that have passed are deleted;
  // minutes late is fine for all of them.
  const knockouts = async () => {
    try {
      const r = await runDueKnockouts();
      if (r.rejected.length) console.log(`Knockouts: rejected ${r.rejected.length} application(s).`);
      const s = await runSchedulingJobs(publicOrigin());
      if (s.expired.length) console.log(`Scheduling: ${s.expired.length} link(s) expired unbooked.`);
      await syncDueCalendars(publicOrigin());
      const dropped = await dropStaleMail(database());
      if (dropped.length) console.log(`Outbox: dropped ${dropped.length} undelivered message(s) older than a week.`);
      await database().write((tx) => pruneRateLimits(tx));
      await pruneWebhooks(database());
    } catch (e) {
      console.error("Knockout run failed:", e);
    }
  };
  setTimeout(() => void knockouts(), 15_000).unref();
  setInterval(() => void knockouts(), 5 * 60 * 1000).unref();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return () =>
    new Promise<void>((resolve) => server.close(() => resolve())).then(() => webhooks.stop()).then(stopCheckpointer);
}

/**
 * Every few seconds, the CVs still without text, in a worker thread that ends when the batch is
 * done (lib/cv-text/).
 */
function readCvTexts(): void {
  const cvReader = new CvReader();
  let indexing = false;
  setInterval(() => {
    if (indexing) return;
    indexing = true;
    const drain = async () => {
      for (;;) {
        const run = await indexPendingCvs(database(), fileStore(), cvReader, env().UPLOAD_DIR);
        if (run.claimed === 0) return;
      }
    };
    drain()
      .catch((e) => console.error("Reading CV text failed:", e))
      .finally(() => {
        indexing = false;
        void cvReader.close();
      });
  }, 3000).unref();
}
