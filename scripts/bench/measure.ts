import { readFileSync, readdirSync } from "node:fs";

export type Scenario = { name: string; figure: string; value: number; unit: string; target: string; held: boolean };

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Times each call of `run` in turn (one at a time, so the figure is the server's own time). The
 * bench process itself seeded 100,000 applications and ran load generators before, so it first
 * collects its own garbage (`npm run bench` runs with --expose-gc): otherwise a collection in the
 * measuring client, not the server, lands in the figures.
 */
export async function timeEach(count: number, run: (i: number) => Promise<void>): Promise<number[]> {
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return times;
}

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** One /proc status figure (in MB) of a process and each of its descendants. */
function memoryOfTree(pid: number, field: "VmHWM" | "VmRSS"): number[] {
  const figures: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    try {
      const line = readFileSync(`/proc/${p}/status`, "utf8")
        .split("\n")
        .find((l) => l.startsWith(`${field}:`));
      if (line) figures.push(Number(line.replace(/\D+/g, "")) / 1024);
    } catch {
      // gone
    }
    queue.push(...children(p));
  }
  return figures;
}

/** CPU time (clock ticks) a process and its descendants have used so far: utime + stime. */
function cpuTicksOfTree(pid: number): number {
  let ticks = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    try {
      // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
    queue.push(...children(p));
  }
  return ticks;
}

/**
 * Waits until a process tree has gone idle: at most `busyTicks` clock ticks (1/100 s each) of CPU
 * in one whole second, or `maxMs` at most. Answers how long that took, in ms.
 */
export async function waitIdle(pid: number, { busyTicks = 2, maxMs = 60_000 } = {}): Promise<number> {
  const started = performance.now();
  let before = cpuTicksOfTree(pid);
  while (performance.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = cpuTicksOfTree(pid);
    if (now - before <= busyTicks) break;
    before = now;
  }
  return performance.now() - started;
}

/** The highest resident memory (VmHWM, in MB) of a process and its descendants. */
export function peakRssMb(pid: number): number {
  return Math.round(Math.max(0, ...memoryOfTree(pid, "VmHWM")));
}

/** The resident memory now (in MB) of a process and its descendants together. */
export function rssMb(pid: number): number {
  return Math.round(memoryOfTree(pid, "VmRSS").reduce((a, b) => a + b, 0));
}

export function printTable(rows: Scenario[]): void {
  const cells = rows.map((r) => [
    r.name,
    r.figure,
    `${Number.isInteger(r.value) ? r.value : r.value.toFixed(1)} ${r.unit}`,
    r.target,
    r.held ? "yes" : "NO",
  ]);
  const head = ["scenario", "figure", "value", "target", "held"];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join("  ");
  console.log(`\n${line(head)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const c of cells) console.log(line(c));
}

/**
 * A fixed piece of CPU work, timed: the machine is shared, and this says how fast it was while a
 * run went on, so two runs' figures can be set side by side fairly (lower is faster).
 */
export function cpuProbeMs(): number {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 100_000_000; i++) x += i % 7;
  if (x < 0) throw new Error("unreachable");
  return Math.round(performance.now() - start);
}
