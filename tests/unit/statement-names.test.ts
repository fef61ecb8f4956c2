import { describe, expect, it } from "vitest";
import { StatementNames } from "@/db/statement-names";

describe("which PostgreSQL statements run named (parsed once per connection)", () => {
  it("names a statement from its third run on, the same name for the same text", () => {
    const names = new StatementNames();
    const text = 'select "id" from "jobs" where "slug" = $1';
    expect(names.nameOf(text, 1)).toBeUndefined();
    expect(names.nameOf(text, 1)).toBeUndefined();
    const name = names.nameOf(text, 1);
    expect(name).toMatch(/^rekry_[0-9a-f]{24}$/);
    expect(names.nameOf(text, 1)).toBe(name);
    expect(names.nameOf('select "id" from "jobs" where "id" = $1', 1)).toBeUndefined();
  });

  it("never names a statement without values, with too many values or too long, nor more than its limit", () => {
    const names = new StatementNames({ max: 2, after: 1, maxParams: 3, maxLength: 100, maxCounted: 10 });
    expect(names.nameOf("begin isolation level serializable", 0)).toBeUndefined();
    expect(names.nameOf("select $1, $2, $3, $4", 4)).toBeUndefined();
    expect(names.nameOf(`select $1 -- ${"x".repeat(100)}`, 1)).toBeUndefined();
    expect(names.nameOf("select $1", 1)).toBeDefined();
    expect(names.nameOf("select $1, $2", 2)).toBeDefined();
    expect(names.nameOf("select $1, $2, $3", 3)).toBeUndefined();
    expect(names.size).toBe(2);
  });

  it("forgets the counts of statements not yet named once it has counted too many", () => {
    const names = new StatementNames({ max: 10, after: 2, maxParams: 5, maxLength: 100, maxCounted: 2 });
    names.nameOf("select $1 as a", 1);
    names.nameOf("select $1 as b", 1);
    names.nameOf("select $1 as c", 1); // the counts are cleared before this one is counted
    expect(names.nameOf("select $1 as a", 1)).toBeUndefined();
    expect(names.nameOf("select $1 as c", 1)).toBeDefined();
  });
});
