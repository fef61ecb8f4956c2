import { createHash } from "node:crypto";

/**
 * Which statements PostgreSQL keeps parsed on each connection (node-postgres's named statements):
 * a statement is named once it has run a few times (the app's hot ones: the intake's inserts, a
 * move's reads and writes), and each connection then parses and analyses it once instead of at
 * every run. A read is still planned at every run with the values it is given (the connections
 * run with `plan_cache_mode = force_custom_plan`), so no read runs on a plan made for unknown
 * values; a write's transaction sets `auto`, and PostgreSQL may keep a plan for its statements
 * (db/postgres.ts, WRITE_PLANS).
 * Bounded: at most `max` names per database (each connection keeps a parse tree per name it has
 * run), none for a statement of more than `maxParams` values or `maxLength` characters (the long
 * `in (...)` lists, whose text differs with every length), and the counts of statements not yet
 * named are forgotten past `maxCounted`.
 */
export class StatementNames {
  private readonly counted = new Map<string, number>();
  private readonly named = new Map<string, string>();

  constructor(private readonly options = { max: 150, after: 3, maxParams: 64, maxLength: 4000, maxCounted: 5000 }) {}

  /** The name to run `text` under, or undefined to run it unnamed (parsed at every run). */
  nameOf(text: string, params: number): string | undefined {
    const known = this.named.get(text);
    if (known) return known;
    const o = this.options;
    if (params === 0 || params > o.maxParams || text.length > o.maxLength || this.named.size >= o.max) return undefined;
    const runs = (this.counted.get(text) ?? 0) + 1;
    if (runs < o.after) {
      if (this.counted.size >= o.maxCounted) this.counted.clear();
      this.counted.set(text, runs);
      return undefined;
    }
    this.counted.delete(text);
    const name = "rekry_" + createHash("sha1").update(text).digest("hex").slice(0, 24);
    this.named.set(text, name);
    return name;
  }

  /** How many statements are named. */
  get size(): number {
    return this.named.size;
  }
}
