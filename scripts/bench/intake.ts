import autocannon from "autocannon";
import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Scenario } from "./measure";

const BOUNDARY = "----rekrybench";
const FILLER = randomBytes(150 * 1024);
/** Applications sent so far by this process: every scenario's emails differ from the last one's. */
let n = 0;

/** A distinct 150 KB PDF application per request: a unique email and a unique id inside the file. */
function body(n: number): Buffer {
  const field = (name: string, value: string) =>
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head =
    field("fullName", `Intake Bench ${n}`) +
    field("email", `intake-${n}-${process.pid}@bench.example`) +
    field("country", "SE") +
    field("privacyConsent", "true") +
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="cv"; filename="cv-${n}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  return Buffer.concat([
    Buffer.from(head),
    Buffer.from(`%PDF-1.4\n% ${n} ${process.hrtime.bigint()}\n`),
    FILLER,
    Buffer.from(`\n%%EOF\r\n--${BOUNDARY}--\r\n`),
  ]);
}

/** The storage key of each application's CV (null without one, undefined without the row). */
export type StoredFiles = (ids: number[]) => Promise<({ key: string | null } | undefined)[]>;

const STORED = "select f.storage_key as key from applications a left join files f on f.application_id = a.id";

export function sqliteStoredFiles(databasePath: string): StoredFiles {
  return async (ids) => {
    const db = new Database(databasePath, { readonly: true });
    const lookup = db.prepare(`${STORED} where a.id = ?`);
    const found = ids.map((id) => lookup.get(id) as { key: string | null } | undefined);
    db.close();
    return found;
  };
}

export function pgStoredFiles(url: string): StoredFiles {
  return async (ids) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; key: string | null }>(
        `select a.id, f.storage_key as key from applications a left join files f on f.application_id = a.id where a.id = any($1::bigint[])`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [Number(row.id), { key: row.key }]));
      return ids.map((id) => byId.get(id));
    } finally {
      await client.end();
    }
  };
}

/** How many of these storage keys have their CV in the store (the upload folder, or the bucket). */
export type CvsKept = (keys: string[]) => Promise<number>;

/** How long the intake's clients post (the reader group times the CV reader over the same window). */
export const INTAKE_SECONDS = 20;

/** 16 clients posting for INTAKE_SECONDS; then every 201 must be a row whose CV is in the store. */
export async function intakeScenario(
  base: string,
  stored: StoredFiles,
  kept: CvsKept,
  rateTarget = ">= 400 req/s",
  label = "",
): Promise<Scenario[]> {
  const acceptedIds: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      {
        url: `${base}/api/jobs/cloud-engineer/applications`,
        connections: 16,
        duration: INTAKE_SECONDS,
        requests: [
          {
            method: "POST",
            setupRequest: (req) => ({
              ...req,
              headers: {
                ...req.headers,
                "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
                accept: "application/json",
              },
              body: body(n++),
            }),
            onResponse: (status, responseBody) => {
              if (status === 201) acceptedIds.push((JSON.parse(responseBody) as { id: number }).id);
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    ),
  );
  // Requests still in flight when the clock stopped may be stored without their 201 reaching us;
  // those are not lost. Lost is a 201 whose row or CV file is missing.
  await new Promise((r) => setTimeout(r, 1000));
  const accepted = acceptedIds.length;
  const found = await stored(acceptedIds);
  const rows = found.filter(Boolean).length;
  const files = await kept(found.flatMap((r) => (r?.key ? [r.key] : [])));
  const lost = accepted - files;
  const perSecond = accepted / INTAKE_SECONDS;
  return [
    {
      name: `intake, 16 clients, 150 KB PDFs, ${INTAKE_SECONDS} s${label}`,
      figure: "accepted/s",
      value: Math.round(perSecond),
      unit: "req/s",
      target: rateTarget,
      held: perSecond >= Number(/\d+/.exec(rateTarget)![0]),
    },
    {
      name: `intake, 16 clients, 150 KB PDFs, ${INTAKE_SECONDS} s${label}`,
      figure: "p99",
      value: result.latency.p99,
      unit: "ms",
      target: "< 200 ms",
      held: result.latency.p99 < 200,
    },
    {
      name: `intake, 16 clients, 150 KB PDFs, ${INTAKE_SECONDS} s${label}`,
      figure: `lost (201s ${accepted}, rows ${rows}, files ${files})`,
      value: lost,
      unit: "",
      target: "0",
      held: lost === 0,
    },
  ];
}
