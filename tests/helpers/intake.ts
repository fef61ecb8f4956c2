import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "@/db";
import { applicationEvents, applications, candidates, consents, files } from "@/db/schema";
import { POST } from "@/app/api/jobs/[slug]/applications/route";
import { fileStore } from "@/lib/files/store";
import { tmpDir } from "@/lib/files/storage";
import { PDF } from "./files";
import { siteHost } from "./test-data";

export type Fields = Record<string, string | Blob | undefined>;

export const validFields = (): Fields => ({
  fullName: "Åsa Öberg",
  email: `asa+${Math.random().toString(36).slice(2)}@example.com`,
  country: "SE",
  privacyConsent: "true",
  locale: "en",
  cv: new File([PDF], "cv.pdf", { type: "application/pdf" }),
});

export function form(fields: Fields): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) fd.append(k, v);
  return fd;
}

/** Calls the route handler exactly as Next does, with a real multipart body. */
export async function apply(
  fields: Fields | FormData,
  { slug = "cloud-engineer", headers = {} as Record<string, string> } = {},
) {
  const body = fields instanceof FormData ? fields : form(fields);
  const request = new Request(`http://localhost/api/jobs/${slug}/applications`, {
    method: "POST",
    body,
    headers: { host: siteHost(), "x-rekry-client-ip": "10.0.0.1", ...headers },
  });
  return POST(request, { params: Promise.resolve({ slug }) });
}

export async function rawApply(body: BodyInit, contentType: string, extra: Record<string, string> = {}) {
  const request = new Request("http://localhost/api/jobs/cloud-engineer/applications", {
    method: "POST",
    body,
    headers: { host: siteHost(), "content-type": contentType, "x-rekry-client-ip": "10.0.0.2", ...extra },
    duplex: "half",
  } as RequestInit);
  return POST(request, { params: Promise.resolve({ slug: "cloud-engineer" }) });
}

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    out = statSync(full).isDirectory() ? out.concat(filesUnder(full)) : out.concat(full);
  }
  return out;
}

/** How much is stored: rows in every intake table, spooled uploads and CVs in the store. */
export async function stored(db: Database, uploadDir: string) {
  let kept = 0;
  for await (const object of fileStore().list("")) if (object.key) kept += 1;
  const n = async (t: SQLiteTable) => (await db.read().select({ n: count() }).from(t).get())!.n;
  return {
    applications: await n(applications),
    candidates: await n(candidates),
    files: await n(files),
    consents: await n(consents),
    events: await n(applicationEvents),
    spooled: filesUnder(tmpDir(uploadDir)).length,
    kept,
  };
}
