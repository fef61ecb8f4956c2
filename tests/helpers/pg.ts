import { describe, it } from "vitest";
import { pgTestUrl } from "./pg-server";

export * from "./pg-server";

/**
 * describe() for tests that need PostgreSQL. Without REKRY_TEST_PG_URL they are skipped, and say
 * why, unless REKRY_REQUIRE_PG=1 (as .ci/run sets): then a missing server fails instead.
 */
export function describePg(name: string, body: () => void): void {
  if (pgTestUrl) {
    describe(name, body);
  } else if (process.env.REKRY_REQUIRE_PG === "1") {
    describe(name, () => {
      it("has the PostgreSQL test server that REKRY_REQUIRE_PG=1 asks for", () => {
        throw new Error("REKRY_REQUIRE_PG=1, but REKRY_TEST_PG_URL is not set (scripts/pg-cluster.sh start prints it)");
      });
    });
  } else {
    describe.skip(`${name} (skipped: REKRY_TEST_PG_URL is not set; scripts/pg-cluster.sh start prints one)`, body);
  }
}
