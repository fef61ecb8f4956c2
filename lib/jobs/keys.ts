import { OUTCOMES } from "@/lib/stages/transitions";

/**
 * A stable key for a new stage, attribute, question or option, made from its name: lower-case
 * ASCII with underscores, unique among `taken`, never an outcome (a stage called "hired" would
 * be read as the outcome by the move rules).
 */
export function newKey(name: string, taken: Set<string>, fallback = "item"): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 32) || fallback;
  let key = base;
  for (let n = 2; taken.has(key) || (OUTCOMES as readonly string[]).includes(key); n++) key = `${base}_${n}`;
  taken.add(key);
  return key;
}
