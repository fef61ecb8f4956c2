import { describe, expect, it } from "vitest";
import { toPostgres } from "@/db/postgres-sql";

describe("SQLite placeholders as PostgreSQL's", () => {
  it("numbers each ? in order", () => {
    expect(toPostgres('select "id" from "jobs" where "slug" = ? and "status" in (?, ?)')).toBe(
      'select "id" from "jobs" where "slug" = $1 and "status" in ($2, $3)',
    );
  });

  it("leaves a ? inside a string or a quoted name alone, quotes escaped by doubling included", () => {
    expect(
      toPostgres(`select 'why?', 'it''s ?', "odd?name" from t where a = ? and b like '%?%' escape '\\' and c = ?`),
    ).toBe(`select 'why?', 'it''s ?', "odd?name" from t where a = $1 and b like '%?%' escape '\\' and c = $2`);
  });

  it("names an upsert's conflict columns without their table, which PostgreSQL refuses", () => {
    expect(
      toPostgres(
        'insert into "r" ("a", "b") values (?, ?) on conflict ("r"."a", "r"."b") do update set "b" = "r"."b" + 1',
      ),
    ).toBe('insert into "r" ("a", "b") values ($1, $2) on conflict ("a", "b") do update set "b" = "r"."b" + 1');
  });
});
