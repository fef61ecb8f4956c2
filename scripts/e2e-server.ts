import { rmSync } from "node:fs";
import path from "node:path";

/** Starts the app for browser tests on a data folder that is new for every run. */
const dir = path.resolve(".tmp", "e2e");
rmSync(dir, { recursive: true, force: true });
process.env.DATABASE_PATH = path.join(dir, "rekry.db");
process.env.UPLOAD_DIR = path.join(dir, "uploads");
process.env.APPLY_RATE_LIMIT ??= "1000";
void import("./start");
