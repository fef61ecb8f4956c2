/** How far one part of a copy is: a table's rows (db:copy), the CVs (files:copy). */
export type Progress = { table: string; copied: number; total: number };

/** One line per part, redrawn as it goes on a terminal, written once when it is done elsewhere. */
export function progressBar(unit: string): (p: Progress) => void {
  const tty = process.stderr.isTTY;
  let lastDraw = 0;
  return ({ table, copied, total }) => {
    const done = copied >= total;
    const now = performance.now();
    if (!tty) {
      if (done) process.stderr.write(`  ${table}: ${copied.toLocaleString("en")} ${unit}\n`);
      return;
    }
    if (!done && now - lastDraw < 100) return;
    lastDraw = now;
    const share = total ? copied / total : 1;
    const bar = "#".repeat(Math.round(share * 30)).padEnd(30, ".");
    process.stderr.write(
      `\r  ${table.padEnd(24)} [${bar}] ${copied.toLocaleString("en")} / ${total.toLocaleString("en")}${done ? "\n" : ""}`,
    );
  };
}
