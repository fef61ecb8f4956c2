import { copyFileSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { storedPath } from "@/lib/files/disk-store";
import type { Scenario } from "./measure";

/** Real CVs (tests/fixtures/cv/) of each type the reader takes. */
const FIXTURES = ["libreoffice.pdf", "latex.pdf", "libreoffice.docx", "libreoffice.odt"].map((f) =>
  path.join(process.cwd(), "tests", "fixtures", "cv", f),
);
const TYPES = ["pdf", "pdf", "docx", "odt"] as const;
const COUNT = 300;

type Row = Record<string, string | number>;
export type Db = {
  all: (sql: string, params: unknown[]) => Promise<Row[]>;
  exec: (sql: string, params: unknown[]) => Promise<void>;
  close: () => Promise<void>;
};

export function openTarget(env: Record<string, string>): Db {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    const ready = client.connect();
    const all = async (sql: string, params: unknown[]) => {
      await ready;
      let n = 0;
      return (
        await client.query<Row>(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows;
    };
    return { all, exec: async (sql, params) => void (await all(sql, params)), close: () => client.end() };
  }
  const db = new Database(env.DATABASE_PATH!);
  db.pragma("busy_timeout = 5000");
  return {
    all: async (sql, params) => db.prepare(sql).all(...params) as Row[],
    exec: async (sql, params) => void db.prepare(sql).run(...params),
    close: async () => void db.close(),
  };
}

/**
 * Gives `count` CVs of the job `slug` real documents (PDFs from LibreOffice and LaTeX, a DOCX, an
 * ODT) in place of their files and marks them as waiting for their text; answers their ids.
 */
export async function queueRealCvs(
  env: Record<string, string>,
  db: Db,
  slug: string,
  count: number,
): Promise<number[]> {
  const rows = await db.all(
    "select f.id as id, f.storage_key as key from files f join applications a on a.id = f.application_id join jobs j on j.id = a.job_id where j.slug = ? order by f.id limit ?",
    [slug, count],
  );
  for (const [i, row] of rows.entries()) {
    const target = storedPath(env.UPLOAD_DIR!, String(row.key));
    mkdirSync(path.dirname(target), { recursive: true });
    // The seed hard-links the pool's files: replace the link, never the pool.
    copyFileSync(FIXTURES[i % FIXTURES.length]!, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
  }
  const ids = rows.map((r) => Number(r.id));
  for (const type of new Set(TYPES)) {
    const ofType = ids.filter((_, i) => TYPES[i % TYPES.length] === type);
    await db.exec(`update files set detected_type = ? where id in (${ofType.map(() => "?").join(",")})`, [
      type,
      ...ofType,
    ]);
  }
  await db.exec(
    `update files set text_state = 'pending', text_note = null, text_attempts = 0, text_lease_until = null where id in (${ids.map(() => "?").join(",")})`,
    ids,
  );
  return ids;
}

/** How many of these CVs are still waiting for their text. */
export async function stillPending(db: Db, ids: number[]): Promise<number> {
  const rows = await db.all(
    `select count(*) as n from files where id in (${ids.map(() => "?").join(",")}) and text_state = 'pending'`,
    ids,
  );
  return Number(rows[0]!.n);
}

/**
 * The background runner's throughput: COUNT CVs of a job outside the measured one get real
 * documents and are marked as waiting for their text; the running server's runner reads them
 * while nothing else happens. The figure is CVs per second from the first claim to the last answer.
 */
export async function extractionScenario(env: Record<string, string>): Promise<Scenario> {
  const db = openTarget(env);
  try {
    const ids = await queueRealCvs(env, db, "bench-role-1", COUNT);
    const started = performance.now();
    let left = ids.length;
    let claimedAt: number | null = null;
    while (left > 0 && performance.now() - started < 300_000) {
      await new Promise((r) => setTimeout(r, 100));
      left = await stillPending(db, ids);
      if (claimedAt === null && left < ids.length) claimedAt = performance.now();
    }
    const seconds = (performance.now() - (claimedAt ?? started)) / 1000;
    const rate = Math.round(((ids.length - left) / seconds) * 10) / 10;
    return {
      name: `CV text extraction in the background (${ids.length} real PDF, DOCX and ODT files)`,
      figure: "CVs/s",
      value: rate,
      unit: "CVs/s",
      target: ">= 20 CVs/s",
      held: rate >= 20,
    };
  } finally {
    await db.close();
  }
}
