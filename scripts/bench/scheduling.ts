import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Scenario } from "./measure";

/**
 * Slot computation for 3 interviewers over 10 working days, each with 300 busy events in a
 * local Radicale (a third recurring): p95 with the free/busy cache warm, and cold (each call
 * reads all three calendars over CalDAV). In-process on a small SQLite database of its own, as
 * the cost is reading and expanding calendars, not the database; needs Debian's `radicale`.
 */
export function schedulingScenario(): Scenario[] {
  const probe = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "scheduling-probe.ts")],
    { encoding: "utf8", timeout: 600_000 },
  );
  const line = probe.stdout.trim().split("\n").pop() ?? "";
  if (probe.status !== 0 || !line.startsWith("{"))
    throw new Error(`The scheduling probe failed: ${probe.stderr || probe.stdout}`);
  const { cold, warm, slots } = JSON.parse(line) as { cold: number; warm: number; slots: number };
  const name = `slots, 3 interviewers x 300 events (Radicale), 10 working days (${slots} slots)`;
  return [
    { name, figure: "p95, cache warm", value: Math.round(warm), unit: "ms", target: "< 200 ms", held: warm < 200 },
    {
      name,
      figure: "p95, cold (CalDAV read)",
      value: Math.round(cold),
      unit: "ms",
      target: "< 1000 ms",
      held: cold < 1000,
    },
  ];
}
