import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { s3Store } from "@/lib/files/s3-store";
import { percentile, timeEach, type Scenario } from "./measure";

const KEY = "S3RVER";
const BUCKET = "rekry-bench";

export type BenchS3 = { env: Record<string, string>; kept: (keys: string[]) => Promise<number>; stop: () => void };

/**
 * A real S3 server for the bench (s3rver, as the tests use), in a process of its own so that it
 * does not share the load generator's event loop, keeping its objects under `dir`.
 */
export async function startBenchS3(dir: string, port: number): Promise<BenchS3> {
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      path.resolve("node_modules/s3rver/bin/s3rver.js"),
      "-d",
      dir,
      "-a",
      "127.0.0.1",
      "-p",
      String(port),
      "--silent",
      "--configure-bucket",
      BUCKET,
    ],
    { stdio: "ignore" },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const setting = { endpoint, bucket: BUCKET, region: "us-east-1", accessKeyId: KEY, secretAccessKey: KEY, prefix: "" };
  const store = s3Store(setting);
  for (let i = 0; ; i++) {
    if ((await store.check()) === null) break;
    if (i > 200) throw new Error(`s3rver did not answer at ${endpoint}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: KEY,
      S3_SECRET_ACCESS_KEY: KEY,
    },
    // One HEAD per key, 16 at a time: s3rver answers a listing of a few thousand objects with a
    // 500 (it opens every object's metadata at once).
    kept: async (keys) => {
      let found = 0;
      for (let i = 0; i < keys.length; i += 16) {
        const heads = await Promise.all(keys.slice(i, i + 16).map((key) => store.head(key)));
        found += heads.filter(Boolean).length;
      }
      return found;
    },
    stop: () => void child.kill("SIGTERM"),
  };
}

const BOUNDARY = "----rekrybenchcv";

/**
 * The CV download a recruiter makes from the application page: one application with a 300 KB
 * PDF, then its CV fetched 100 times (after a few untimed), streamed through the app from the
 * store in use.
 */
export async function downloadScenario(base: string, staff: { cookie: string }, store: string): Promise<Scenario[]> {
  const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(300 * 1024 - 15, 0x20), Buffer.from("\n%%EOF")]);
  const head =
    ["fullName=Download Bench", `email=download-${Date.now()}@bench.example`, "country=SE", "privacyConsent=true"]
      .map((pair) => {
        const [name, value] = pair.split("=");
        return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      })
      .join("") +
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  const res = await fetch(`${base}/api/jobs/cloud-engineer/applications`, {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, accept: "application/json" },
    body: Buffer.concat([Buffer.from(head), pdf, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]),
  });
  if (res.status !== 201) throw new Error(`the download scenario's application answered ${res.status}`);
  const { id } = (await res.json()) as { id: number };
  const download = async () => {
    const cv = await fetch(`${base}/api/staff/applications/${id}/cv`, { headers: staff });
    const bytes = (await cv.arrayBuffer()).byteLength;
    if (cv.status !== 200 || bytes !== pdf.length) throw new Error(`the CV download answered ${cv.status}, ${bytes} B`);
  };
  for (let i = 0; i < 5; i++) await download();
  const p95 = percentile(await timeEach(100, download), 95);
  return [
    {
      name: `CV download, 300 KB, ${store} store`,
      figure: "p95",
      value: p95,
      unit: "ms",
      target: "< 50 ms",
      held: p95 < 50,
    },
  ];
}
